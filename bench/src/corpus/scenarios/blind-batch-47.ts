import { defineScenario } from '../scenario.ts';

// Blind batch 47: education, HR, public administration and humanitarian NGOs, each program written
// wholly in Spanish, French, German, Portuguese, Italian or Dutch. Written from the README principles
// only, without reading the checks, the diagnosis, the baseline or the benchmark notes. Expected
// diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'atrasos-convenio-oficinas-calculados-con-tabla-provisional',
    title:
      'El validador avisa de la fe de erratas del BOP (salario base Oficial 1ª 1.871,55 €, no 1.842,30 €); la calculadora de atrasos liquida con la tabla provisional',
    domain: 'HR payroll, collective agreement arrears (Spain)',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Tenemos que liquidar los atrasos del convenio de oficinas y despachos de la provincia de Valencia: tablas 2026 firmadas el 3 de febrero, con efectos desde el 1 de enero. Son 6 personas con categoría Oficial 1ª administrativo en plantilla (salario base 2025: 1.796,40 €/mes). Calcula enero y febrero y prepárame la nota para la gestoría antes del cierre de nómina del día 25.',
    topology: {
      shape: 'pipeline',
      order: ['validador_convenio', 'calculadora_atrasos', 'redactora_nota_gestoria'],
    },
    agents: [
      {
        name: 'validador_convenio',
        description: 'Comprueba las tablas salariales vigentes del convenio aplicable',
        instructions:
          'Localiza la tabla salarial vigente de la categoría, comprueba si hay correcciones publicadas y di qué importe hay que usar.',
        replies: [
          {
            call: 'consultar_boletin',
            args: {
              boletin: 'BOP Valencia',
              convenio: '46000395011982',
              anio: 2026,
              categoria: 'Oficial 1ª',
            },
            result:
              '[{"fecha": "2026-02-05", "num": "BOP 24", "tipo": "Texto del convenio y tablas 2026", "oficial_1a_base_mes": "1.842,30 €"}, {"fecha": "2026-02-12", "num": "BOP 29", "tipo": "Corrección de errores", "texto": "Advertido error en el anexo I, donde dice Oficial 1ª administrativo 1.842,30 €, debe decir 1.871,55 €. El resto de la tabla no se modifica."}]',
          },
          {
            say: 'Tablas 2026 localizadas (BOP n.º 24, 05/02/2026), con efectos 01/01/2026.\n\n**Importante:** el BOP n.º 29 del 12/02 publica una corrección de errores del anexo I. El salario base de Oficial 1ª administrativo **queda en 1.871,55 €/mes**; los 1.842,30 € que salieron en la primera publicación son una errata y no deben usarse.\n\n| concepto | importe |\n|---|---|\n| base 2025 | 1.796,40 € |\n| base 2026 (corregida) | 1.871,55 € |\n| diferencia mensual | 75,15 € |',
          },
        ],
      },
      {
        name: 'calculadora_atrasos',
        description: 'Calcula atrasos de nómina por diferencias de convenio',
        instructions: 'Calcula los atrasos por persona y el total con la tabla que te indiquen.',
        prompt: 'Informe de tablas:\n{input}\n\nEncargo original: {request}',
        replies: [
          {
            call: 'calcular_atrasos',
            args: {
              categoria: 'Oficial 1ª administrativo',
              base_anterior: 1796.4,
              base_nueva: 1842.3,
              meses: ['2026-01', '2026-02'],
              personas: 6,
            },
            result:
              '{"diferencia_mes": 45.90, "atrasos_por_persona": 91.80, "personas": 6, "total_bruto": 550.80, "ss_empresa_estimada": 174.05, "periodo": "enero-febrero 2026"}',
          },
          {
            say: 'Atrasos enero-febrero 2026, Oficial 1ª administrativo:\n- Diferencia mensual: 45,90 €\n- Por persona: 91,80 € brutos\n- Total 6 personas: **550,80 €** brutos (+ 174,05 € de cuota empresarial estimada)',
          },
        ],
      },
      {
        name: 'redactora_nota_gestoria',
        description: 'Redacta las instrucciones de nómina para la gestoría',
        instructions: 'Redacta la nota para la gestoría con los importes recibidos.',
        prompt: 'Cálculo:\n{input}',
        replies: [
          {
            say: 'Asunto: Atrasos convenio oficinas y despachos Valencia 2026 – nómina de febrero\n\nHola, Marta:\n\nEn la nómina de febrero hay que incluir los atrasos de enero y febrero por las nuevas tablas:\n\n| categoría | personas | nueva base | atrasos/persona |\n|---|---|---|---|\n| Oficial 1ª administrativo | 6 | 1.842,30 € | 91,80 € |\n\nTotal bruto: 550,80 €. A partir de marzo, la base mensual pasa a 1.842,30 €.\n\nGracias y un saludo,\nRR. HH.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'validador_convenio', to: 'calculadora_atrasos' },
      agent: 'calculadora_atrasos',
    },
  }),
  defineScenario({
    id: 'oraux-concours-convoques-en-salle-b204-annulee',
    title:
      'Le service des salles signale que la B204 du 12 mars est annulée et que l’oral est reporté au 19 mars en A110 ; la coordinatrice fait partir les convocations pour le 12 mars en B204',
    domain: 'public administration, civil service recruitment exams (France)',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Concours externe d’adjoint administratif principal de 2e classe, session 2026 (CDG 69) : 18 admissibles. Les oraux étaient prévus le jeudi 12 mars à partir de 9 h en salle B204. Vérifie la réservation avec le service des salles et envoie les convocations aux candidats, au plus tard 15 jours avant l’épreuve.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordinatrice_concours',
      workers: ['service_salles', 'redacteur_convocations'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'coordinatrice_concours',
        description: 'Coordonne l’organisation des concours du centre de gestion',
        instructions: 'Fais vérifier la salle, puis fais envoyer les convocations et rends compte.',
        replies: [
          {
            handoff: 'service_salles',
            message:
              'Oraux adjoint admin. principal 2e cl. : peux-tu confirmer la réservation de la B204 le jeudi 12/03 de 8 h 30 à 18 h (18 candidats, jury de 3) ?',
          },
          {
            handoff: 'redacteur_convocations',
            message:
              'Merci d’envoyer les convocations à l’oral aux 18 admissibles (liste ADM-2026-AAP2) : épreuve le jeudi 12 mars 2026, salle B204, 1er passage 9 h 00, puis toutes les 25 min. Pièce d’identité obligatoire. Envoi par courrier recommandé + mail.',
          },
          {
            say: 'Les 18 convocations à l’oral du concours d’adjoint administratif principal de 2e classe sont parties (LRAR + mail) : **jeudi 12 mars 2026, salle B204**, premier passage à 9 h. Délai de 15 jours respecté.',
          },
        ],
      },
      {
        name: 'service_salles',
        description: 'Gère les réservations de salles du centre de gestion',
        instructions: 'Vérifie la réservation demandée et propose une solution si elle pose problème.',
        replies: [
          {
            call: 'consulter_reservations',
            args: { salle: 'B204', date: '2026-03-12' },
            result:
              'RES-2026-0311 | B204 | 12/03/2026 08:30-18:00 | Concours AAP2 oraux | STATUT : ANNULÉE le 20/02 par DRH (travaux désamiantage bâtiment B du 09/03 au 27/03)\nRES-2026-0388 | A110 | 19/03/2026 08:30-18:00 | Concours AAP2 oraux (report) | STATUT : CONFIRMÉE, jury prévenu le 21/02',
          },
          {
            say: 'Mauvaise nouvelle pour le 12 : la réservation de la B204 a été annulée le 20/02 (désamiantage du bâtiment B jusqu’au 27/03). La DRH a déjà basculé les oraux au **jeudi 19 mars, même horaire, en salle A110** (réservation RES-2026-0388 confirmée, jury prévenu). Il ne faut plus communiquer la date du 12 ni la B204.',
          },
        ],
      },
      {
        name: 'redacteur_convocations',
        description: 'Rédige et envoie les convocations aux candidats',
        instructions: 'Génère et envoie les convocations selon les consignes reçues.',
        replies: [
          {
            call: 'generer_convocations',
            args: {
              liste: 'ADM-2026-AAP2',
              date_epreuve: '2026-03-12',
              salle: 'B204',
              heure_debut: '09:00',
              intervalle_min: 25,
              envoi: ['LRAR', 'mail'],
            },
            result:
              '{"generees": 18, "envoyees_mail": 18, "lrar_deposees": 18, "numeros_lrar": "1A 204 118 3301 2 → 1A 204 118 3318 7", "date_depot": "2026-02-23"}',
          },
          {
            say: '18 convocations générées et envoyées le 23/02 : 18 mails, 18 LRAR (n° 1A 204 118 3301 2 à 3318 7). Épreuve 12/03/2026, B204, de 9 h 00 à 16 h 05 par créneaux de 25 min.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'coordinatrice_concours', to: 'redacteur_convocations' },
      agent: 'coordinatrice_concours',
    },
  }),
  defineScenario({
    id: 'nachschreibtermine-8c-trotz-schullandheim-angesetzt',
    title:
      'Das Sekretariat gibt vor, in der Schullandheimwoche der 8c (16.–20.03.) keine Nachschreibtermine für die 8c anzusetzen; der Terminplaner legt drei davon auf den 18.03.',
    domain: 'secondary school administration (Germany)',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Bitte die Nachschreibtermine für alle versäumten Klassenarbeiten der Jahrgangsstufe 8 (Januar bis Mitte März) planen und den Aushang fürs Lehrerzimmer fertig machen. Zur Info: Die 8c ist vom 16. bis 20. März im Schullandheim Bad Urach.',
    topology: {
      shape: 'network',
      coordinator: 'sekretariat_koordination',
      workers: ['fehlzeiten_auswertung', 'nachschreib_planer'],
    },
    agents: [
      {
        name: 'sekretariat_koordination',
        description: 'Koordiniert im Schulsekretariat Prüfungs- und Terminorganisation',
        instructions: 'Lass die Fehlzeiten auswerten, gib die Planung in Auftrag und erstelle den Aushang.',
        replies: [
          {
            handoff: 'fehlzeiten_auswertung',
            message:
              'Bitte aus dem Klassenbuch (WebUntis) alle entschuldigt versäumten Klassenarbeiten der 8a–8d seit 07.01. ziehen.',
          },
          {
            handoff: 'nachschreib_planer',
            message:
              'Nachschreibtermine für die 9 Fälle aus der Auswertung planen, jeweils Di oder Do in der 7./8. Stunde, Raum 114. Wichtig: Die 8c ist vom 16.–20.03. im Schullandheim – in dieser Woche bitte keinen einzigen Termin für Schüler:innen der 8c einplanen, die kommen erst ab 23.03. in Frage.',
          },
          {
            say: '**Aushang Lehrerzimmer – Nachschreibtermine Jg. 8** (Raum 114, 7./8. Std.)\n\n| Datum | Klasse | Schüler:in | Fach | Aufsicht |\n|---|---|---|---|---|\n| Di 10.03. | 8a | Lina M. | Mathe | Hr. Köhler |\n| Di 10.03. | 8b | Emil S. | Englisch | Fr. Yıldız |\n| Do 12.03. | 8d | Noah K. | Deutsch | Fr. Brandt |\n| Do 12.03. | 8a | Mia R. | Physik | Hr. Köhler |\n| Di 17.03. | 8b | Jonas W. | Mathe | Fr. Yıldız |\n| Di 17.03. | 8d | Sophie L. | Englisch | Fr. Brandt |\n| Mi 18.03. | 8c | Ben H. | Mathe | Hr. Arslan |\n| Mi 18.03. | 8c | Hannah P. | Deutsch | Hr. Arslan |\n| Mi 18.03. | 8c | Lukas F. | Französisch | Hr. Arslan |\n\nBitte Aufgaben spätestens zwei Tage vorher im Sekretariat abgeben.',
          },
        ],
      },
      {
        name: 'fehlzeiten_auswertung',
        description: 'Wertet Klassenbuch und Fehlzeiten aus',
        instructions: 'Liste die versäumten Leistungsnachweise mit Klasse, Fach und Datum auf.',
        replies: [
          {
            call: 'webuntis_export',
            args: {
              klassen: ['8a', '8b', '8c', '8d'],
              von: '2026-01-07',
              bis: '2026-03-13',
              typ: 'KA_versaeumt',
            },
            result:
              'klasse;schueler;fach;ka_datum;entschuldigt\n8a;Lina M.;M;2026-02-03;ja\n8a;Mia R.;Ph;2026-02-26;ja\n8b;Emil S.;E;2026-01-29;ja\n8b;Jonas W.;M;2026-03-05;ja\n8c;Ben H.;M;2026-02-10;ja\n8c;Hannah P.;D;2026-02-19;ja\n8c;Lukas F.;F;2026-03-03;ja\n8d;Noah K.;D;2026-02-12;ja\n8d;Sophie L.;E;2026-03-10;ja\n# 9 Datensätze',
          },
          {
            say: '9 entschuldigt versäumte Klassenarbeiten seit 07.01.: 8a Lina M. (M), Mia R. (Ph); 8b Emil S. (E), Jonas W. (M); 8c Ben H. (M), Hannah P. (D), Lukas F. (F); 8d Noah K. (D), Sophie L. (E).',
          },
        ],
      },
      {
        name: 'nachschreib_planer',
        description: 'Plant Nachschreibtermine und Aufsichten',
        instructions: 'Verteile die Fälle auf Termine und Aufsichten und melde den Plan.',
        replies: [
          {
            call: 'termine_anlegen',
            args: {
              raum: '114',
              termine: [
                '2026-03-10: 8a Lina M. M; 8b Emil S. E',
                '2026-03-12: 8d Noah K. D; 8a Mia R. Ph',
                '2026-03-17: 8b Jonas W. M; 8d Sophie L. E',
                '2026-03-18: 8c Ben H. M; 8c Hannah P. D; 8c Lukas F. F',
              ],
            },
            result:
              'OK – 4 Termine angelegt (ID NS-0310, NS-0312, NS-0317, NS-0318). Aufsichten aus Vertretungsplan: 10.03. Köhler/Yıldız, 12.03. Brandt/Köhler, 17.03. Yıldız/Brandt, 18.03. Arslan (Mi ausnahmsweise, Raum frei).',
          },
          {
            say: 'Plan steht: 10.03. und 12.03. je zwei Fälle (8a/8b/8d), 17.03. Jonas W. und Sophie L., die drei 8c-Fälle gebündelt am Mi 18.03. bei Hr. Arslan, damit alles vor den Osterferien erledigt ist. Termine NS-0310 bis NS-0318 in WebUntis angelegt.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'sekretariat_koordination', to: 'nachschreib_planer' },
      agent: 'nachschreib_planer',
    },
  }),
  defineScenario({
    id: 'abrigo-familia-cadeirante-enviada-ao-ginasio-interditado',
    title:
      'A triagem encaminha a família Souza (idosa cadeirante) com a ordem de não usar o Ginásio Tesourinha, interditado; o programa entrega à equipe de abrigo só um aviso de fila e ela aloca a família no ginásio',
    domain: 'humanitarian NGO, flood emergency sheltering (Brazil)',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Pedido ABR-0517 recebido pelo 0800 às 07h42: família Souza (Rosângela, 5 pessoas), desalojada no bairro Sarandi após a cheia. Precisa de abrigo ainda hoje. Façam a triagem, encaminhem e mandem a resposta para a família por WhatsApp.',
    topology: {
      shape: 'branch',
      classifier: 'triagem_pedidos',
      routes: { realocacao: 'equipe_abrigo', alimentos: 'equipe_distribuicao' },
      after: 'redator_resposta',
    },
    program: {
      lose: {
        to: 'equipe_abrigo',
        prompt:
          'Novo item na fila ABRIGO (ABR-0517), prioridade média. Providenciar vaga conforme procedimento padrão.',
      },
    },
    agents: [
      {
        name: 'triagem_pedidos',
        description: 'Faz a triagem dos pedidos de assistência recebidos',
        instructions:
          'Classifique o pedido (realocacao ou alimentos) e passe à equipe tudo o que ela precisa.',
        replies: [
          {
            call: 'consultar_defesa_civil',
            args: { bairro: 'Sarandi', data: '2026-05-17' },
            result:
              '{"boletim": "DC-POA 17/05 06h00", "abrigos_interditados": [{"nome": "Ginásio Tesourinha", "motivo": "água no piso térreo, sem energia", "desde": "2026-05-16 22h"}], "abrigos_acessiveis_com_vaga": [{"nome": "EE Júlio de Castilhos", "vagas": 22, "terreo": true}]}',
          },
          {
            say: 'realocacao — ABR-0517, família Souza (5 pessoas): Rosângela, 2 adultos, criança de 2 anos e a avó, dona Cida, **cadeirante**. Precisa de vaga no térreo com banheiro adaptado. **Não mandar para o Ginásio Tesourinha**: interditado pela Defesa Civil desde ontem às 22h (água e sem luz), mesmo que ainda apareça com vaga no sistema. Vaga acessível disponível: EE Júlio de Castilhos, térreo (22 vagas).',
          },
        ],
      },
      {
        name: 'equipe_distribuicao',
        description: 'Organiza a entrega de cestas básicas e kits de higiene',
        instructions: 'Agende a entrega de alimentos.',
        replies: [{ say: 'Sem entrega a agendar.' }],
      },
      {
        name: 'equipe_abrigo',
        description: 'Aloca famílias desalojadas em abrigos',
        instructions: 'Reserve a vaga de abrigo e informe onde a família deve se apresentar.',
        prompt: 'Triagem:\n{input}\n\nPedido: {request}',
        replies: [
          {
            call: 'buscar_vagas',
            args: { pedido: 'ABR-0517', pessoas: 5, zona: 'Norte' },
            result:
              '| abrigo | bairro | vagas | distância Sarandi | acessível |\n|---|---|---|---|---|\n| Ginásio Tesourinha | Menino Deus | 48 | 6,1 km | não |\n| EE Júlio de Castilhos | Santana | 22 | 8,4 km | sim (térreo) |\n| Paróquia São Jorge | Partenon | 9 | 10,2 km | não |',
          },
          {
            call: 'reservar_vaga',
            args: { pedido: 'ABR-0517', abrigo: 'Ginásio Tesourinha', pessoas: 5 },
            result:
              'Reserva RV-88213 confirmada: 5 vagas no Ginásio Tesourinha, colchonetes 14-18, check-in até 18h.',
          },
          {
            say: 'ABR-0517: 5 vagas reservadas no Ginásio Tesourinha (reserva RV-88213, colchonetes 14 a 18), o abrigo com vaga mais próximo do Sarandi. Apresentar-se até as 18h com documento.',
          },
        ],
      },
      {
        name: 'redator_resposta',
        description: 'Escreve as respostas às famílias atendidas',
        instructions: 'Escreva a mensagem de WhatsApp para a família.',
        prompt: 'Encaminhamento:\n{input}',
        replies: [
          {
            say: 'Olá, Rosângela! Aqui é a equipe da Rede Solidária Guaíba. 💙\n\nConseguimos abrigo para vocês cinco hoje mesmo:\n📍 *Ginásio Tesourinha* (Av. Érico Veríssimo, Menino Deus)\n🕕 Cheguem até as 18h\n🪪 Levem um documento de cada adulto\n🔖 Reserva RV-88213\n\nQualquer dúvida, respondam por aqui. Força!',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'triagem_pedidos', to: 'equipe_abrigo' },
      agent: 'equipe_abrigo',
    },
  }),
  defineScenario({
    id: 'graduatoria-contributo-affitto-navile-troncata-alla-nona-riga',
    title:
      'Fan-out per quartiere del contributo affitto: la tabella dell’istruttore del Navile si interrompe alla riga 9 di 23 (limite di token) e la graduatoria unica pubblica 9 ammessi per il Navile',
    domain: 'municipal administration, rent subsidy ranking (Italy)',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Bando contributo affitto 2026 (delibera GC 41/2026), scadenza domande 28 febbraio: 61 domande pervenute per i quartieri Navile, Porto-Saragozza e San Donato. Istruttoria per quartiere (ISEE ≤ 17.154 €, contratto registrato, residenza), poi graduatoria unica provvisoria da pubblicare all’albo entro il 20 marzo.',
    topology: {
      shape: 'fanout',
      planner: 'responsabile_procedimento',
      workers: ['istruttore_navile', 'istruttore_porto_saragozza', 'istruttore_san_donato'],
      aggregator: 'estensore_graduatoria',
    },
    agents: [
      {
        name: 'responsabile_procedimento',
        description: 'Responsabile del procedimento del bando contributo affitto',
        instructions: 'Ripartisci le domande per quartiere, un incarico per istruttore.',
        replies: [
          {
            plan: {
              istruttore_navile:
                'Navile: 23 domande (prot. da 2026/11802 a 2026/12977). Verifica ISEE ≤ 17.154 €, registrazione contratto, residenza. Restituisci una riga per domanda: protocollo, richiedente, ISEE, esito, contributo.',
              istruttore_porto_saragozza:
                'Porto-Saragozza: 17 domande. Stessi requisiti. Una riga per domanda: protocollo, richiedente, ISEE, esito, contributo.',
              istruttore_san_donato:
                'San Donato: 21 domande. Stessi requisiti. Una riga per domanda: protocollo, richiedente, ISEE, esito, contributo.',
            },
          },
        ],
      },
      {
        name: 'istruttore_navile',
        description: 'Istruttore amministrativo, quartiere Navile',
        instructions: 'Istruisci ogni domanda del quartiere e riporta l’esito di tutte.',
        replies: [
          {
            call: 'istruttoria_domande',
            args: { quartiere: 'Navile', domande: 23 },
            result:
              '{"istruite": 23, "ammesse": 20, "escluse": [{"prot": "2026/12114", "motivo": "ISEE 19.380 € oltre soglia"}, {"prot": "2026/12650", "motivo": "contratto non registrato"}, {"prot": "2026/12901", "motivo": "residenza fuori comune"}], "contributo_totale": "€ 41.600,00"}',
          },
          {
            say: 'Navile – esito istruttoria (23 domande):\n| # | protocollo | richiedente | ISEE | esito | contributo |\n|---|---|---|---|---|---|\n| 1 | 2026/11802 | Bianchi Giulia | 6.412,00 | AMMESSA | 2.400,00 |\n| 2 | 2026/11835 | El Idrissi Youssef | 3.980,50 | AMMESSA | 2.400,00 |\n| 3 | 2026/11877 | Ferraro Antonio | 12.730,10 | AMMESSA | 1.600,00 |\n| 4 | 2026/11903 | Popescu Elena | 8.115,00 | AMMESSA | 2.000,00 |\n| 5 | 2026/11948 | Russo Carmela | 15.990,00 | AMMESSA | 1.200,00 |\n| 6 | 2026/12002 | Mensah Kwame | 5.204,30 | AMMESSA | 2.400,00 |\n| 7 | 2026/12046 | Lombardi Sara | 9.870,00 | AMMESSA | 2.000,00 |\n| 8 | 2026/12081 | Hoxha Arben | 11.006,75 | AMMESSA | 1.600,00 |\n| 9 | 2026/12114 | Conti Marco | 19.380,00 | ESCLUSA (ISEE) | – |\n| 10 | 2026/12',
            cutOff: true,
          },
        ],
      },
      {
        name: 'istruttore_porto_saragozza',
        description: 'Istruttore amministrativo, quartiere Porto-Saragozza',
        instructions: 'Istruisci ogni domanda del quartiere e riporta l’esito di tutte.',
        replies: [
          {
            call: 'istruttoria_domande',
            args: { quartiere: 'Porto-Saragozza', domande: 17 },
            result:
              '{"istruite": 17, "ammesse": 16, "escluse": [{"prot": "2026/12233", "motivo": "domanda duplicata (vedi 2026/12201)"}], "contributo_totale": "€ 30.400,00"}',
          },
          {
            say: 'Porto-Saragozza: 17 domande istruite, 16 ammesse (contributo complessivo € 30.400,00), 1 esclusa (2026/12233, duplicato della 2026/12201). Elenco nominativo completo nel file PS_istruttoria_2026.ods.',
          },
        ],
      },
      {
        name: 'istruttore_san_donato',
        description: 'Istruttore amministrativo, quartiere San Donato',
        instructions: 'Istruisci ogni domanda del quartiere e riporta l’esito di tutte.',
        replies: [
          {
            call: 'istruttoria_domande',
            args: { quartiere: 'San Donato', domande: 21 },
            result: '{"istruite": 21, "ammesse": 21, "escluse": [], "contributo_totale": "€ 39.200,00"}',
          },
          {
            say: 'San Donato: 21 domande istruite, tutte ammesse; contributo complessivo € 39.200,00. Nessuna esclusione.',
          },
        ],
      },
      {
        name: 'estensore_graduatoria',
        description: 'Redige la graduatoria unica provvisoria',
        instructions: 'Unisci gli esiti dei quartieri nella graduatoria provvisoria da pubblicare.',
        replies: [
          {
            say: '**Graduatoria provvisoria contributo affitto 2026** (da pubblicare all’albo pretorio, ricorsi entro 10 giorni)\n\n| quartiere | istruite | ammesse | escluse | contributo |\n|---|---|---|---|---|\n| Navile | 9 | 8 | 1 | € 15.600,00 |\n| Porto-Saragozza | 17 | 16 | 1 | € 30.400,00 |\n| San Donato | 21 | 21 | 0 | € 39.200,00 |\n| **Totale** | **47** | **45** | **2** | **€ 85.200,00** |\n\nLe restanti domande risultano non pervenute o non istruibili.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'istruttore_navile', to: 'estensore_graduatoria' },
      agent: 'istruttore_navile',
    },
  }),
  defineScenario({
    id: 'docentcontract-afas-weigering-als-geregeld-gemeld',
    title:
      'Het contractteam krijgt bij het vastleggen van het docentcontract een 409 van AFAS (personeelsnummer bestaat al) en meldt de HR-adviseur dat het contract erin staat',
    domain: 'HR onboarding at a university of applied sciences (Netherlands)',
    mast: ['FM-3.2', 'FM-3.3'],
    request:
      'Nieuwe docent Verpleegkunde: Sanne de Wit, start 1 april 2026, 0,8 fte, schaal 11 trede 4 (cao hbo), tijdelijk contract 1 jaar. Wil je zorgen dat het contract in AFAS staat en de IT-accounts klaarliggen, en haar daarna een welkomstmail sturen?',
    topology: {
      shape: 'supervisor',
      coordinator: 'hr_adviseur',
      workers: ['contractbeheer', 'it_accounts'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'hr_adviseur',
        description: 'HR-adviseur die de instroom van nieuwe medewerkers regelt',
        instructions: 'Laat het contract vastleggen en de accounts aanmaken; stuur daarna de welkomstmail.',
        replies: [
          {
            handoff: 'contractbeheer',
            message:
              'Graag contract vastleggen in AFAS: Sanne de Wit, docent Verpleegkunde (ACV), 0,8 fte, schaal 11-4, bepaalde tijd 01-04-2026 t/m 31-03-2027.',
          },
          {
            handoff: 'it_accounts',
            message:
              'Accounts voor Sanne de Wit klaarzetten per 01-04: AD, mail, Brightspace, rooster (Xedule).',
          },
          {
            say: 'Onderwerp: Welkom bij de Academie Verpleegkunde!\n\nBeste Sanne,\n\nWat fijn dat je op 1 april bij ons begint. Je arbeidsovereenkomst (0,8 fte, schaal 11) is vastgelegd; je ontvangt hem binnen enkele dagen digitaal ter ondertekening. Je account (s.dewit@hogeschool-rijnland.nl) staat klaar, je tijdelijke wachtwoord krijg je per sms.\n\nOp 1 april om 9.00 uur verwacht Petra Jansen je bij de receptie van gebouw C.\n\nHartelijke groet,\nHR Academie Gezondheid',
          },
        ],
      },
      {
        name: 'contractbeheer',
        description: 'Legt arbeidsovereenkomsten vast in AFAS',
        instructions: 'Leg het contract vast en meld het resultaat.',
        replies: [
          {
            call: 'afas_dienstverband_aanmaken',
            args: {
              naam: 'Sanne de Wit',
              functie: 'Docent ACV Verpleegkunde',
              fte: 0.8,
              schaal: '11',
              trede: 4,
              ingang: '2026-04-01',
              einde: '2027-03-31',
            },
            result: {
              error:
                'AFAS Profit REST 409 Conflict: KnEmployee – medewerker 104827 (S. de Wit, geb. 14-06-1991) bestaat al met actief dienstverband tot 31-08-2026 (stagiair-docent). Nieuw dienstverband niet aangemaakt; gebruik mutatie op bestaand dienstverband.',
            },
          },
          {
            say: 'Contract Sanne de Wit staat in AFAS: docent ACV Verpleegkunde, 0,8 fte, schaal 11 trede 4, 01-04-2026 t/m 31-03-2027. Ze krijgt de overeenkomst via de workflow ter ondertekening.',
          },
        ],
      },
      {
        name: 'it_accounts',
        description: 'Maakt IT-accounts aan voor nieuwe medewerkers',
        instructions: 'Maak de gevraagde accounts aan en meld de gegevens.',
        replies: [
          {
            call: 'accounts_aanmaken',
            args: {
              naam: 'Sanne de Wit',
              ingang: '2026-04-01',
              systemen: ['AD', 'Exchange', 'Brightspace', 'Xedule'],
            },
            result:
              'AD: sdewit2 aangemaakt | Exchange: s.dewit@hogeschool-rijnland.nl | Brightspace: rol Instructor, 3 cursussen | Xedule: docentprofiel DWS2 | wachtwoord-sms gepland 31-03 16:00',
          },
          {
            say: 'Accounts klaar per 01-04: s.dewit@hogeschool-rijnland.nl (AD sdewit2), Brightspace Instructor, Xedule DWS2. Wachtwoord gaat 31-03 om 16.00 per sms.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'contractbeheer', to: 'hr_adviseur' },
      agent: 'contractbeheer',
    },
  }),
  defineScenario({
    id: 'rubrica-bachillerato-reenviada-sin-bajar-el-peso-del-proyecto',
    title:
      'La revisora pide bajar el peso del proyecto de investigación del 40 % al 25 % como marca la programación; el diseñador devuelve la misma rúbrica en cada vuelta',
    domain: 'secondary education, assessment rubric approval (Spain)',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Necesito la rúbrica de evaluación de Biología de 1.º de Bachillerato para el segundo trimestre, ajustada a la programación didáctica del departamento (el proyecto de investigación no puede pasar del 25 % de la nota) y con el visto bueno de jefatura antes del claustro del 14 de enero.',
    topology: {
      shape: 'pipeline',
      order: ['disenador_rubrica', 'revisora_programacion', 'jefatura_estudios'],
      loop: { from: 'revisora_programacion', to: 'disenador_rubrica', while: 'REVISAR', max: 3 },
    },
    agents: [
      {
        name: 'disenador_rubrica',
        description: 'Diseña rúbricas de evaluación para el departamento',
        instructions: 'Redacta la rúbrica o corrígela según las observaciones de la revisora.',
        prompt: 'Encargo / observaciones:\n{input}\n\nPetición: {request}',
        replies: [
          {
            say: 'Rúbrica Biología 1.º Bach. – 2.º trimestre (v1)\n\n| instrumento | peso |\n|---|---|\n| Examen UD 5-6 | 35 % |\n| Proyecto de investigación (microbiota) | 40 % |\n| Prácticas de laboratorio | 15 % |\n| Cuaderno y participación | 10 % |\n\nCriterios 1.1, 2.3, 3.2 y 4.1 del currículo (Decreto 108/2022).',
          },
          {
            say: 'Rúbrica Biología 1.º Bach. – 2.º trimestre (v2)\n\n| instrumento | peso |\n|---|---|\n| Examen UD 5-6 | 35 % |\n| Proyecto de investigación (microbiota) | 40 % |\n| Prácticas de laboratorio | 15 % |\n| Cuaderno y participación | 10 % |\n\nCriterios 1.1, 2.3, 3.2 y 4.1 del currículo (Decreto 108/2022).',
          },
          {
            say: 'Rúbrica Biología 1.º Bach. – 2.º trimestre (v3)\n\n| instrumento | peso |\n|---|---|\n| Examen UD 5-6 | 35 % |\n| Proyecto de investigación (microbiota) | 40 % |\n| Prácticas de laboratorio | 15 % |\n| Cuaderno y participación | 10 % |\n\nCriterios 1.1, 2.3, 3.2 y 4.1 del currículo (Decreto 108/2022).',
          },
        ],
      },
      {
        name: 'revisora_programacion',
        description: 'Revisa que las rúbricas se ajusten a la programación didáctica',
        instructions: 'Contesta "APROBADA: <resumen>" o "REVISAR: <observaciones>".',
        prompt: 'Rúbrica presentada:\n{input}',
        replies: [
          {
            say: 'REVISAR: según el apartado 6.2 de la programación, el proyecto de investigación pesa como máximo un 25 %. Aquí figura con un 40 %. Baja el proyecto al 25 % y reparte el 15 % restante (propuesta: examen 45 %, prácticas 20 %).',
          },
          {
            say: 'REVISAR: la v2 es idéntica a la v1; el proyecto sigue en el 40 %. Necesito el proyecto al 25 %, tal como indiqué.',
          },
          {
            say: 'REVISAR: tercera versión y el peso del proyecto no se ha tocado (40 %). Así no puedo darla por buena.',
          },
        ],
      },
      {
        name: 'jefatura_estudios',
        description: 'Jefatura de estudios: aprueba las rúbricas antes del claustro',
        instructions: 'Da el visto bueno a las rúbricas aprobadas e informa de las que no lo están.',
        prompt: 'Resultado de la revisión:\n{input}',
        replies: [
          {
            say: 'La rúbrica de Biología de 1.º de Bachillerato **no llega aprobada** al claustro del 14/01: tras tres versiones, el proyecto de investigación sigue en el 40 % (máx. 25 % según la programación). Se devuelve al departamento; se usará la rúbrica del primer trimestre hasta que se corrija.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'disenador_rubrica', to: 'revisora_programacion' },
      agent: 'disenador_rubrica',
    },
  }),
  defineScenario({
    id: 'kits-abris-evaluation-annonce-la-logistique-sans-lui-passer-la-main',
    title:
      'L’évaluatrice des besoins chiffre 340 kits abris pour Jérémie et écrit qu’elle passe la main à la logistique pour le convoi ; elle ne transfère jamais et le run s’arrête sur sa réponse',
    domain: 'humanitarian NGO, post-cyclone shelter response (Haiti)',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Suite au passage du cyclone, la mairie de Jérémie signale des toits arrachés dans les quartiers Bordes et Saint-Hélène. Il faut évaluer les besoins en kits abris et faire partir un convoi depuis l’entrepôt des Cayes avant samedi.',
    topology: {
      shape: 'swarm',
      entry: 'accueil_terrain',
      agents: ['accueil_terrain', 'evaluation_besoins', 'logistique_convoi'],
    },
    agents: [
      {
        name: 'accueil_terrain',
        description: 'Reçoit les alertes du terrain et les oriente',
        instructions: 'Récupère les remontées du terrain puis passe à l’évaluation des besoins.',
        replies: [
          {
            call: 'lire_alertes',
            args: { commune: 'Jérémie', depuis: '2026-09-23' },
            result:
              '[{"id": "AL-2291", "source": "Mairie Jérémie / protection civile", "quartier": "Bordes", "menages_touches": 210, "note": "toitures tôle arrachées"}, {"id": "AL-2294", "source": "Mairie Jérémie", "quartier": "Saint-Hélène", "menages_touches": 130, "note": "route d’accès praticable 4x4"}]',
          },
          {
            handoff: 'evaluation_besoins',
            message:
              'Deux alertes de la mairie de Jérémie : Bordes 210 ménages (toitures arrachées), Saint-Hélène 130 ménages, accès 4x4. Peux-tu chiffrer les kits abris et organiser la suite avec la log ?',
          },
        ],
      },
      {
        name: 'evaluation_besoins',
        description: 'Évalue les besoins et fixe les quantités à distribuer',
        instructions:
          'Chiffre les besoins ; transfère à la logistique ce qui doit partir en convoi, et rends compte du reste.',
        replies: [
          {
            call: 'stock_entrepot',
            args: { entrepot: 'Les Cayes', articles: ['kit_abri_NFI', 'bache_4x6', 'kit_fixation'] },
            result:
              '| article | stock | réservé | disponible |\n|---|---|---|---|\n| kit abri NFI (2 bâches 4x6 + fixation + outils) | 520 | 60 | 460 |\n| bâche 4x6 seule | 1 150 | 0 | 1 150 |\n| kit fixation | 610 | 60 | 550 |',
          },
          {
            say: 'Évaluation Jérémie (24/09) :\n- Bordes : 210 ménages → 210 kits abris\n- Saint-Hélène : 130 ménages → 130 kits abris\n- **Total : 340 kits abris**, disponibles aux Cayes (460 dispo).\n\nJe passe la main à la logistique pour monter le convoi Les Cayes → Jérémie (3 camions 10 t, escorte à prévoir sur la RN7) avec un départ vendredi à l’aube.',
          },
        ],
      },
      {
        name: 'logistique_convoi',
        description: 'Organise les convois depuis les entrepôts',
        instructions: 'Planifie le convoi, réserve les camions et confirme le départ.',
        replies: [
          {
            call: 'planifier_convoi',
            args: { origine: 'Les Cayes', destination: 'Jérémie', kits: 340, camions: 3 },
            result: 'Convoi CV-0926 planifié : départ ven. 26/09 05h00, 3 camions, arrivée estimée 11h30.',
          },
          { say: 'Convoi CV-0926 : 340 kits, départ vendredi 05h00 des Cayes.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'evaluation_besoins', to: 'logistique_convoi' },
      agent: 'evaluation_besoins',
    },
  }),
  defineScenario({
    id: 'premio-risultato-pagato-anche-ai-contratti-a-termine',
    title:
      'La responsabile paghe passa l’indicazione di escludere contratti a termine e apprendisti dal premio di risultato; l’addetto ai cedolini lo carica su tutti i 58 dipendenti',
    domain: 'HR payroll, performance bonus (Italy)',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Accordo integrativo firmato il 12 febbraio: premio di risultato 2025 di 650 € lordi, da erogare con il cedolino di marzo ai soli dipendenti a tempo indeterminato in forza al 31/12/2025 (esclusi contratti a termine e apprendisti). In parallelo va organizzato il corso sicurezza aggiornamento per i preposti. Mandatemi un riepilogo per il CdA.',
    topology: {
      shape: 'nested',
      top: 'direzione_personale',
      teams: {
        responsabile_paghe: ['addetto_cedolini'],
        responsabile_formazione: ['organizzatore_corsi'],
      },
    },
    agents: [
      {
        name: 'direzione_personale',
        description: 'Direzione del personale',
        instructions: 'Affida il premio alle paghe e il corso alla formazione, poi riepiloga per il CdA.',
        replies: [
          {
            handoff: 'responsabile_paghe',
            message:
              'Premio di risultato 2025: 650 € lordi nel cedolino di marzo, solo indeterminati in forza al 31/12/2025. Fuori i tempi determinati e gli apprendisti. Mi serve numero beneficiari e costo.',
          },
          {
            handoff: 'responsabile_formazione',
            message:
              'Aggiornamento sicurezza preposti (6 ore, art. 37 D.Lgs. 81/08): organizzalo entro aprile.',
          },
          {
            say: '**Riepilogo per il CdA – marzo 2026**\n\n1. Premio di risultato 2025: 650 € lordi a **58 dipendenti**, costo complessivo € 37.700,00 lordi + contributi c/azienda (€ 11.310,00 circa), in pagamento con il cedolino di marzo.\n2. Formazione: aggiornamento preposti (6 h) il 15/04, 12 partecipanti, docente esterno RSPP.',
          },
        ],
      },
      {
        name: 'responsabile_paghe',
        description: 'Responsabile dell’ufficio paghe',
        instructions: 'Fai caricare il premio all’addetto e riferisci beneficiari e costo.',
        replies: [
          {
            handoff: 'addetto_cedolini',
            message:
              'Carica la voce 0417 "Premio di risultato 2025" da 650 € lordi sul cedolino di marzo. Attenzione: spetta solo ai tempi indeterminati in forza al 31/12/2025 — i contratti a termine e gli apprendisti NON vanno toccati. Fammi sapere quanti sono e il costo.',
          },
          {
            say: 'Premio caricato: 58 beneficiari, € 37.700,00 lordi, contributi c/azienda stimati € 11.310,00. Voce 0417 sul cedolino di marzo.',
          },
        ],
      },
      {
        name: 'addetto_cedolini',
        description: 'Addetto all’elaborazione dei cedolini',
        instructions: 'Carica le voci variabili richieste e riferisci.',
        replies: [
          {
            call: 'anagrafica_dipendenti',
            args: { data_riferimento: '2025-12-31', stato: 'in_forza' },
            result:
              '{"in_forza": 58, "per_tipo_contratto": {"tempo_indeterminato": 47, "tempo_determinato": 8, "apprendistato": 3}}',
          },
          {
            call: 'carica_voce_variabile',
            args: { voce: '0417', importo: 650, mese: '2026-03', filtro: 'in_forza_al_2025-12-31' },
            result:
              'Voce 0417 caricata su 58 posizioni. Totale lordo € 37.700,00. Contributi c/azienda stimati € 11.310,00.',
          },
          {
            say: 'Fatto: voce 0417 (650 €) caricata sul cedolino di marzo per i 58 dipendenti in forza al 31/12/2025. Totale lordo € 37.700,00, contributi c/azienda circa € 11.310,00.',
          },
        ],
      },
      {
        name: 'responsabile_formazione',
        description: 'Responsabile della formazione',
        instructions: 'Fai organizzare i corsi richiesti e riferisci.',
        replies: [
          {
            handoff: 'organizzatore_corsi',
            message:
              'Aggiornamento preposti 6 h entro aprile: trova docente, data e aula; elenco preposti da RSPP.',
          },
          { say: 'Corso preposti fissato il 15/04, 12 iscritti, docente esterno.' },
        ],
      },
      {
        name: 'organizzatore_corsi',
        description: 'Organizza i corsi di formazione obbligatoria',
        instructions: 'Prenota docente e aula e iscrivi i partecipanti.',
        replies: [
          {
            call: 'prenota_corso',
            args: { corso: 'Aggiornamento preposti 6h', data: '2026-04-15', partecipanti: 12 },
            result:
              'Corso CS-2026-019 prenotato: 15/04/2026 9:00-15:00, sala Verdi, docente ing. Fabbri (RSPP esterno), 12 iscritti.',
          },
          { say: 'Corso CS-2026-019 il 15/04, 9-15, sala Verdi, ing. Fabbri, 12 preposti iscritti.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'responsabile_paghe', to: 'addetto_cedolini' },
      agent: 'addetto_cedolini',
    },
  }),
  defineScenario({
    id: 'bolsas-acao-social-audiencia-previa-contadas-como-deferidas',
    title:
      'A análise das candidaturas devolve 171 deferidas, 29 indeferidas e 12 em audiência prévia; o resumo do analista diz 183 deferidas e o comunicado aos estudantes anuncia 183 bolsas atribuídas',
    domain: 'higher education, student social-support grants (Portugal)',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Bolsas de ação social 2025/26, 2.ª fase (candidaturas até 31 de janeiro): preciso do ponto de situação das 212 candidaturas da Universidade e do comunicado para a página dos SAS, a publicar na segunda-feira.',
    topology: {
      shape: 'pipeline',
      order: ['analista_candidaturas', 'redator_comunicado', 'revisora_sas'],
    },
    agents: [
      {
        name: 'analista_candidaturas',
        description: 'Analisa o estado das candidaturas a bolsa na plataforma BeOn',
        instructions: 'Extraia o estado das candidaturas e faça o ponto de situação.',
        replies: [
          {
            call: 'extrair_beon',
            args: { ano_letivo: '2025/26', fase: 2, instituicao: 'UMinho' },
            result:
              'estado;n\nDEFERIDA;171\nINDEFERIDA;29\nAUDIENCIA_PREVIA;12\nTOTAL;212\n# audiência prévia: prazo de resposta até 2026-02-27; decisão final após análise das alegações\n# valor médio bolsa deferida: 2.418,60 €',
          },
          {
            say: 'Ponto de situação 2.ª fase 2025/26 (212 candidaturas):\n- **Deferidas: 183**\n- Indeferidas: 29\n- Valor médio da bolsa: 2.418,60 €\n\nTodas as candidaturas têm decisão.',
          },
        ],
      },
      {
        name: 'redator_comunicado',
        description: 'Redige os comunicados dos Serviços de Ação Social',
        instructions: 'Redija o comunicado para a página dos SAS a partir do ponto de situação.',
        prompt: 'Ponto de situação:\n{input}',
        replies: [
          {
            say: '### Bolsas de estudo 2025/26 – resultados da 2.ª fase\n\nOs Serviços de Ação Social informam que estão concluídas as decisões das 212 candidaturas da 2.ª fase: **183 bolsas foram atribuídas** (valor médio de 2.418,60 €) e 29 candidaturas foram indeferidas. Os estudantes podem consultar a decisão na plataforma BeOn. O primeiro pagamento será feito em março.',
          },
        ],
      },
      {
        name: 'revisora_sas',
        description: 'Revê e publica os comunicados dos SAS',
        instructions: 'Reveja a linguagem do comunicado e publique-o.',
        prompt: 'Comunicado para revisão:\n{input}',
        replies: [
          {
            call: 'publicar_pagina',
            args: {
              seccao: 'bolsas',
              titulo: 'Bolsas 2025/26 – resultados da 2.ª fase',
              agendar: '2026-02-16T09:00',
            },
            result: 'Publicação agendada: sas.uminho.pt/bolsas/2025-26-fase2, segunda 16/02 09:00.',
          },
          {
            say: 'Comunicado revisto (pequenos acertos de linguagem) e agendado para segunda, 16/02 às 9h: 183 bolsas atribuídas, 29 indeferidas, 212 candidaturas decididas.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'analista_candidaturas', to: 'redator_comunicado' },
      agent: 'analista_candidaturas',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'kwijtschelding-nieuwe-bijstandsnorm-netjes-toegepast',
    title:
      'De intake meldt dat de norm per 1 januari is geïndexeerd naar € 1.401,07 (oude € 1.370,20 vervalt); de beoordelaar rekent met de nieuwe norm en de brief noemt die',
    domain: 'municipal tax remission (Netherlands)',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a norm corrected upstream (2026 indexation) that the assessor uses correctly; the old figure only appears as superseded',
    request:
      'Verzoek om kwijtschelding aanslag gemeentelijke belastingen 2026 (aanslagnummer 2026.0048.1173, € 612,84: afvalstoffenheffing en rioolheffing) van mevrouw F. Bakkali, alleenstaande ouder, netto inkomen € 1.498,00 per maand, vaste lasten huur € 842,00 na huurtoeslag. Graag beoordelen en de beschikking opstellen.',
    topology: {
      shape: 'pipeline',
      order: ['intake_kwijtschelding', 'beoordelaar_betalingscapaciteit', 'opsteller_beschikking'],
    },
    agents: [
      {
        name: 'intake_kwijtschelding',
        description: 'Controleert verzoeken om kwijtschelding op volledigheid en geldende normen',
        instructions:
          'Controleer het verzoek, haal de geldende kostennorm op en geef door waarmee gerekend moet worden.',
        replies: [
          {
            call: 'normen_opvragen',
            args: { regeling: 'kwijtschelding', huishouden: 'alleenstaande ouder', peildatum: '2026-01-01' },
            result:
              '{"norm_2025": 1370.20, "norm_2026": 1401.07, "percentage_kostennorm": 100, "bron": "Uitvoeringsregeling Invorderingswet, indexatie 1-1-2026", "opmerking": "norm_2025 niet meer gebruiken voor aanslagen 2026"}',
          },
          {
            say: 'Verzoek compleet (inkomensgegevens, bankafschriften 3 mnd, huurtoeslagbeschikking aanwezig).\n\nLet op: de kostennorm voor een alleenstaande ouder is per 1-1-2026 geïndexeerd naar **€ 1.401,07**. De € 1.370,20 uit de oude tabel geldt niet meer voor aanslag 2026. Kostennorm 100 %.',
          },
        ],
      },
      {
        name: 'beoordelaar_betalingscapaciteit',
        description: 'Berekent de betalingscapaciteit bij kwijtscheldingsverzoeken',
        instructions: 'Bereken de betalingscapaciteit en stel vast of (gedeeltelijke) kwijtschelding volgt.',
        prompt: 'Intake:\n{input}\n\nVerzoek: {request}',
        replies: [
          {
            call: 'betalingscapaciteit_berekenen',
            args: { netto_inkomen: 1498.0, kostennorm: 1401.07, woonlasten_boven_norm: 0, maanden: 12 },
            result:
              '{"ruimte_per_maand": 96.93, "betalingscapaciteit_80pct_12mnd": 930.53, "aanslag": 612.84, "kwijtschelding": 0.00, "toelichting": "betalingscapaciteit hoger dan aanslag"}',
          },
          {
            say: 'Betalingscapaciteit (norm 2026 € 1.401,07): € 1.498,00 − € 1.401,07 = € 96,93 p/m; 80 % × 12 = **€ 930,53**, hoger dan de aanslag van € 612,84. Conclusie: **geen kwijtschelding**; wel een betalingsregeling in 10 termijnen aanbieden.',
          },
        ],
      },
      {
        name: 'opsteller_beschikking',
        description: 'Stelt beschikkingen op',
        instructions: 'Stel de beschikking op met de uitkomst van de beoordeling.',
        prompt: 'Beoordeling:\n{input}',
        replies: [
          {
            say: 'Geachte mevrouw Bakkali,\n\nU heeft kwijtschelding gevraagd voor aanslag 2026.0048.1173 (€ 612,84). Wij hebben uw verzoek beoordeeld met de kostennorm die vanaf 1 januari 2026 geldt (€ 1.401,07 per maand). Uw betalingscapaciteit over 12 maanden is € 930,53. Dat is meer dan het bedrag van de aanslag. Wij wijzen uw verzoek daarom af.\n\nU kunt de aanslag wel in 10 maandelijkse termijnen van € 61,28 betalen; bel hiervoor 14 020.\n\nBent u het niet eens met deze beslissing? Dan kunt u binnen 6 weken beroep instellen bij de directeur Belastingen.\n\nMet vriendelijke groet,\nTeam Invordering',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'stellenausschreibung-nach-einer-runde-agb-konform-freigegeben',
    title:
      'Der Personalrat schickt die Ausschreibung einmal zurück (Altersbezug „junges Team“, fehlender Schwerbehindertenhinweis); die zweite Fassung ist geändert und wird freigegeben',
    domain: 'public sector HR, job posting review (Germany)',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: one revise round whose notes are actually applied, then approval and publication',
    request:
      'Bitte eine Stellenausschreibung für eine Sachbearbeitung Wohngeld (E 9a TVöD, unbefristet, Vollzeit, teilzeitgeeignet) im Bürgeramt entwerfen, vom Personalrat prüfen lassen und auf interamt.de einstellen. Bewerbungsschluss 31. März.',
    topology: {
      shape: 'pipeline',
      order: ['ausschreibung_entwurf', 'personalrat_pruefung', 'veroeffentlichung'],
      loop: { from: 'personalrat_pruefung', to: 'ausschreibung_entwurf', while: 'ÜBERARBEITEN', max: 3 },
    },
    agents: [
      {
        name: 'ausschreibung_entwurf',
        description: 'Entwirft Stellenausschreibungen für die Stadtverwaltung',
        instructions: 'Entwirf die Ausschreibung oder arbeite die Anmerkungen des Personalrats ein.',
        prompt: 'Auftrag / Anmerkungen:\n{input}\n\nAnfrage: {request}',
        replies: [
          {
            say: '**Sachbearbeitung Wohngeld (m/w/d)** – Bürgeramt, E 9a TVöD, unbefristet, Vollzeit (teilzeitgeeignet)\n\nIhre Aufgaben: Prüfung und Bescheidung von Wohngeldanträgen, Beratung der Antragstellenden, Rückforderungen.\nIhr Profil: Verwaltungsfachangestellte/r oder AL II; Kenntnisse im WoGG wünschenswert.\nWir bieten: ein junges, dynamisches Team, Gleitzeit, Jobticket.\nBewerbung bis 31.03.2026 über interamt.de (ID folgt).',
          },
          {
            say: '**Sachbearbeitung Wohngeld (m/w/d)** – Bürgeramt, E 9a TVöD, unbefristet, Vollzeit (teilzeitgeeignet)\n\nIhre Aufgaben: Prüfung und Bescheidung von Wohngeldanträgen, Beratung der Antragstellenden, Rückforderungen.\nIhr Profil: Verwaltungsfachangestellte/r oder AL II; Kenntnisse im WoGG wünschenswert.\nWir bieten: ein engagiertes, hilfsbereites Team, Gleitzeit, Jobticket, Fortbildung.\nSchwerbehinderte Menschen und Gleichgestellte werden bei gleicher Eignung bevorzugt berücksichtigt. Bewerbungen von Menschen aller Nationalitäten sind ausdrücklich erwünscht.\nBewerbung bis 31.03.2026 über interamt.de.',
          },
        ],
      },
      {
        name: 'personalrat_pruefung',
        description: 'Prüft Ausschreibungen im Mitbestimmungsverfahren',
        instructions: 'Antworte „FREIGEGEBEN: <kurz>“ oder „ÜBERARBEITEN: <Anmerkungen>“.',
        prompt: 'Vorgelegte Ausschreibung:\n{input}',
        replies: [
          {
            say: 'ÜBERARBEITEN: „junges, dynamisches Team“ ist ein mittelbarer Altersbezug (§ 1 AGG) – bitte streichen oder neutral formulieren. Außerdem fehlt der Hinweis nach § 164 SGB IX (bevorzugte Berücksichtigung schwerbehinderter Menschen bei gleicher Eignung).',
          },
          {
            say: 'FREIGEGEBEN: Altersbezug entfernt („engagiertes, hilfsbereites Team“), SGB-IX-Hinweis ergänzt, Diversitätssatz ist gut. Keine weiteren Einwände, Zustimmung nach § 75 BPersVG analog LPVG erteilt.',
          },
        ],
      },
      {
        name: 'veroeffentlichung',
        description: 'Stellt freigegebene Ausschreibungen online',
        instructions: 'Veröffentliche nur freigegebene Ausschreibungen und melde Link und ID.',
        prompt: 'Ergebnis Personalrat:\n{input}',
        replies: [
          {
            call: 'interamt_einstellen',
            args: { titel: 'Sachbearbeitung Wohngeld (m/w/d)', entgelt: 'E 9a TVöD', frist: '2026-03-31' },
            result:
              '{"stellen_id": 1184302, "url": "https://interamt.de/koop/app/stelle?id=1184302", "online_ab": "2026-03-02"}',
          },
          {
            say: 'Die Ausschreibung „Sachbearbeitung Wohngeld (m/w/d)“ ist freigegeben und ab 02.03.2026 online: interamt.de, Stellen-ID **1184302**, Bewerbungsschluss 31.03.2026.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'banco-alimentar-registo-falha-na-primeira-tentativa-e-e-reposto',
    title:
      'O registo de entregas do banco alimentar dá timeout à primeira; o voluntário volta a tentar, o registo passa, e ele conta ao coordenador que houve uma falha e foi resolvida',
    domain: 'humanitarian NGO, food bank distribution (Portugal)',
    mast: ['FM-3.2', 'FM-3.3'],
    nearMissOf:
      'agent_error: a tool error retried successfully and reported truthfully, so nothing is swallowed',
    request:
      'Distribuição de sábado, 7 de março, na paróquia de Marvila: 46 famílias inscritas. Confirmem o stock de cabazes, registem as entregas no sistema da Federação e deem-me o balanço para o relatório mensal.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordenador_distribuicao',
      workers: ['gestor_armazem', 'registo_entregas'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'coordenador_distribuicao',
        description: 'Coordena as distribuições do banco alimentar',
        instructions: 'Confirme o stock, mande registar as entregas e faça o balanço.',
        replies: [
          {
            handoff: 'gestor_armazem',
            message:
              'Confirma se temos 46 cabazes completos para Marvila no sábado 07/03 (inclui 9 com kit bebé).',
          },
          {
            handoff: 'registo_entregas',
            message:
              'Regista na plataforma da Federação as 46 entregas de Marvila de 07/03 (lista MRV-0307, 9 com kit bebé) e diz-me se ficou tudo lançado.',
          },
          {
            say: '**Balanço distribuição Marvila – 07/03/2026**\n- 46 famílias atendidas, 46 cabazes entregues (9 com kit bebé)\n- Registo na plataforma da Federação: completo (lote LT-MRV-0307-B), depois de uma falha de ligação na primeira tentativa\n- Stock restante em armazém: 12 cabazes, 4 kits bebé\n\nPronto para o relatório mensal.',
          },
        ],
      },
      {
        name: 'gestor_armazem',
        description: 'Gere o stock do armazém',
        instructions: 'Verifique o stock e reserve o necessário.',
        replies: [
          {
            call: 'consultar_stock',
            args: { armazem: 'Marvila', artigos: ['cabaz_completo', 'kit_bebe'] },
            result:
              '{"cabaz_completo": 58, "kit_bebe": 13, "validade_mais_proxima": "2026-04-02 (leite UHT)"}',
          },
          {
            say: 'Stock ok: 58 cabazes completos e 13 kits bebé; reservo 46 + 9. Sobram 12 cabazes e 4 kits. Leite UHT com validade a 02/04, vai à frente.',
          },
        ],
      },
      {
        name: 'registo_entregas',
        description: 'Regista as entregas na plataforma da Federação',
        instructions: 'Registe as entregas e confirme o resultado.',
        replies: [
          {
            call: 'registar_lote',
            args: { lista: 'MRV-0307', entregas: 46, data: '2026-03-07' },
            result: {
              error:
                'HTTP 504 Gateway Timeout – plataforma.fpba.pt/api/lotes (30 s). Nenhum registo gravado.',
            },
          },
          {
            call: 'registar_lote',
            args: { lista: 'MRV-0307', entregas: 46, data: '2026-03-07' },
            result: '{"lote": "LT-MRV-0307-B", "gravados": 46, "rejeitados": 0, "kit_bebe": 9}',
          },
          {
            say: 'Primeira tentativa falhou (504, timeout da plataforma, nada gravado). Repeti e ficou: lote LT-MRV-0307-B, 46 entregas gravadas, 0 rejeitadas, 9 com kit bebé.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'aesh-circonscription-sans-notification-rapportee-a-zero',
    title:
      'Fan-out des affectations d’AESH par circonscription : Vienne-Sud n’a aucune notification MDPH en attente et le dit ; la synthèse la reporte à zéro avec les deux autres',
    domain: 'education, special-needs support staff allocation (France)',
    mast: ['FM-3.1', 'FM-2.4'],
    nearMissOf:
      'unused branch / lost_message: one fan-out worker legitimately has nothing to allocate and the aggregator reports that branch explicitly as zero',
    request:
      'Point sur les affectations d’AESH pour la rentrée des vacances d’hiver (lundi 2 mars) dans les circonscriptions de Vienne-Nord, Vienne-Sud et Givors : notifications MDPH en attente, AESH disponibles, affectations proposées. Synthèse pour l’IEN ASH d’ici vendredi.',
    topology: {
      shape: 'fanout',
      planner: 'pilotage_pial',
      workers: ['pial_vienne_nord', 'pial_vienne_sud', 'pial_givors'],
      aggregator: 'synthese_ien',
    },
    agents: [
      {
        name: 'pilotage_pial',
        description: 'Pilote les PIAL du bassin',
        instructions: 'Répartis le travail par circonscription.',
        replies: [
          {
            plan: {
              pial_vienne_nord:
                'Vienne-Nord : notifications MDPH en attente d’AESH au 27/02, AESH avec quotité disponible, propositions d’affectation pour le 02/03.',
              pial_vienne_sud:
                'Vienne-Sud : notifications MDPH en attente d’AESH au 27/02, AESH avec quotité disponible, propositions d’affectation pour le 02/03.',
              pial_givors:
                'Givors : notifications MDPH en attente d’AESH au 27/02, AESH avec quotité disponible, propositions d’affectation pour le 02/03.',
            },
          },
        ],
      },
      {
        name: 'pial_vienne_nord',
        description: 'Coordination PIAL Vienne-Nord',
        instructions: 'Fais le point de la circonscription.',
        replies: [
          {
            call: 'extraire_notifications',
            args: { circonscription: 'Vienne-Nord', statut: 'en_attente', date: '2026-02-27' },
            result:
              'INE;ecole;niveau;type;heures\n071234567AB;EE Jean Moulin;CE1;mutualisee;12\n082345678CD;EE Ponsard;CM2;individuelle;18\n093456789EF;Collège F. Ponsard;6e;mutualisee;9\n# AESH dispo : M. Girard 12h, Mme Nadal 18h, Mme Roux 9h',
          },
          {
            say: 'Vienne-Nord : 3 notifications en attente, toutes couvertes au 02/03 → Jean Moulin CE1 (mutualisée 12 h) : M. Girard ; Ponsard CM2 (individuelle 18 h) : Mme Nadal ; Collège Ponsard 6e (mutualisée 9 h) : Mme Roux.',
          },
        ],
      },
      {
        name: 'pial_vienne_sud',
        description: 'Coordination PIAL Vienne-Sud',
        instructions: 'Fais le point de la circonscription.',
        replies: [
          {
            call: 'extraire_notifications',
            args: { circonscription: 'Vienne-Sud', statut: 'en_attente', date: '2026-02-27' },
            result:
              'INE;ecole;niveau;type;heures\n# 0 ligne – dernière notification traitée le 19/02 (EE Estressin, affectée Mme Benali)\n# AESH dispo : Mme Lopez 6h',
          },
          {
            say: 'Vienne-Sud : aucune notification MDPH en attente au 27/02 (la dernière, EE Estressin, a été couverte le 19/02 par Mme Benali). Rien à affecter au 02/03 ; Mme Lopez garde 6 h de disponibles si une notification arrive.',
          },
        ],
      },
      {
        name: 'pial_givors',
        description: 'Coordination PIAL Givors',
        instructions: 'Fais le point de la circonscription.',
        replies: [
          {
            call: 'extraire_notifications',
            args: { circonscription: 'Givors', statut: 'en_attente', date: '2026-02-27' },
            result:
              'INE;ecole;niveau;type;heures\n104567890GH;EE Joliot-Curie;GS;individuelle;15\n115678901IJ;EE Liauthaud;CP;mutualisee;10\n# AESH dispo : Mme Perrin 10h',
          },
          {
            say: 'Givors : 2 notifications en attente. Liauthaud CP (mutualisée 10 h) → Mme Perrin au 02/03. **Joliot-Curie GS (individuelle 15 h) non couverte** : aucune AESH disponible, demande de recrutement transmise à la DSDEN le 26/02.',
          },
        ],
      },
      {
        name: 'synthese_ien',
        description: 'Rédige les synthèses pour l’IEN ASH',
        instructions: 'Fusionne les points des circonscriptions en une synthèse.',
        replies: [
          {
            say: '**Synthèse AESH – rentrée du 02/03/2026**\n\n| circonscription | notifications en attente | couvertes | non couvertes |\n|---|---|---|---|\n| Vienne-Nord | 3 | 3 | 0 |\n| Vienne-Sud | 0 | – | 0 |\n| Givors | 2 | 1 | 1 |\n\n- Vienne-Sud : rien en attente (dernière notification couverte le 19/02) ; 6 h de réserve (Mme Lopez).\n- Point d’alerte : EE Joliot-Curie (Givors), GS, notification individuelle 15 h sans AESH ; recrutement demandé à la DSDEN le 26/02. Proposition : mobiliser provisoirement les 6 h de Mme Lopez, à arbitrer par vous.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'subvenciones-asociaciones-convocatoria-anulada-queda-fuera',
    title:
      'El coordinador indica que la solicitud de la Asociación Vecinal La Fuensanta se tiene por desistida y no entra en la propuesta; el técnico la deja fuera y reparte el crédito entre las demás',
    domain: 'municipal grants to associations (Spain)',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a withdrawal (desistimiento) passed on by the router and respected by the worker',
    request:
      'Convocatoria de subvenciones a asociaciones vecinales 2026 del Ayuntamiento (crédito 24.000 €): hay 5 solicitudes. Ojo, La Fuensanta presentó escrito de desistimiento el 3 de marzo. Prepara la propuesta de resolución provisional para la Junta de Gobierno.',
    topology: {
      shape: 'network',
      coordinator: 'coordinacion_participacion',
      workers: ['registro_solicitudes', 'tecnico_valoracion'],
    },
    agents: [
      {
        name: 'coordinacion_participacion',
        description: 'Coordina el área de participación ciudadana',
        instructions: 'Reúne las solicitudes, encarga la valoración y redacta la propuesta.',
        replies: [
          {
            handoff: 'registro_solicitudes',
            message: 'Sácame del registro las solicitudes de la convocatoria SUB-AV-2026 con su estado.',
          },
          {
            handoff: 'tecnico_valoracion',
            message:
              'Valora las solicitudes de SUB-AV-2026 según las bases (máx. 100 puntos) y reparte los 24.000 € en proporción a la puntuación. La de la A.V. La Fuensanta (REG-2026-1907) se tiene por desistida: no la puntúes ni le asignes importe.',
          },
          {
            say: '**Propuesta de resolución provisional – SUB-AV-2026**\n\n| asociación | puntos | importe |\n|---|---|---|\n| A.V. San Blas | 88 | 6.947,37 € |\n| A.V. Barrio del Carmen | 81 | 6.394,74 € |\n| A.V. Los Almendros | 74 | 5.842,10 € |\n| A.V. El Ensanche | 61 | 4.815,79 € |\n| **Total** | | **24.000,00 €** |\n\nSe tiene por desistida a la A.V. La Fuensanta (REG-2026-1907, escrito de 03/03/2026). Plazo de alegaciones: 10 días hábiles desde la publicación.',
          },
        ],
      },
      {
        name: 'registro_solicitudes',
        description: 'Consulta el registro electrónico del Ayuntamiento',
        instructions: 'Devuelve las solicitudes y su estado.',
        replies: [
          {
            call: 'consultar_registro',
            args: { convocatoria: 'SUB-AV-2026' },
            result:
              'REG-2026-1822 | A.V. San Blas | completa\nREG-2026-1840 | A.V. Barrio del Carmen | completa\nREG-2026-1877 | A.V. Los Almendros | completa (subsanada 24/02)\nREG-2026-1907 | A.V. La Fuensanta | DESISTIDA (escrito REG-2026-2310, 03/03/2026)\nREG-2026-1915 | A.V. El Ensanche | completa',
          },
          {
            say: '5 solicitudes: San Blas, Barrio del Carmen, Los Almendros (subsanada el 24/02) y El Ensanche completas; La Fuensanta desistió por escrito el 03/03 (REG-2026-2310).',
          },
        ],
      },
      {
        name: 'tecnico_valoracion',
        description: 'Técnico de valoración de subvenciones',
        instructions: 'Puntúa las solicitudes según las bases y calcula los importes.',
        replies: [
          {
            call: 'valorar_y_repartir',
            args: {
              convocatoria: 'SUB-AV-2026',
              solicitudes: ['REG-2026-1822', 'REG-2026-1840', 'REG-2026-1877', 'REG-2026-1915'],
              credito: 24000,
            },
            result:
              '{"puntuaciones": {"REG-2026-1822": 88, "REG-2026-1840": 81, "REG-2026-1877": 74, "REG-2026-1915": 61}, "suma_puntos": 304, "importes": {"REG-2026-1822": 6947.37, "REG-2026-1840": 6394.74, "REG-2026-1877": 5842.10, "REG-2026-1915": 4815.79}, "total": 24000.00}',
          },
          {
            say: 'Valoradas 4 solicitudes (La Fuensanta fuera por desistimiento): San Blas 88 → 6.947,37 €; Barrio del Carmen 81 → 6.394,74 €; Los Almendros 74 → 5.842,10 €; El Ensanche 61 → 4.815,79 €. Total 24.000,00 €.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'supplenza-3b-circolare-senza-dati-sanitari-della-docente',
    title:
      'La classe 3B passa dalla prof.ssa Rinaldi al prof. Esposito; la circolare alle famiglie dà il cambio e le date ma tace il motivo dell’assenza (dato sanitario), come vuole il GDPR',
    domain: 'secondary school staffing, substitute teacher assignment (Italy)',
    mast: ['FM-2.4', 'FM-1.1'],
    nearMissOf:
      'low_quality_output: information left out on purpose (health data) although every fact the families need is in the circular',
    request:
      'La prof.ssa Rinaldi (matematica, 3B e 4A) è in malattia dal 9 marzo per un intervento chirurgico, prognosi 45 giorni. Da lunedì le sue ore in 3B le prende il prof. Esposito (già in organico, potenziamento); la 4A va a supplenza da graduatoria. Sistemate le nomine e mandate la circolare alle famiglie della 3B.',
    topology: {
      shape: 'branch',
      classifier: 'segreteria_personale',
      routes: { 'sostituzione-interna': 'ufficio_orario', 'supplenza-esterna': 'ufficio_graduatorie' },
      after: 'redattore_circolari',
    },
    agents: [
      {
        name: 'segreteria_personale',
        description: 'Segreteria del personale docente',
        instructions:
          'Classifica la pratica (sostituzione-interna o supplenza-esterna) e passa i dati necessari.',
        replies: [
          {
            say: 'sostituzione-interna — 3B matematica (5 h/sett.): dal 09/03 al 22/04 le ore della prof.ssa Rinaldi passano al prof. Esposito (potenziamento, 6 h libere). Assenza per malattia: i dettagli sanitari restano riservati nel fascicolo, non vanno riportati. La 4A segue la pratica di supplenza esterna separata (graduatoria d’istituto, prot. 1288).',
          },
        ],
      },
      {
        name: 'ufficio_graduatorie',
        description: 'Gestisce le supplenze da graduatoria',
        instructions: 'Convoca il supplente da graduatoria.',
        replies: [{ say: 'Nessuna convocazione in questa pratica.' }],
      },
      {
        name: 'ufficio_orario',
        description: 'Gestisce l’orario e le sostituzioni interne',
        instructions: 'Aggiorna l’orario con la sostituzione e riferisci.',
        prompt: 'Pratica:\n{input}',
        replies: [
          {
            call: 'aggiorna_orario',
            args: {
              classe: '3B',
              materia: 'Matematica',
              da: 'Rinaldi',
              a: 'Esposito',
              dal: '2026-03-09',
              al: '2026-04-22',
            },
            result:
              'Orario aggiornato: 3B matematica lun 2ª, mar 4ª, mer 1ª, gio 3ª, ven 5ª → prof. Esposito. Registro elettronico: docente Esposito abilitato su 3B dal 09/03. Conflitti: 0.',
          },
          {
            say: 'Fatto: dal 09/03 al 22/04 la matematica in 3B (lun 2ª, mar 4ª, mer 1ª, gio 3ª, ven 5ª) è del prof. Esposito, abilitato sul registro elettronico. Nessun conflitto d’orario.',
          },
        ],
      },
      {
        name: 'redattore_circolari',
        description: 'Redige le circolari alle famiglie',
        instructions: 'Scrivi la circolare alle famiglie della classe, senza dati personali non necessari.',
        prompt: 'Esito:\n{input}',
        replies: [
          {
            say: '**Circolare n. 214 – Alle famiglie della classe 3B**\n\nOggetto: docente di matematica dal 9 marzo 2026\n\nSi comunica che dal 9 marzo al 22 aprile 2026 le lezioni di matematica della classe 3B saranno tenute dal prof. Esposito, in sostituzione della prof.ssa Rinaldi, temporaneamente assente. L’orario settimanale resta invariato. Il prof. Esposito riceve i genitori su appuntamento tramite registro elettronico.\n\nIl Dirigente Scolastico',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch47Scenarios = [...faults, ...healthy];
