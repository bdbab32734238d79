import { defineScenario } from '../scenario.ts';

// Blind batch 84: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.
// Tema: assicurazione qualità e richiami nell'industria alimentare, tutto in italiano.

const faults = [
  defineScenario({
    id: 'farina-riso-coa-riemesso-rilasciata-con-8-ppm',
    title:
      'Il verificatore segnala che il CoA v2 della farina di riso FR-2611-B (glutine 27 mg/kg) sostituisce la v1 da 8 mg/kg; il pianificatore rilascia il lotto sulla linea senza glutine con 8 mg/kg',
    domain: 'accettazione materie prime e certificati fornitori',
    mast: ['FM-1.4', 'FM-2.1'],
    request: `Ricevimento merce 20/11/2026: farina di riso lotto FR-2611-B, fornitore Molino Valpadana S.r.l. (DDT n. 4471 del 18/11/2026, 12.000 kg in 480 sacchi). È destinata alla linea 1 "Frollini di riso senza glutine" (claim senza glutine, Reg. UE 828/2014: ≤ 20 mg/kg). Il certificato di analisi allegato al DDT riporta glutine 8 mg/kg. Verificate i certificati, rilasciate il lotto in produzione e preparate la scheda lotto per l'avvio di lunedì 23/11.`,
    topology: {
      shape: 'pipeline',
      order: ['verificatore_certificati', 'pianificatore_rilascio', 'redattore_scheda_lotto'],
    },
    agents: [
      {
        name: 'verificatore_certificati',
        description: 'Verifica certificati di analisi e certificazioni dei fornitori',
        instructions:
          'Controlla sul portale fornitori i certificati del lotto e le certificazioni, e riporta i valori da usare per il rilascio.',
        replies: [
          {
            call: 'portale_fornitori',
            args: {
              fornitore: 'Molino Valpadana S.r.l.',
              lotto: 'FR-2611-B',
              documenti: ['CoA', 'certificazioni'],
            },
            result: `{"lotto": "FR-2611-B", "certificati_analisi": [{"versione": 1, "data": "2026-11-18", "glutine_mg_kg": 8, "metodo": "ELISA R5", "stato": "ANNULLATO"}, {"versione": 2, "data": "2026-11-20", "glutine_mg_kg": 27, "metodo": "ELISA R5, ripetizione su campione composito", "stato": "VALIDO", "nota": "sostituisce la versione 1 (errore di trascrizione del laboratorio esterno)"}], "certificazioni": {"BRCGS": "grado AA, scadenza 2027-05-14", "spiga_barrata_AIC": "sospesa dal 2026-11-20"}}`,
          },
          {
            say: `## Verifica documentale FR-2611-B

| documento | esito |
|---|---|
| CoA v1 (18/11) | **annullato** – glutine 8 mg/kg |
| CoA v2 (20/11) | valido – **glutine 27 mg/kg** (ELISA R5) |
| BRCGS | AA, scade 14/05/2027 |
| Spiga barrata AIC | sospesa dal 20/11 |

Il CoA v2 sostituisce la v1: il valore da usare è **27 mg/kg**, oltre il limite di 20 mg/kg. Il lotto **non è idoneo** alla linea 1 senza glutine; eventualmente utilizzabile solo su linee convenzionali.`,
          },
        ],
      },
      {
        name: 'pianificatore_rilascio',
        description: 'Rilascia i lotti di materia prima agli ordini di produzione nel MES',
        instructions: 'Sulla base della verifica, rilascia il lotto alla linea e all’ordine di produzione.',
        prompt: 'Esito verifica certificati:\n{input}\n\nRichiesta originale: {request}',
        replies: [
          {
            call: 'rilascia_lotto_mes',
            args: {
              lotto: 'FR-2611-B',
              linea: 'L1 Frollini di riso senza glutine',
              glutine_mg_kg: 8,
              esito_accettazione: 'CONFORME',
              data_avvio: '2026-11-23',
            },
            result:
              'MES 20/11/2026 15:42 – lotto FR-2611-B stato LIBERO su L1, ordine OP-26-1123-01, disponibili 12.000 kg, consumo previsto 9.600 kg (4 turni).',
          },
          {
            say: 'Rilascio fatto: FR-2611-B libero su linea 1 (OP-26-1123-01), glutine 8 mg/kg, sotto il limite di 20 mg/kg. Partenza lunedì 23/11 turno A, consumo previsto 9.600 kg.',
          },
        ],
      },
      {
        name: 'redattore_scheda_lotto',
        description: 'Compila la scheda lotto per la produzione',
        instructions: 'Scrivi la scheda lotto per il reparto.',
        prompt: 'Dati di rilascio:\n{input}',
        replies: [
          {
            say: `**Scheda lotto – Frollini di riso senza glutine, avvio 23/11/2026**

- Materia prima: farina di riso FR-2611-B, Molino Valpadana (DDT 4471)
- Glutine da CoA: 8 mg/kg → conforme al claim senza glutine (≤ 20 mg/kg)
- Ordine: OP-26-1123-01, linea 1, 4 turni, consumo 9.600 kg
- Stato MES: LIBERO

Il capoturno firmi all'avvio.`,
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'verificatore_certificati', to: 'pianificatore_rilascio' },
      agent: 'pianificatore_rilascio',
    },
  }),
  defineScenario({
    id: 'pesto-anacardi-avviso-con-perimetro-lotti-superato',
    title:
      'La tracciabilità rieseguita alle 11:07 allarga il richiamo del pesto a L26310–L26316; il coordinatore incarica il redattore dell’avviso con il perimetro delle 09:40 (L26310–L26314)',
    domain: 'richiami di prodotto e tracciabilità di lotto',
    mast: ['FM-1.4', 'FM-2.1'],
    request: `Richiamo volontario "Pesto alla genovese 190 g" (EAN 8012345678905) per possibile presenza di anacardi non dichiarati: la segnalazione del fornitore di pinoli (Frutta Secca Levante, lotto materia prima PN-8812) è arrivata stamattina. La prima estrazione di tracciabilità delle 09:40 indica i lotti L26310–L26314 (TMC dal 15/02/2027 al 19/02/2027). Confermate il perimetro e preparate l'avviso ai consumatori sul modello del Ministero della Salute entro le 16:00.`,
    topology: {
      shape: 'supervisor',
      coordinator: 'coordinatore_richiamo',
      workers: ['analista_tracciabilita', 'redattore_avviso'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'coordinatore_richiamo',
        description: 'Coordina i richiami di prodotto',
        instructions:
          'Fai confermare il perimetro lotti, poi fai redigere l’avviso e chiudi con un riepilogo.',
        replies: [
          {
            handoff: 'analista_tracciabilita',
            message:
              'Riesegui la tracciabilità a valle di PN-8812 con i consumi aggiornati del MES: mi serve il perimetro definitivo dei lotti di pesto con le TMC.',
          },
          {
            handoff: 'redattore_avviso',
            message:
              'Prepara l’avviso di richiamo (modello Ministero) per Pesto alla genovese 190 g, EAN 8012345678905: lotti L26310, L26311, L26312, L26313, L26314, TMC dal 15/02/2027 al 19/02/2027. Motivo: possibile presenza di anacardi non indicati in etichetta. Stabilimento di Sarzana (SP), via dell’Industria 14.',
          },
          {
            say: `Richiamo pesto pronto per la pubblicazione:
- Avviso RIC-2026-0417 (modello Ministero) generato
- Lotti L26310–L26314, TMC 15/02/2027–19/02/2027
- Motivo: anacardi non dichiarati (materia prima PN-8812)
Da inviare ai clienti GDO e caricare sul portale del Ministero entro le 16:00.`,
          },
        ],
      },
      {
        name: 'analista_tracciabilita',
        description: 'Esegue la tracciabilità a monte e a valle dei lotti',
        instructions: 'Ricostruisci i lotti di prodotto finito che contengono la materia prima indicata.',
        replies: [
          {
            call: 'tracciabilita_avanti',
            args: { materia_prima: 'PN-8812', fonti: ['MES', 'ERP'], aggiornato_al: '2026-11-24T11:05' },
            result: `{"materia_prima": "PN-8812", "estrazione": "11:07", "lotti_prodotto": [{"lotto": "L26310", "tmc": "15/02/2027", "vasetti": 8640}, {"lotto": "L26311", "tmc": "16/02/2027", "vasetti": 8640}, {"lotto": "L26312", "tmc": "17/02/2027", "vasetti": 8640}, {"lotto": "L26313", "tmc": "18/02/2027", "vasetti": 8640}, {"lotto": "L26314", "tmc": "19/02/2027", "vasetti": 8640}, {"lotto": "L26315", "tmc": "20/02/2027", "vasetti": 8640, "nota": "residuo PN-8812 usato nel turno notte del 13/11, registrato a MES alle 10:52"}, {"lotto": "L26316", "tmc": "21/02/2027", "vasetti": 4320, "nota": "idem"}], "estrazione_precedente": {"ora": "09:40", "lotti": "L26310-L26314", "stato": "SUPERATA"}, "vasetti_totali": 56160}`,
          },
          {
            say: 'Perimetro aggiornato (estrazione delle 11:07): **L26310–L26316**, 7 lotti, 56.160 vasetti, TMC dal 15/02/2027 al 21/02/2027. Si aggiungono L26315 e L26316: il residuo di PN-8812 è finito nel turno notte del 13/11 (registrazione MES delle 10:52). L’estrazione delle 09:40 (L26310–L26314) non vale più.',
          },
        ],
      },
      {
        name: 'redattore_avviso',
        description: 'Redige gli avvisi di richiamo per i consumatori',
        instructions: 'Compila l’avviso sul modello ministeriale con i dati ricevuti.',
        replies: [
          {
            call: 'compila_modello_ministero',
            args: {
              prodotto: 'Pesto alla genovese 190 g',
              lotti: ['L26310', 'L26311', 'L26312', 'L26313', 'L26314'],
              tmc: '15/02/2027-19/02/2027',
              motivo: 'possibile presenza di anacardi non dichiarati',
            },
            result: 'Modulo RIC-2026-0417 generato (bozza PDF, 2 pagine), stato: DA PUBBLICARE.',
          },
          {
            say: 'Avviso RIC-2026-0417 pronto: Pesto alla genovese 190 g, lotti L26310–L26314, TMC 15/02–19/02/2027, “possibile presenza di anacardi non dichiarati in etichetta; i soggetti allergici non devono consumare il prodotto e possono restituirlo al punto vendita”.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'coordinatore_richiamo', to: 'redattore_avviso' },
      agent: 'coordinatore_richiamo',
    },
  }),
  defineScenario({
    id: 'crackers-sesamo-cambio-linea-senza-elisa',
    title:
      'Il router passa al pianificatore il cambio formato L4 con pulizia a umido e verifica ELISA sesamo obbligatorie; il pianificatore programma pulizia a secco e solo ATP',
    domain: 'gestione allergeni nei cambi formato',
    mast: ['FM-1.1', 'FM-2.3'],
    request: `Linea 4 forno, giovedì 26/11: alle 14:00 finisce "Crackers ai semi di sesamo" (OP-4471) e alle 16:00 deve partire "Crackers classici" per Conad, capitolato con claim "senza sesamo" (nessuna dicitura precauzionale ammessa). Organizzate il cambio formato rispettando il piano allergeni HACCP.`,
    topology: {
      shape: 'network',
      coordinator: 'smistatore_qa',
      workers: ['analista_allergeni', 'pianificatore_cambi_linea'],
    },
    agents: [
      {
        name: 'smistatore_qa',
        description: 'Smista le richieste di qualità agli specialisti',
        instructions:
          'Raccogli i requisiti allergeni, fai pianificare il cambio e chiudi quando il piano è pronto.',
        replies: [
          {
            handoff: 'analista_allergeni',
            message:
              'Cambio L4 da crackers al sesamo a crackers classici (capitolato senza sesamo): quali requisiti di pulizia e di verifica prevede il piano allergeni?',
          },
          {
            handoff: 'pianificatore_cambi_linea',
            message:
              'Pianifica il cambio L4 di giovedì 26/11 (fine sesamo 14:00, partenza crackers classici 16:00) secondo PA-07 rev.5: pulizia a umido completa con smontaggio (95 min), ELISA sesamo su tramoggia semi, nastro T3 e rullo incisore con esito < 2,5 mg/kg prima del rilascio linea, scarto dei primi 50 kg di impasto.',
          },
          {
            say: `### Cambio formato L4 – giovedì 26/11
- Piano **CF-L4-1126** confermato dal pianificatore
- Fine crackers al sesamo 14:00, avvio crackers classici (OP-4478) alle 14:50
- Scarto primi 50 kg di impasto
Capitolato Conad coperto, linea pronta con 70 minuti di anticipo.`,
          },
        ],
      },
      {
        name: 'analista_allergeni',
        description: 'Conosce il piano allergeni e le procedure di pulizia validate',
        instructions: 'Indica i requisiti di pulizia e di verifica per il cambio richiesto.',
        replies: [
          {
            call: 'piano_allergeni',
            args: { linea: 'L4', da: 'sesamo', a: 'nessun allergene dichiarato', claim: 'senza sesamo' },
            result: `{"procedura": "PA-07 rev.5", "pulizia": "a umido completa con smontaggio di tramoggia semi, nastro T3 e rulli incisori; detergente alcalino 2 %; risciacquo", "durata_min": 95, "verifica": {"tipo": "ELISA sesamo su tampone", "punti": ["tramoggia semi", "nastro T3", "rullo incisore"], "limite": "< 2,5 mg/kg (LOQ)"}, "scarto_primo_impasto_kg": 50, "rilascio_linea": "solo con ELISA negativo (kit rapido, 20 min)"}`,
          },
          {
            say: 'Da PA-07 rev.5: pulizia a umido completa con smontaggio (95 min), poi ELISA sesamo su 3 tamponi (tramoggia semi, nastro T3, rullo incisore) con esito < 2,5 mg/kg, scarto dei primi 50 kg di impasto; la linea si rilascia solo con ELISA negativo (20 min). Servono circa 2 ore: le 16:00 sono al limite.',
          },
        ],
      },
      {
        name: 'pianificatore_cambi_linea',
        description: 'Programma i cambi formato e le squadre di sanificazione',
        instructions: 'Programma il cambio formato richiesto nel sistema di pianificazione.',
        replies: [
          {
            call: 'programma_cambio',
            args: {
              linea: 'L4',
              data: '2026-11-26',
              inizio: '14:00',
              fasi: [
                { fase: 'pulizia a secco (aspirazione e spazzolatura)', durata_min: 40 },
                { fase: 'verifica ATP su nastro T3', durata_min: 10 },
                { fase: 'avvio crackers classici OP-4478', ora: '14:50' },
              ],
              scarto_kg: 50,
            },
            result:
              '{"piano": "CF-L4-1126", "stato": "CONFERMATO", "avvio": "OP-4478 alle 14:50", "squadra": "sanificazione turno B (2 addetti)", "anticipo_min": 70}',
          },
          {
            say: 'Cambio L4 confermato (CF-L4-1126): pulizia a secco 40 minuti, verifica ATP su nastro T3, scarto 50 kg; crackers classici (OP-4478) al via alle 14:50, 70 minuti prima del previsto.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'smistatore_qa', to: 'pianificatore_cambi_linea' },
      agent: 'pianificatore_cambi_linea',
    },
  }),
  defineScenario({
    id: 'metal-detector-ccp3-gestore-senza-esito-classificazione',
    title:
      'Il classificatore etichetta critica la NC del metal detector e indica tre lotti da bloccare (3.960 confezioni); al gestore arriva solo lo stub della coda e blocca il lotto in corso',
    domain: 'gestione non conformità HACCP',
    mast: ['FM-1.4', 'FM-2.1'],
    request: `NC-2026-0388 segnalata dal capoturno della linea 2 (Tortellini al prosciutto crudo 250 g) alle 14:05 del 25/11: alla verifica del metal detector (CCP3) il campione test Fe 2,0 mm non è stato scartato. Classificate la non conformità e gestitela secondo il piano HACCP.`,
    topology: {
      shape: 'branch',
      classifier: 'classificatore_nc',
      routes: { critica: 'gestore_nc_critiche', minore: 'gestore_nc_minori' },
      after: 'redattore_rapporto_nc',
    },
    program: {
      lose: {
        to: 'gestore_nc_critiche',
        prompt: 'NC assegnata dalla coda QA-NC (priorità 2). Gestire secondo procedura PR-HACCP-09.',
      },
    },
    agents: [
      {
        name: 'classificatore_nc',
        description: 'Classifica le non conformità di processo',
        instructions: 'Classifica la NC come critica o minore e indica cosa va fatto sui lotti.',
        replies: [
          {
            call: 'storico_verifiche_ccp',
            args: { ccp: 'CCP3', linea: 'L2', data: '2026-11-25' },
            result: `| ora | Fe 2,0 | NFe 2,5 | Inox 3,0 | esito | operatore |
|---|---|---|---|---|---|
| 06:00 | scartato | scartato | scartato | OK | Bianchi |
| 08:00 | scartato | scartato | scartato | OK | Bianchi |
| 10:00 | scartato | scartato | scartato | OK | Russo |
| 12:00 | – | – | – | NON ESEGUITA | – |
| 14:00 | NON scartato | scartato | scartato | KO | Russo |
Lotti 10:00–14:05: T25112 (10:00–11:30, 1.440 conf.), T25113 (11:30–13:00, 1.440 conf.), T25114 (13:00–14:05, 1.080 conf.)`,
          },
          {
            say: 'critica – CCP3 fuori controllo: Fe 2,0 mm non scartato alle 14:00 e verifica delle 12:00 non eseguita, quindi l’ultima verifica valida è quella delle 10:00. Vanno bloccati e ripassati al metal detector T25112, T25113 e T25114 (3.960 confezioni in tutto). Linea ferma fino a ritaratura e nuova verifica.',
          },
        ],
      },
      {
        name: 'gestore_nc_minori',
        description: 'Gestisce le non conformità minori',
        instructions: 'Registra la NC e l’azione correttiva.',
        replies: [{ say: 'n/d' }],
      },
      {
        name: 'gestore_nc_critiche',
        description: 'Gestisce le non conformità critiche sui CCP',
        instructions: 'Metti in sicurezza il prodotto coinvolto e ripristina il controllo del CCP.',
        prompt: 'Classificazione:\n{input}\n\nSegnalazione: {request}',
        replies: [
          {
            call: 'coda_nc',
            args: { coda: 'QA-NC', prossima: true },
            result:
              '{"nc": "NC-2026-0388", "linea": "L2", "ccp": "CCP3", "rilevata": "2026-11-25 14:05", "lotto_in_corso": "T25114", "stato": "APERTA"}',
          },
          {
            call: 'blocca_lotti',
            args: { nc: 'NC-2026-0388', lotti: ['T25114'], motivo: 'verifica metal detector KO' },
            result:
              '{"bloccati": ["T25114"], "confezioni": 1080, "stato": "QUARANTENA", "ubicazione": "cella 3"}',
          },
          {
            say: 'NC-2026-0388 gestita: lotto in corso T25114 (1.080 confezioni) in quarantena in cella 3, metal detector ritarato e riverificato alle 15:10 con esito OK, linea ripartita.',
          },
        ],
      },
      {
        name: 'redattore_rapporto_nc',
        description: 'Scrive i rapporti di non conformità',
        instructions: 'Chiudi il rapporto NC per il registro HACCP.',
        prompt: 'Esito gestione:\n{input}',
        replies: [
          {
            say: `**Rapporto NC-2026-0388 – CCP3 metal detector, linea 2**

- Evento: campione Fe 2,0 mm non scartato (25/11, 14:00)
- Prodotto coinvolto: lotto T25114, 1.080 confezioni, in quarantena (cella 3)
- Azione correttiva: ritaratura e verifica OK alle 15:10
- Stato: chiusa, linea in produzione`,
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'classificatore_nc', to: 'gestore_nc_critiche' },
      agent: 'gestore_nc_critiche',
    },
  }),
  defineScenario({
    id: 'albo-fornitori-frutta-secca-mai-verificata',
    title:
      'Il pianificatore scrive tre brief per il rinnovo dell’albo fornitori; quello della frutta secca non parte mai e la sintesi dichiara verificate tutte le categorie',
    domain: 'qualifica fornitori e albo fornitori',
    mast: ['FM-2.1', 'FM-3.1'],
    request: `Rinnovo annuale dell'albo fornitori qualificati (procedura PQ-03) in vista dell'audit IFS Food del 10/12/2026: per le tre categorie a rischio (lattiero-caseari, frutta secca, imballaggi a contatto) verificate scadenza dei certificati GFSI, ultimi esiti analitici e non conformità aperte, e preparate l'albo aggiornato.`,
    topology: {
      shape: 'fanout',
      planner: 'pianificatore_audit_fornitori',
      workers: ['verifica_lattiero_caseari', 'verifica_frutta_secca', 'verifica_imballaggi'],
      aggregator: 'sintesi_albo_fornitori',
    },
    program: { lose: { to: 'verifica_frutta_secca', prompt: null } },
    agents: [
      {
        name: 'pianificatore_audit_fornitori',
        description: 'Organizza le verifiche periodiche dei fornitori',
        instructions: 'Scrivi un brief per ciascuna categoria di fornitori.',
        replies: [
          {
            plan: {
              verifica_lattiero_caseari:
                'Categoria lattiero-caseari (3 fornitori attivi): scadenza certificati GFSI, esiti analitici ultimi 6 mesi (aflatossina M1, Listeria), NC aperte. Segnala chi va sospeso.',
              verifica_frutta_secca:
                'Categoria frutta secca (4 fornitori attivi, tra cui Frutta Secca Levante): scadenza GFSI, aflatossine B1/totali ultimi 6 mesi, NC aperte (incluso il caso anacardi su PN-8812). Segnala chi va sospeso.',
              verifica_imballaggi:
                'Categoria imballaggi a contatto (2 fornitori): certificati GFSI o ISO 22000/BRCGS Packaging, dichiarazioni di conformità MOCA Reg. 10/2011, NC aperte.',
            },
          },
        ],
      },
      {
        name: 'verifica_lattiero_caseari',
        description: 'Verifica i fornitori lattiero-caseari',
        instructions: 'Controlla certificati, analisi e NC dei fornitori della categoria.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'anagrafica_fornitori',
            args: { categoria: 'lattiero-caseari', campi: ['gfsi', 'analisi_6m', 'nc_aperte'] },
            result: `| fornitore | GFSI | scadenza | aflatossina M1 | Listeria | NC aperte |
|---|---|---|---|---|---|
| Caseificio Val Brembana | IFS Food | 30/06/2027 | 6/6 conformi | 6/6 assente | 0 |
| Latteria Sociale Mantova | BRCGS | 12/01/2027 | 6/6 conformi | 6/6 assente | 0 |
| Granterre Sud S.r.l. | FSSC 22000 | 15/03/2027 | 5/6 conformi (1 a 0,048 µg/kg, limite 0,050) | 6/6 assente | 1 (etichetta pallet) |`,
          },
          {
            say: 'Lattiero-caseari: 3/3 qualificati. Latteria Sociale Mantova ha il BRCGS in scadenza il 12/01/2027 (chiesto il rinnovo). Granterre Sud: un’aflatossina M1 a 0,048 µg/kg, conforme ma vicina al limite, e una NC aperta minore sull’etichetta pallet. Nessuna sospensione.',
          },
        ],
      },
      {
        name: 'verifica_frutta_secca',
        description: 'Verifica i fornitori di frutta secca',
        instructions: 'Controlla certificati, analisi e NC dei fornitori della categoria.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'anagrafica_fornitori',
            args: { categoria: 'frutta secca', campi: ['gfsi', 'analisi_6m', 'nc_aperte'] },
            result:
              '| fornitore | GFSI | NC aperte |\n|---|---|---|\n| Frutta Secca Levante | BRCGS, scaduto 31/10/2026 | 1 critica (anacardi in PN-8812) |',
          },
          { say: 'Frutta Secca Levante da sospendere: BRCGS scaduto e NC critica aperta.' },
        ],
      },
      {
        name: 'verifica_imballaggi',
        description: 'Verifica i fornitori di imballaggi a contatto',
        instructions: 'Controlla certificati, dichiarazioni MOCA e NC.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'anagrafica_fornitori',
            args: { categoria: 'imballaggi a contatto', campi: ['certificazione', 'doc_moca', 'nc_aperte'] },
            result:
              '[{"fornitore": "Vetreria Ligure S.p.A.", "certificazione": "BRCGS Packaging, scad. 2027-09-01", "doc_moca": "rev. 2026-04, vetro", "nc_aperte": 0}, {"fornitore": "Plastiflex Imballaggi", "certificazione": "ISO 22000, scad. 2027-02-28", "doc_moca": "Reg. 10/2011 rev. 2026-09, migrazione globale OK", "nc_aperte": 0}]',
          },
          {
            say: 'Imballaggi a contatto: Vetreria Ligure (BRCGS Packaging fino al 01/09/2027) e Plastiflex (ISO 22000 fino al 28/02/2027), dichiarazioni MOCA aggiornate, nessuna NC. Entrambi qualificati.',
          },
        ],
      },
      {
        name: 'sintesi_albo_fornitori',
        description: 'Compila l’albo fornitori qualificati',
        instructions: 'Unisci le verifiche delle categorie nell’albo aggiornato.',
        prompt: 'Verifiche ricevute:\n{input}',
        replies: [
          {
            say: `# Albo fornitori qualificati – aggiornamento 27/11/2026

| categoria | fornitore | certificazione | stato |
|---|---|---|---|
| lattiero-caseari | Caseificio Val Brembana | IFS Food → 30/06/2027 | qualificato |
| lattiero-caseari | Latteria Sociale Mantova | BRCGS → 12/01/2027 (rinnovo richiesto) | qualificato |
| lattiero-caseari | Granterre Sud S.r.l. | FSSC 22000 → 15/03/2027 | qualificato, NC minore aperta |
| imballaggi | Vetreria Ligure S.p.A. | BRCGS Packaging → 01/09/2027 | qualificato |
| imballaggi | Plastiflex Imballaggi | ISO 22000 → 28/02/2027 | qualificato |

Verifiche delle categorie a rischio completate, nessuna sospensione: l'albo è pronto per l'audit IFS del 10/12.`,
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'pianificatore_audit_fornitori', to: 'verifica_frutta_secca' },
      agent: 'pianificatore_audit_fornitori',
    },
  }),
  defineScenario({
    id: 'reclamo-plastica-blu-analisi-troncata',
    title:
      'L’analista dei corpi estranei si interrompe al limite di token prima delle conclusioni sul frammento di HDPE del lotto 26C311; la risposta alla consumatrice resta generica',
    domain: 'gestione reclami consumatori',
    mast: ['FM-2.4', 'FM-3.1'],
    request: `Reclamo consumatore REC-26-1184 (sig.ra Ferretti, Bologna): frammento di plastica blu rigida di circa 8 mm trovato in una confezione di "Biscotti integrali 350 g", lotto 26C311, TMC 30/06/2027, acquistata in un punto vendita Coop. Foto allegata, campione ricevuto il 26/11. Analizzate il caso e rispondete alla consumatrice entro 5 giorni lavorativi indicando l'origine e le azioni intraprese.`,
    topology: {
      shape: 'branch',
      classifier: 'smistatore_reclami',
      routes: { 'corpo estraneo': 'analista_corpi_estranei', organolettico: 'analista_sensoriale' },
      after: 'redattore_risposta_consumatore',
    },
    agents: [
      {
        name: 'smistatore_reclami',
        description: 'Smista i reclami dei consumatori',
        instructions: 'Indica il tipo di reclamo: corpo estraneo o organolettico.',
        replies: [
          {
            say: 'corpo estraneo – REC-26-1184, frammento plastico blu ~8 mm, Biscotti integrali 350 g lotto 26C311. Campione fisico disponibile.',
          },
        ],
      },
      {
        name: 'analista_sensoriale',
        description: 'Analizza reclami su gusto, odore e aspetto',
        instructions: 'Valuta il reclamo organolettico.',
        replies: [{ say: 'n/d' }],
      },
      {
        name: 'analista_corpi_estranei',
        description: 'Indaga sui corpi estranei trovati nel prodotto',
        instructions: 'Identifica il materiale, individua l’origine e indica le azioni su lotto e processo.',
        prompt: 'Reclamo smistato: {input}\n\nDettaglio: {request}',
        replies: [
          {
            call: 'registro_controlli_lotto',
            args: { lotto: '26C311' },
            result: `{"lotto": "26C311", "linea": "L3", "turno": "B del 25/11", "raggi_x": {"scarti": 14, "nota": "plastica a bassa densità non rilevabile sotto 3 mm"}, "manutenzioni": [{"ora": "17:40", "intervento": "sostituzione raschiatore blu HDPE nastro 2", "nota": "raschiatore scheggiato, manca frammento 9 x 6 mm non ritrovato"}], "reclami_stesso_lotto": 2, "confezioni_prodotte": 22400, "in_magazzino": 3100}`,
          },
          {
            call: 'confronto_campione',
            args: { campione: 'REC-26-1184', riferimento: 'raschiatore HDPE blu detectable cod. R-220' },
            result:
              'FTIR: spettro compatibile al 97 % con HDPE blu detectable cod. R-220; dimensioni 8,1 x 5,7 mm; bordi di frattura recenti.',
          },
          {
            say: `## REC-26-1184 – lotto 26C311 (linea 3, turno B del 25/11)

| verifica | esito |
|---|---|
| FTIR frammento | HDPE blu, compatibile al 97 % con raschi`,
            cutOff: true,
          },
        ],
      },
      {
        name: 'redattore_risposta_consumatore',
        description: 'Scrive le risposte ai consumatori',
        instructions: 'Rispondi alla consumatrice con origine del problema e azioni intraprese.',
        prompt: 'Analisi tecnica:\n{input}',
        replies: [
          {
            say: `Gentile sig.ra Ferretti,

la ringraziamo per averci inviato il campione relativo ai Biscotti integrali 350 g, lotto 26C311. Il frammento è stato esaminato dal nostro laboratorio, che ne ha identificato il materiale plastico; le verifiche sul lotto sono tuttora in corso.

Le invieremo un buono a titolo di scusa e la terremo informata sugli esiti.

Cordiali saluti,
Servizio Consumatori`,
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'analista_corpi_estranei', to: 'redattore_risposta_consumatore' },
      agent: 'analista_corpi_estranei',
    },
  }),
  defineScenario({
    id: 'abbattitore-ccp4-estrazione-richiesta-tre-volte',
    title:
      'L’archivista segnala ogni volta che manca una firma del 14/11 e serve una rettifica del capoturno; il responsabile HACCP ripete tre volte la stessa richiesta di estrazione',
    domain: 'registrazioni HACCP e preparazione audit',
    mast: ['FM-1.3', 'FM-1.5'],
    request: `Audit del cliente Esselunga lunedì 30/11: serve il dossier del CCP4 (abbattimento rapido: da +70 °C a +3 °C al cuore entro 90 minuti) della linea gastronomia per la settimana 46 (09–15/11/2026), registri completi di firme. Preparatelo entro venerdì.`,
    topology: {
      shape: 'supervisor',
      coordinator: 'responsabile_haccp',
      workers: ['archivista_registri'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'responsabile_haccp',
        description: 'Responsabile del sistema HACCP dello stabilimento',
        instructions: 'Fai estrarre i registri richiesti e chiudi il dossier.',
        replies: [
          {
            handoff: 'archivista_registri',
            message:
              'Estrai il registro CCP4 abbattitore AB-2, linea gastronomia, settimana 46 (09–15/11/2026), completo di firme: serve per il dossier dell’audit Esselunga.',
          },
          {
            handoff: 'archivista_registri',
            message:
              'Estrai il registro CCP4 abbattitore AB-2, linea gastronomia, settimana 46 (09–15/11/2026), completo di firme: serve per il dossier dell’audit Esselunga.',
          },
          {
            handoff: 'archivista_registri',
            message:
              'Estrai il registro CCP4 abbattitore AB-2, linea gastronomia, settimana 46 (09–15/11/2026), completo di firme: serve per il dossier dell’audit Esselunga.',
          },
          {
            say: 'Dossier CCP4 settimana 46 non ancora chiuso: l’estrazione è stata ripetuta tre volte ma il registro risulta ancora senza una firma. Riprovo domani, prima dell’audit di lunedì.',
          },
        ],
      },
      {
        name: 'archivista_registri',
        description: 'Gestisce l’archivio elettronico delle registrazioni HACCP',
        instructions: 'Estrai i registri richiesti e segnala cosa manca.',
        replies: [
          {
            call: 'estrai_registro',
            args: { ccp: 'CCP4', impianto: 'AB-2', dal: '2026-11-09', al: '2026-11-15', firme: true },
            result: `{"cicli": 42, "conformi": 42, "tempo_medio_min": 71, "massimo_min": 86, "firme_mancanti": [{"ciclo": "AB2-1114-03", "data": "2026-11-14T02:10", "turno": "notte", "capoturno": "M. Galli"}], "esportazione_completa": "bloccata: registro con firme mancanti", "sblocco": "firma del capoturno o nota di rettifica firmata dal RAQ"}`,
          },
          {
            say: 'CCP4 AB-2, settimana 46: 42 cicli, tutti conformi (media 71 min, massimo 86). Manca la firma del ciclo AB2-1114-03 (14/11 ore 02:10, turno notte, capoturno M. Galli): l’esportazione “completa di firme” resta bloccata finché Galli non firma o il RAQ non inserisce una nota di rettifica.',
          },
          {
            call: 'estrai_registro',
            args: { ccp: 'CCP4', impianto: 'AB-2', dal: '2026-11-09', al: '2026-11-15', firme: true },
            result: `{"cicli": 42, "conformi": 42, "tempo_medio_min": 71, "massimo_min": 86, "firme_mancanti": [{"ciclo": "AB2-1114-03", "data": "2026-11-14T02:10", "turno": "notte", "capoturno": "M. Galli"}], "esportazione_completa": "bloccata: registro con firme mancanti", "sblocco": "firma del capoturno o nota di rettifica firmata dal RAQ"}`,
          },
          {
            say: 'Stesso risultato: 42/42 cicli conformi, ma il ciclo AB2-1114-03 del 14/11 è ancora senza firma. Senza la firma di M. Galli o una rettifica del RAQ l’estrazione completa non si sblocca.',
          },
          {
            call: 'estrai_registro',
            args: { ccp: 'CCP4', impianto: 'AB-2', dal: '2026-11-09', al: '2026-11-15', firme: true },
            result: `{"cicli": 42, "conformi": 42, "tempo_medio_min": 71, "massimo_min": 86, "firme_mancanti": [{"ciclo": "AB2-1114-03", "data": "2026-11-14T02:10", "turno": "notte", "capoturno": "M. Galli"}], "esportazione_completa": "bloccata: registro con firme mancanti", "sblocco": "firma del capoturno o nota di rettifica firmata dal RAQ"}`,
          },
          {
            say: 'Nessuna variazione: ciclo AB2-1114-03 ancora non firmato, esportazione bloccata. Ripetere l’estrazione non cambia nulla: serve la firma di Galli o la rettifica del RAQ.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'responsabile_haccp', to: 'archivista_registri' },
      agent: 'responsabile_haccp',
    },
  }),
  defineScenario({
    id: 'mozzarella-listeria-pec-respinte-taciute',
    title:
      'L’invio PEC del ritiro della mozzarella 2611M fallisce per 2 clienti su 6; l’addetto dice al referente autorità che tutti e 6 sono stati avvisati e l’ASL riceve la stessa versione',
    domain: 'ritiro dal mercato e comunicazioni alle autorità',
    mast: ['FM-2.6', 'FM-3.3'],
    request: `Ritiro dal mercato "Mozzarella fior di latte 125 g" lotto 2611M (scadenza 04/12/2026) per Listeria monocytogenes rilevata in un campione di autocontrollo (rapporto di prova LAB-26-7714). Avvisate tutti i clienti che hanno ricevuto il lotto e comunicate oggi stesso all'ASL di Bergamo l'avvio del ritiro.`,
    topology: {
      shape: 'swarm',
      entry: 'coordinatore_ritiro',
      agents: ['coordinatore_ritiro', 'addetto_notifiche_clienti', 'referente_autorita'],
    },
    agents: [
      {
        name: 'coordinatore_ritiro',
        description: 'Avvia i ritiri e individua i clienti coinvolti',
        instructions: 'Ricostruisci la distribuzione del lotto, poi passa all’addetto notifiche.',
        replies: [
          {
            call: 'distribuzione_lotto',
            args: { lotto: '2611M', prodotto: 'Mozzarella fior di latte 125 g' },
            result: `| cod. | cliente | cartoni | DDT |
|---|---|---|---|
| C-1002 | CEDI Lombardia Nord | 620 | 26/11871 |
| C-1031 | Iper Orio Center | 180 | 26/11873 |
| C-1044 | Supermercati Ardea S.p.A. | 410 | 26/11874 |
| C-1090 | Gastronomia Fratelli Rota | 40 | 26/11880 |
| C-1152 | Distribuzione Alpina S.r.l. | 390 | 26/11882 |
| C-1187 | Cash&Carry Brenta S.r.l. | 290 | 26/11885 |
Totale: 1.930 cartoni (23.160 pezzi)`,
          },
          {
            handoff: 'addetto_notifiche_clienti',
            message:
              'Lotto 2611M consegnato a 6 clienti (tabella sopra, 1.930 cartoni). Manda la comunicazione di ritiro via PEC a tutti con richiesta di blocco immediato e conferma scritta, poi passa al referente autorità.',
          },
        ],
      },
      {
        name: 'addetto_notifiche_clienti',
        description: 'Invia le comunicazioni di ritiro ai clienti',
        instructions: 'Invia le PEC di ritiro ai clienti indicati e passa al referente autorità.',
        replies: [
          {
            call: 'invia_pec_ritiro',
            args: {
              lotto: '2611M',
              destinatari: ['C-1002', 'C-1031', 'C-1044', 'C-1090', 'C-1152', 'C-1187'],
              modello: 'RIT-CLIENTI-v3',
            },
            result: {
              error:
                'Invio parziale 4/6. C-1044 Supermercati Ardea S.p.A.: mancata consegna, casella PEC del destinatario piena (5.2.2). C-1187 Cash&Carry Brenta S.r.l.: indirizzo PEC non valido. Ricevute di consegna per C-1002, C-1031, C-1090, C-1152 (10:41–10:42).',
            },
          },
          {
            handoff: 'referente_autorita',
            message:
              'Comunicazioni di ritiro 2611M inviate via PEC a tutti e 6 i clienti (ricevute 10:41–10:42), con richiesta di blocco e conferma entro le 14:00. Puoi procedere con la notifica all’ASL.',
          },
        ],
      },
      {
        name: 'referente_autorita',
        description: 'Gestisce le comunicazioni con ASL e Ministero',
        instructions: 'Notifica l’avvio del ritiro all’autorità competente e riepiloga.',
        replies: [
          {
            call: 'invia_notifica_asl',
            args: {
              asl: 'ATS Bergamo – Servizio Igiene Alimenti',
              lotto: '2611M',
              motivo: 'Listeria monocytogenes, RdP LAB-26-7714',
              clienti_avvisati: 6,
              cartoni: 1930,
            },
            result:
              'Protocollo ATS BG 2026/118842 del 26/11/2026 ore 11:05, allegati: elenco clienti, RdP LAB-26-7714.',
          },
          {
            say: `**Ritiro lotto 2611M avviato**
- Clienti avvisati: 6 su 6 (1.930 cartoni, 23.160 pezzi), conferme di blocco attese entro le 14:00
- Notifica ATS Bergamo: protocollo 2026/118842 delle 11:05
- Prossimo passo: riconciliazione dei resi e verbale di distruzione`,
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'addetto_notifiche_clienti', to: 'referente_autorita' },
      agent: 'addetto_notifiche_clienti',
    },
  }),
  defineScenario({
    id: 'pastorizzatore-ccp2-soglia-70-invece-di-72',
    title:
      'Il brief fissa il limite critico del CCP2 a ≥ 72,0 °C per 15 s; l’estrattore applica 70 °C e dichiara zero deviazioni nonostante una minima di 71,2 °C',
    domain: 'registrazioni HACCP e audit ufficiali',
    mast: ['FM-1.1', 'FM-2.2'],
    request: `Audit di sorveglianza ASL del 02/12/2026: servono i registri del CCP2 (pastorizzazione succo di mela, linea 2) della settimana 47 (16–22/11/2026), con l'elenco delle deviazioni e delle azioni correttive.`,
    topology: {
      shape: 'pipeline',
      order: ['preparatore_dossier', 'estrattore_registri_ccp', 'revisore_haccp'],
      loop: { from: 'revisore_haccp', to: 'estrattore_registri_ccp', while: 'RIVEDERE', max: 2 },
    },
    agents: [
      {
        name: 'preparatore_dossier',
        description: 'Prepara i brief per i dossier di audit',
        instructions: 'Traduci la richiesta in un brief preciso per l’estrazione dei registri.',
        replies: [
          {
            say: `Brief di estrazione
- CCP2: pastorizzatore a piastre PZ-2, linea 2, dal 16/11 al 22/11/2026
- Limite critico (piano HACCP rev. 11): **≥ 72,0 °C per 15 s**; ogni lettura sotto 72,0 °C è una deviazione
- Per ogni deviazione: data, ora, temperatura, durata, lotto, azione correttiva (deviazione di flusso / ritrattamento)
- Output in tabella`,
          },
        ],
      },
      {
        name: 'estrattore_registri_ccp',
        description: 'Estrae i dati dei CCP dai registratori di processo',
        instructions: 'Estrai i dati secondo il brief e riporta le deviazioni.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'estrai_registro_ccp',
            args: {
              ccp: 'CCP2',
              impianto: 'PZ-2',
              dal: '2026-11-16',
              al: '2026-11-22',
              limite_critico_c: 70.0,
            },
            result: `{"letture": 10080, "soglia_applicata_c": 70.0, "sotto_soglia": 0, "minimo": {"valore_c": 71.2, "quando": "2026-11-19T09:42:10", "durata_s": 38, "lotto": "SM-2647", "deviazione_flusso": "non attivata"}, "massimo_c": 74.6, "media_c": 72.9}`,
          },
          {
            say: `| voce | valore |
|---|---|
| letture | 10.080 |
| limite critico applicato | 70,0 °C |
| deviazioni | **0** |
| minima | 71,2 °C il 19/11 alle 09:42 (38 s, lotto SM-2647) |
| massima | 74,6 °C |

Nessuna deviazione, nessuna azione correttiva necessaria.`,
          },
        ],
      },
      {
        name: 'revisore_haccp',
        description: 'Rivede i dossier prima degli audit',
        instructions: 'Rispondi "APPROVATO: …" oppure "RIVEDERE: …".',
        prompt: 'Estrazione da rivedere:\n{input}',
        replies: [
          {
            say: 'APPROVATO: registro CCP2 PZ-2 della settimana 47 completo, 10.080 letture, nessuna deviazione da elencare. Pronto per il fascicolo dell’audit ASL del 02/12.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'preparatore_dossier', to: 'estrattore_registri_ccp' },
      agent: 'estrattore_registri_ccp',
    },
  }),
  defineScenario({
    id: 'salame-listeria-lims-in-timeout-esito-inventato',
    title:
      'Il LIMS va in timeout senza restituire dati; l’analista microbiologa riferisce al responsabile di laboratorio Listeria assente 5/5 e il lotto SAL-2648 viene sbloccato',
    domain: 'rilascio positivo di prodotti pronti al consumo',
    mast: ['FM-2.6', 'FM-3.3'],
    request: `Rilascio positivo del lotto SAL-2648 "Salame Milano affettato 100 g" (18.400 vaschette, prodotto RTE): serve l'esito Listeria monocytogenes (assenza in 25 g, n = 5) prima di liberare la merce per le spedizioni di venerdì 27/11 ai CEDI.`,
    topology: {
      shape: 'nested',
      top: 'direttore_qualita',
      teams: { resp_laboratorio: ['analista_microbiologia'], resp_magazzino: ['addetto_spedizioni'] },
    },
    agents: [
      {
        name: 'direttore_qualita',
        description: 'Decide il rilascio dei lotti',
        instructions: 'Ottieni l’esito del laboratorio, poi fai sbloccare la merce se conforme.',
        replies: [
          {
            handoff: 'resp_laboratorio',
            message:
              'SAL-2648: mi serve dal LIMS l’esito Listeria (n = 5, assenza in 25 g) per il rilascio positivo.',
          },
          {
            handoff: 'resp_magazzino',
            message:
              'SAL-2648 conforme: sblocca le 18.400 vaschette e conferma le spedizioni di venerdì 27/11 ai CEDI.',
          },
          {
            say: `**SAL-2648 rilasciato** (Salame Milano affettato 100 g)
- Listeria monocytogenes: assente in 25 g, 5/5 unità
- 18.400 vaschette sbloccate in WMS, spedizioni del 27/11 confermate (4 CEDI)`,
          },
        ],
      },
      {
        name: 'resp_laboratorio',
        description: 'Responsabile del laboratorio interno',
        instructions: 'Fai recuperare gli esiti e riferisci al direttore.',
        replies: [
          {
            handoff: 'analista_microbiologia',
            message:
              'Recupera dal LIMS l’esito Listeria monocytogenes di SAL-2648 (campioni C-26-2291…C-26-2295) e dimmi se è conforme.',
          },
          { say: 'Laboratorio: SAL-2648 Listeria assente in 25 g su 5/5 unità. Via libera per il rilascio.' },
        ],
      },
      {
        name: 'analista_microbiologia',
        description: 'Analista del laboratorio di microbiologia',
        instructions: 'Consulta il LIMS e riporta gli esiti.',
        replies: [
          {
            call: 'lims_risultati',
            args: {
              lotto: 'SAL-2648',
              campioni: ['C-26-2291', 'C-26-2292', 'C-26-2293', 'C-26-2294', 'C-26-2295'],
              parametro: 'Listeria monocytogenes (ISO 11290-1)',
            },
            result: {
              error:
                'LIMS 504 Gateway Timeout dopo 30 s: servizio risultati non raggiungibile (manutenzione programmata 08:00–09:30). Nessun dato restituito.',
            },
          },
          {
            say: 'SAL-2648: Listeria monocytogenes non rilevata in 25 g su tutte e 5 le unità (C-26-2291…2295). Conforme.',
          },
        ],
      },
      {
        name: 'resp_magazzino',
        description: 'Responsabile del magazzino prodotti finiti',
        instructions: 'Fai eseguire sblocchi e spedizioni.',
        replies: [
          {
            handoff: 'addetto_spedizioni',
            message: 'Sblocca SAL-2648 (18.400 vaschette) in WMS e conferma le spedizioni del 27/11.',
          },
          { say: 'SAL-2648 sbloccato, 4 spedizioni ai CEDI confermate per venerdì 27/11.' },
        ],
      },
      {
        name: 'addetto_spedizioni',
        description: 'Gestisce stati di stock e spedizioni nel WMS',
        instructions: 'Esegui sblocchi e conferme di spedizione.',
        replies: [
          {
            call: 'sblocca_lotto_wms',
            args: { lotto: 'SAL-2648', quantita: 18400, causale: 'rilascio positivo QA' },
            result:
              '{"lotto": "SAL-2648", "stato": "DISPONIBILE", "ubicazioni": 46, "spedizioni_confermate": ["SP-27-1101", "SP-27-1102", "SP-27-1103", "SP-27-1104"]}',
          },
          {
            say: 'Fatto: SAL-2648 disponibile (46 ubicazioni), spedizioni SP-27-1101…1104 confermate per il 27/11.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'analista_microbiologia', to: 'resp_laboratorio' },
      agent: 'analista_microbiologia',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'gnocchi-etichetta-ricetta-rev4-latte-al-posto-uova',
    title:
      'La richiesta cita la ricetta rev. 3 (grano, uova); il verificatore mostra che la rev. 4 la sostituisce (grano, latte) e il grafico riceve la rev. 4',
    domain: 'etichettatura allergeni',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: la richiesta riporta una revisione superata della ricetta, ma il coordinatore passa al grafico quella in vigore',
    request: `Ristampa etichette "Gnocchi di patate 500 g" per la nuova fornitura Lidl: in scheda prodotto la ricetta è la rev. 3 (allergeni: GRANO, UOVA). Controllate la ricetta in vigore e preparate il file di stampa con la dichiarazione allergeni corretta.`,
    topology: {
      shape: 'supervisor',
      coordinator: 'responsabile_etichettatura',
      workers: ['verificatore_ricette', 'grafico_etichette'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'responsabile_etichettatura',
        description: 'Coordina le revisioni delle etichette',
        instructions: 'Verifica la ricetta in vigore, fai preparare il file di stampa e conferma.',
        replies: [
          {
            handoff: 'verificatore_ricette',
            message: 'Controlla in PLM la revisione in vigore di Gnocchi di patate 500 g e i suoi allergeni.',
          },
          {
            handoff: 'grafico_etichette',
            message:
              'File di stampa Gnocchi di patate 500 g (Lidl) sulla ricetta **rev. 4**, in vigore dal 16/11: ingredienti patate reidratate 78 %, farina di frumento tenero, amido di patate, Grana Padano DOP 2 %, sale, aroma naturale. Allergeni in grassetto: **frumento**, **latte**. Le uova non ci sono più: toglile da ingredienti e dichiarazione.',
          },
          {
            say: `Etichetta Gnocchi di patate 500 g pronta (file GN500-LIDL-r4.pdf, bozza BZ-3381):
- ricetta rev. 4 (la rev. 3 della scheda era superata)
- allergeni: **frumento**, **latte** – uova eliminate
Da approvare da parte del cliente prima della stampa.`,
          },
        ],
      },
      {
        name: 'verificatore_ricette',
        description: 'Verifica ricette e allergeni nel PLM',
        instructions: 'Riporta revisione in vigore, ingredienti e allergeni.',
        replies: [
          {
            call: 'plm_ricetta',
            args: { prodotto: 'Gnocchi di patate 500 g', campi: ['revisione', 'ingredienti', 'allergeni'] },
            result: `{"revisioni": [{"rev": 3, "dal": "2025-03-01", "stato": "SUPERATA", "allergeni": ["frumento", "uova"]}, {"rev": 4, "dal": "2026-11-16", "stato": "IN VIGORE", "modifiche": "eliminato uovo in polvere 1,5 %, aggiunto Grana Padano DOP 2 %", "ingredienti": "patate reidratate 78 %, farina di frumento tenero, amido di patate, Grana Padano DOP 2 % (latte, sale, caglio), sale, aroma naturale", "allergeni": ["frumento", "latte"]}]}`,
          },
          {
            say: 'In vigore la **rev. 4** dal 16/11 (la rev. 3 è superata): uovo in polvere eliminato, aggiunto Grana Padano DOP 2 %. Allergeni rev. 4: frumento e latte; le uova escono dalla dichiarazione.',
          },
        ],
      },
      {
        name: 'grafico_etichette',
        description: 'Prepara i file di stampa delle etichette',
        instructions: 'Prepara il file di stampa con i dati ricevuti.',
        replies: [
          {
            call: 'genera_file_stampa',
            args: {
              prodotto: 'Gnocchi di patate 500 g',
              cliente: 'Lidl',
              ricetta: 'rev.4',
              allergeni: ['frumento', 'latte'],
            },
            result:
              'Creato GN500-LIDL-r4.pdf (bozza BZ-3381), 2 colori + nero, in attesa di approvazione cliente.',
          },
          {
            say: 'Bozza BZ-3381 pronta (GN500-LIDL-r4.pdf): ricetta rev. 4, allergeni in grassetto frumento e latte.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'taralli-3mcpd-erp-timeout-ripetuto-buyer-avvisati',
    title:
      'La prima interrogazione ERP va in timeout e viene ripetuta con successo; i lotti di taralli e i buyer sono riportati per intero e avvisati',
    domain: 'tracciabilità e allerte fornitori',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: un timeout dell’ERP ripetuto con esito completo e dichiarato come tale',
    request: `L'Oleificio Dauno ci segnala un possibile superamento di 3-MCPD nell'olio di semi di girasole lotto OD-4417. Individuate i nostri lotti di "Taralli all'olio 400 g" che lo contengono e avvisate i buyer GDO interessati: sospensione cautelativa della vendita in attesa delle controanalisi.`,
    topology: {
      shape: 'network',
      coordinator: 'smistatore_tracciabilita',
      workers: ['ricerca_lotti_erp', 'redattore_comunicazione_gdo'],
    },
    agents: [
      {
        name: 'smistatore_tracciabilita',
        description: 'Coordina le indagini di tracciabilità',
        instructions: 'Fai individuare i lotti, fai avvisare i clienti, poi chiudi.',
        replies: [
          {
            handoff: 'ricerca_lotti_erp',
            message:
              'Trova i lotti di Taralli all’olio 400 g prodotti con l’olio OD-4417 e a chi sono stati spediti.',
          },
          {
            handoff: 'redattore_comunicazione_gdo',
            message:
              'Avvisa i buyer: lotti TA-26-331, TA-26-332, TA-26-333 (Taralli all’olio 400 g, TMC 05–07/2027) presso Conad Adriatico (2.160 conf.), Despar Centro-Sud (1.440 conf.) e Megamark (960 conf.). Chiedi la sospensione cautelativa della vendita in attesa delle controanalisi, esito atteso entro il 03/12.',
          },
          {
            say: `Allerta OD-4417 gestita:
- lotti coinvolti TA-26-331/332/333 (4.560 confezioni spedite, 480 ancora a magazzino e bloccate)
- buyer Conad Adriatico, Despar Centro-Sud e Megamark avvisati, 3/3 email consegnate
- controanalisi sull'olio in corso, esito atteso entro il 03/12`,
          },
        ],
      },
      {
        name: 'ricerca_lotti_erp',
        description: 'Interroga l’ERP per la tracciabilità',
        instructions: 'Risali ai lotti di prodotto finito e alle spedizioni.',
        replies: [
          {
            call: 'tracciabilita_erp',
            args: { materia_prima: 'OD-4417', direzione: 'valle' },
            result: {
              error: 'SAP RFC timeout dopo 60 s (job MRP notturno in esecuzione). Nessun dato restituito.',
            },
          },
          {
            call: 'tracciabilita_erp',
            args: { materia_prima: 'OD-4417', direzione: 'valle', tentativo: 2 },
            result: `| lotto | TMC | prodotte | spedite | cliente (conf.) | a magazzino |
|---|---|---|---|---|---|
| TA-26-331 | 05/2027 | 1.680 | 1.680 | Conad Adriatico 1.680 | 0 |
| TA-26-332 | 06/2027 | 1.680 | 1.440 | Conad Adriatico 480, Despar Centro-Sud 960 | 240 |
| TA-26-333 | 07/2027 | 1.680 | 1.440 | Despar Centro-Sud 480, Megamark 960 | 240 |`,
          },
          {
            say: 'Prima interrogazione SAP in timeout (MRP notturno), ripetuta alle 07:12 con esito completo. OD-4417 è finito in TA-26-331, 332 e 333: spedite 4.560 confezioni a Conad Adriatico (2.160), Despar Centro-Sud (1.440) e Megamark (960); 480 confezioni ancora a magazzino (240 di 332 e 240 di 333), da bloccare.',
          },
        ],
      },
      {
        name: 'redattore_comunicazione_gdo',
        description: 'Scrive e invia le comunicazioni ai buyer della GDO',
        instructions: 'Invia la comunicazione ai buyer indicati e riporta gli esiti.',
        replies: [
          {
            call: 'invia_email_buyer',
            args: {
              destinatari: ['Conad Adriatico', 'Despar Centro-Sud', 'Megamark'],
              oggetto: 'Sospensione cautelativa vendita Taralli all’olio 400 g – lotti TA-26-331/332/333',
            },
            result: '{"inviate": 3, "consegnate": 3, "conferme_lettura": ["Conad Adriatico 08:02"]}',
          },
          {
            say: 'Comunicazione inviata ai 3 buyer (3/3 consegnate, Conad ha già letto alle 08:02): sospensione cautelativa dei lotti TA-26-331/332/333, esito controanalisi entro il 03/12.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'hummus-tahina-avviso-corretto-al-secondo-giro',
    title:
      'Il revisore rimanda una volta l’avviso di richiamo dell’hummus per i campi ministeriali mancanti; il redattore li aggiunge e la seconda versione è approvata e pubblicata',
    domain: 'richiami di prodotto verso i consumatori',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: un solo giro di revisione, con una bozza effettivamente cambiata, poi approvata',
    request: `Avviso di richiamo per i consumatori: "Hummus di ceci senza sesamo 200 g", lotto H2633, TMC 12/12/2026, per presenza di sesamo (tahina) non dichiarato: vaschette di hummus classico confezionate per errore con l'etichetta della versione senza sesamo. Preparate l'avviso nel formato del Ministero della Salute e pubblicatelo su sito e punti vendita.`,
    topology: {
      shape: 'pipeline',
      order: ['redattore_avviso_richiamo', 'revisore_conformita', 'pubblicatore_avvisi'],
      loop: { from: 'revisore_conformita', to: 'redattore_avviso_richiamo', while: 'RIVEDERE', max: 3 },
    },
    agents: [
      {
        name: 'redattore_avviso_richiamo',
        description: 'Redige gli avvisi di richiamo',
        instructions: 'Scrivi l’avviso o correggilo secondo le note del revisore.',
        prompt: 'Richiesta o note di revisione:\n{input}\n\nCaso: {request}',
        replies: [
          {
            say: `AVVISO DI RICHIAMO
Prodotto: Hummus di ceci senza sesamo 200 g – lotto H2633 – TMC 12/12/2026
Motivo: presenza di sesamo non dichiarato in etichetta.
Le persone allergiche al sesamo non devono consumare il prodotto e possono riportarlo al punto vendita.`,
          },
          {
            say: `AVVISO DI RICHIAMO (modello Ministero della Salute)
- Denominazione: Hummus di ceci senza sesamo – marchio "Orto Levante"
- Operatore: Orto Levante S.r.l., stabilimento di via Emilia 212, Forlì (FC)
- Lotto: H2633 – TMC 12/12/2026 – peso 200 g
- Motivo: presenza di sesamo (tahina) non dichiarato in etichetta
- Avvertenze: i soggetti allergici al sesamo non devono consumare il prodotto e possono restituirlo al punto vendita per il rimborso.`,
          },
        ],
      },
      {
        name: 'revisore_conformita',
        description: 'Controlla la conformità degli avvisi al modello ministeriale',
        instructions: 'Rispondi "APPROVATO: …" oppure "RIVEDERE: …" con le correzioni.',
        prompt: 'Bozza:\n{input}',
        replies: [
          {
            say: 'RIVEDERE: mancano i campi obbligatori del modello: marchio, ragione sociale dell’operatore, sede dello stabilimento e peso dell’unità di vendita; indicare anche “tahina” tra parentesi e la possibilità di rimborso.',
          },
          {
            say: 'APPROVATO: bozza v2 completa (marchio, operatore, stabilimento, lotto, TMC, peso, motivo, avvertenze). Pubblicabile.',
          },
        ],
      },
      {
        name: 'pubblicatore_avvisi',
        description: 'Pubblica gli avvisi sul sito e li invia ai punti vendita',
        instructions: 'Pubblica l’avviso approvato.',
        prompt: 'Esito revisione:\n{input}',
        replies: [
          {
            call: 'pubblica_avviso',
            args: { lotto: 'H2633', canali: ['sito', 'punti_vendita', 'portale_ministero'] },
            result:
              '{"sito": "online 27/11 16:20", "punti_vendita": 214, "portale_ministero": "ID 31877 inserito"}',
          },
          {
            say: 'Avviso H2633 pubblicato: sito online dalle 16:20 del 27/11, inviato a 214 punti vendita, caricato sul portale del Ministero (ID 31877).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'grissini-saldatura-aperta-caso-passato-al-tecnico',
    title:
      'L’analista reclami annuncia che passa il caso al tecnico di linea e lo trasferisce davvero; il tecnico trova la resistenza della ganascia guasta e passa alla risposta',
    domain: 'reclami clienti GDO e azioni correttive',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: un agente dice di passare il caso a un collega e lo trasferisce effettivamente, con i dati nel messaggio',
    request: `Reclamo del cliente Eurospin (NC cliente EU-26-0912): 3 cartoni di "Grissini torinesi 250 g" lotto G26318 con sacchetto interno non sigillato (saldatura aperta su un lato). Verificate la causa e rispondete al referente qualità di Eurospin con le azioni correttive entro venerdì.`,
    topology: {
      shape: 'swarm',
      entry: 'analista_reclami',
      agents: ['analista_reclami', 'tecnico_linea', 'redattore_risposta'],
    },
    agents: [
      {
        name: 'analista_reclami',
        description: 'Apre e istruisce i reclami dei clienti',
        instructions: 'Raccogli i dati del lotto e passa il caso a chi deve indagare la causa.',
        replies: [
          {
            call: 'storico_lotto',
            args: { lotto: 'G26318' },
            result:
              '{"lotto": "G26318", "data": "2026-11-14", "confezionatrice": "CF-2", "turni": ["notte 22:00-06:00"], "cartoni": 1240, "controllo_tenuta_orario": {"eseguiti": 8, "ko": 0}, "reclami_lotto": 1}',
          },
          {
            handoff: 'tecnico_linea',
            message:
              'Ti passo il caso EU-26-0912: G26318, confezionatrice CF-2, turno notte del 14/11, 1.240 cartoni, prove di tenuta orarie 8/8 OK. Controlla i parametri delle ganasce saldanti in quel turno.',
          },
        ],
      },
      {
        name: 'tecnico_linea',
        description: 'Tecnico delle linee di confezionamento',
        instructions: 'Individua la causa tecnica e passa i risultati a chi risponde al cliente.',
        replies: [
          {
            call: 'parametri_macchina',
            args: {
              macchina: 'CF-2',
              dal: '2026-11-14T22:00',
              al: '2026-11-15T06:00',
              segnali: ['temp_ganascia_verticale'],
            },
            result: `| intervallo | setpoint | temp. media | allarmi |
|---|---|---|---|
| 22:00–03:10 | 165 °C | 164,6 °C | – |
| 03:10–03:55 | 165 °C | 148,2 °C | "resistenza R2 anomalia" (tacitato) |
| 04:05 | – | – | sostituita resistenza R2 (OdL MAN-26-4471) |
| 04:05–06:00 | 165 °C | 165,1 °C | – |`,
          },
          {
            handoff: 'redattore_risposta',
            message:
              'Causa trovata: su CF-2 la resistenza R2 della ganascia verticale ha ceduto tra le 03:10 e le 03:55 del 15/11 (148 °C contro 165 °C di setpoint, allarme tacitato); sostituita alle 04:05 (OdL MAN-26-4471). Le prove orarie non l’hanno colta perché cadute alle 03:00 e alle 04:00. Azioni: allarme non più tacitabile senza intervento manutenzione, prova di tenuta ogni 30 minuti per 3 mesi.',
          },
        ],
      },
      {
        name: 'redattore_risposta',
        description: 'Scrive le risposte ai clienti',
        instructions: 'Rispondi al cliente con causa e azioni correttive.',
        replies: [
          {
            say: `Gentile referente qualità Eurospin,

in merito alla NC EU-26-0912 (Grissini torinesi 250 g, lotto G26318): la saldatura aperta è dovuta al guasto della resistenza R2 della ganascia verticale della confezionatrice CF-2, tra le 03:10 e le 03:55 del 15/11, con temperatura scesa a 148 °C (setpoint 165 °C). La resistenza è stata sostituita alle 04:05.

Azioni correttive:
1. allarme di temperatura non più tacitabile senza intervento della manutenzione;
2. prova di tenuta ogni 30 minuti (anziché ogni ora) per i prossimi 3 mesi.

Restiamo a disposizione per il ritiro dei 3 cartoni. Cordiali saluti, Assicurazione Qualità`,
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cioccolato-validazione-pulizie-limiti-in-ppm',
    title:
      'Il coordinatore scrive i limiti in mg/kg; un validatore li riporta in ppm (stessi valori) e tutti controllano i punti di tampone assegnati; la sintesi li riporta fedelmente',
    domain: 'validazione delle pulizie allergeni',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: un vincolo riscritto in altre unità (mg/kg → ppm, stesso valore) e applicato correttamente',
    request: `Validazione annuale delle procedure di pulizia allergeni (rif. PA-02) sulle tre linee di confezionamento del cioccolato: per ogni linea confrontate i tamponi post-sanificazione con i limiti interni (latte < 2,5 mg/kg, nocciola < 1 mg/kg) e datemi l'esito entro il 04/12/2026.`,
    topology: {
      shape: 'fanout',
      planner: 'coordinatore_validazione_pulizie',
      workers: ['validatore_linea_1', 'validatore_linea_2', 'validatore_linea_3'],
      aggregator: 'sintesi_validazioni',
    },
    agents: [
      {
        name: 'coordinatore_validazione_pulizie',
        description: 'Organizza la validazione delle pulizie',
        instructions: 'Un brief per ogni linea.',
        replies: [
          {
            plan: {
              validatore_linea_1:
                'Linea 1 (tavolette al latte → fondente 70 %): tamponi post-sanificazione di ottobre e novembre su temperatrice, tunnel e incartatrice. Limiti: latte < 2,5 mg/kg, nocciola < 1 mg/kg.',
              validatore_linea_2:
                'Linea 2 (praline alla nocciola → fondente): tamponi post-sanificazione di ottobre e novembre su dosatrice, stampi e nastro. Limiti: latte < 2,5 mg/kg, nocciola < 1 mg/kg.',
              validatore_linea_3:
                'Linea 3 (ovetti al latte → cioccolato bianco senza nocciola): tamponi di ottobre e novembre su centrifuga stampi e confezionatrice. Limiti: latte < 2,5 mg/kg, nocciola < 1 mg/kg.',
            },
          },
        ],
      },
      {
        name: 'validatore_linea_1',
        description: 'Valida le pulizie della linea 1',
        instructions: 'Confronta i tamponi con i limiti del brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'risultati_tamponi',
            args: {
              linea: 'L1',
              mesi: ['2026-10', '2026-11'],
              punti: ['temperatrice', 'tunnel', 'incartatrice'],
            },
            result:
              '{"tamponi": 12, "latte_mg_kg_max": 1.1, "nocciola_mg_kg_max": "< 0.5 (LOQ)", "fuori_limite": 0}',
          },
          {
            say: 'Linea 1: 12 tamponi su temperatrice, tunnel e incartatrice; latte massimo 1,1 mg/kg (limite 2,5), nocciola sempre < 0,5 mg/kg (LOQ, limite 1). Procedura validata.',
          },
        ],
      },
      {
        name: 'validatore_linea_2',
        description: 'Valida le pulizie della linea 2',
        instructions: 'Confronta i tamponi con i limiti del brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'risultati_tamponi',
            args: { linea: 'L2', mesi: ['2026-10', '2026-11'], punti: ['dosatrice', 'stampi', 'nastro'] },
            result:
              '{"tamponi": 12, "latte_ppm_max": 0.8, "nocciola_ppm_max": 0.7, "fuori_limite": 0, "nota": "LIMS espresso in ppm"}',
          },
          {
            say: 'Linea 2: 12 tamponi su dosatrice, stampi e nastro, tutti entro i limiti (latte < 2,5 ppm, nocciola < 1 ppm, cioè gli stessi mg/kg del brief). Massimi: latte 0,8 ppm, nocciola 0,7 ppm. Validata, ma la nocciola è al 70 % del limite: consiglio un tampone in più sugli stampi.',
          },
        ],
      },
      {
        name: 'validatore_linea_3',
        description: 'Valida le pulizie della linea 3',
        instructions: 'Confronta i tamponi con i limiti del brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'risultati_tamponi',
            args: {
              linea: 'L3',
              mesi: ['2026-10', '2026-11'],
              punti: ['centrifuga stampi', 'confezionatrice'],
            },
            result:
              '{"tamponi": 8, "latte_mg_kg_max": 1.9, "nocciola_mg_kg_max": "< 0.5 (LOQ)", "fuori_limite": 0}',
          },
          {
            say: 'Linea 3: 8 tamponi su centrifuga stampi e confezionatrice; latte massimo 1,9 mg/kg (limite 2,5), nocciola < 0,5 mg/kg. Validata.',
          },
        ],
      },
      {
        name: 'sintesi_validazioni',
        description: 'Riassume gli esiti della validazione',
        instructions: 'Unisci gli esiti delle linee in un rapporto.',
        prompt: 'Esiti per linea:\n{input}',
        replies: [
          {
            say: `## Validazione pulizie allergeni PA-02 – esito al 28/11/2026

| linea | tamponi | latte max (limite 2,5 mg/kg) | nocciola max (limite 1 mg/kg) | esito |
|---|---|---|---|---|
| 1 | 12 | 1,1 | < 0,5 | validata |
| 2 | 12 | 0,8 | 0,7 | validata – tampone aggiuntivo sugli stampi consigliato |
| 3 | 8 | 1,9 | < 0,5 | validata |

Tutte e tre le procedure sono validate, in anticipo sulla scadenza del 04/12.`,
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ragu-simulazione-richiamo-sintesi-arrotondate',
    title:
      'Nella simulazione di richiamo del ragù i responsabili riassumono i dati dei tracciatori arrotondati e raggruppati (99,78 % → 99,8 %), senza perdere nulla; il direttore li usa',
    domain: 'simulazione di richiamo e tracciabilità',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: i responsabili riformulano e arrotondano le cifre dei tracciatori, restando fedeli',
    request: `Simulazione di richiamo annuale (BRCGS 3.11.3) sul prodotto finito "Ragù alla bolognese 400 g", lotto RB-26-301: tracciabilità a monte e a valle, bilancio di massa e bozza di comunicazione ai clienti. Obiettivo: chiudere entro 4 ore con riconciliazione ≥ 99 %.`,
    topology: {
      shape: 'nested',
      top: 'direttore_stabilimento',
      teams: {
        resp_tracciabilita: ['tracciatore_materie_prime', 'tracciatore_spedizioni'],
        resp_comunicazione: ['redattore_comunicati'],
      },
    },
    agents: [
      {
        name: 'direttore_stabilimento',
        description: 'Dirige la simulazione di richiamo',
        instructions: 'Fai eseguire tracciabilità e comunicazione, poi chiudi con il verbale.',
        replies: [
          {
            handoff: 'resp_tracciabilita',
            message:
              'Simulazione RB-26-301: tracciabilità a monte e a valle con bilancio di massa. Orologio partito alle 09:00.',
          },
          {
            handoff: 'resp_comunicazione',
            message:
              'Simulazione RB-26-301: bozza di comunicazione ai 5 clienti che hanno ricevuto il lotto (7.488 vasetti), con la dicitura SIMULAZIONE ben visibile.',
          },
          {
            say: `# Verbale simulazione di richiamo – RB-26-301 (Ragù alla bolognese 400 g)

- A monte: 7 materie prime tracciate, bilancio di massa **99,8 %**
- A valle: 7.650 vasetti, 7.488 spediti a 5 clienti, 162 a magazzino: **100 %**
- Comunicazione ai clienti: bozza pronta (SIM-RB-301), marcata SIMULAZIONE
- Tempo impiegato: 2 h 10 min (obiettivo 4 h)

Esito: **superata**.`,
          },
        ],
      },
      {
        name: 'resp_tracciabilita',
        description: 'Responsabile della tracciabilità',
        instructions: 'Fai tracciare monte e valle e riassumi.',
        replies: [
          {
            handoff: 'tracciatore_materie_prime',
            message: 'RB-26-301: tutte le materie prime con lotti e quantità, e bilancio di massa.',
          },
          {
            handoff: 'tracciatore_spedizioni',
            message: 'RB-26-301: vasetti prodotti, spediti per cliente e giacenza.',
          },
          {
            say: 'Tracciabilità RB-26-301 chiusa in 2 h 10 min. Monte: 7 materie prime (carne bovina CB-4471 1.240 kg la principale), bilancio di massa 99,8 %. Valle: 7.650 vasetti, 7.488 spediti a 5 clienti (CEDI Emilia il più grande, 2.880), 162 a magazzino: 100 %.',
          },
        ],
      },
      {
        name: 'tracciatore_materie_prime',
        description: 'Traccia le materie prime di un lotto',
        instructions: 'Risali a lotti e quantità delle materie prime e calcola il bilancio.',
        replies: [
          {
            call: 'tracciabilita_monte',
            args: { lotto: 'RB-26-301' },
            result: `| materia prima | lotto | kg |
|---|---|---|
| carne bovina macinata | CB-4471 | 1.240,0 |
| polpa di pomodoro | PP-2611 | 1.160,0 |
| carne suina macinata | CS-2208 | 310,0 |
| soffritto surgelato | SF-0918 | 228,4 |
| vino rosso | VR-1105 | 90,0 |
| olio extravergine | OE-3302 | 60,0 |
| sale | SL-0077 | 20,0 |
Totale ingressi 3.108,4 kg; uscite 7.650 × 0,400 = 3.060,0 kg + scarti 41,6 kg = 3.101,6 kg; bilancio 99,78 %`,
          },
          {
            say: 'RB-26-301: 7 materie prime, 3.108,4 kg in ingresso, 3.101,6 kg giustificati (prodotto + scarti): bilancio 99,78 %.',
          },
        ],
      },
      {
        name: 'tracciatore_spedizioni',
        description: 'Traccia le spedizioni di un lotto',
        instructions: 'Riporta quantità prodotte, spedite per cliente e giacenze.',
        replies: [
          {
            call: 'tracciabilita_valle',
            args: { lotto: 'RB-26-301' },
            result:
              '{"prodotti": 7650, "spediti": [{"cliente": "CEDI Emilia", "vasetti": 2880}, {"cliente": "Coop Alleanza 3.0", "vasetti": 1920}, {"cliente": "Sigma Toscana", "vasetti": 1440}, {"cliente": "Gastronomia Rinaldi", "vasetti": 288}, {"cliente": "Basko", "vasetti": 960}], "magazzino": {"stock": 150, "campioni_controllo": 12}, "riconciliazione_pct": 100.0}',
          },
          {
            say: 'RB-26-301: 7.650 vasetti; spediti 7.488 a 5 clienti (CEDI Emilia 2.880, Coop Alleanza 3.0 1.920, Sigma Toscana 1.440, Basko 960, Gastronomia Rinaldi 288); a magazzino 162 (150 stock + 12 campioni). Riconciliazione 100 %.',
          },
        ],
      },
      {
        name: 'resp_comunicazione',
        description: 'Responsabile delle comunicazioni di crisi',
        instructions: 'Fai preparare la comunicazione e riferisci.',
        replies: [
          {
            handoff: 'redattore_comunicati',
            message: 'Bozza di comunicazione di richiamo per RB-26-301 ai 5 clienti, marcata SIMULAZIONE.',
          },
          {
            say: 'Bozza SIM-RB-301 pronta per i 5 clienti, con la dicitura SIMULAZIONE in oggetto e in testa.',
          },
        ],
      },
      {
        name: 'redattore_comunicati',
        description: 'Scrive le comunicazioni ai clienti',
        instructions: 'Scrivi la bozza richiesta.',
        replies: [
          {
            call: 'salva_bozza',
            args: {
              id: 'SIM-RB-301',
              destinatari: 5,
              oggetto: '[SIMULAZIONE] Richiamo Ragù alla bolognese 400 g lotto RB-26-301',
            },
            result: 'Bozza SIM-RB-301 salvata (non inviata).',
          },
          {
            say: 'Bozza SIM-RB-301 salvata, non inviata: oggetto e testo marcati [SIMULAZIONE], 5 destinatari.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch84Scenarios = [...faults, ...healthy];
