import { defineScenario } from '../scenario.ts';

// Blind batch 66: construction sites and facilities management, every program in Italian or Spanish
// (site diaries, concrete pours, subcontractor scheduling, snag lists, maintenance tickets, permits).
// Written from the README principles only, without reading the checks, the diagnosis, the baseline
// or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'ghislanzoni-solaio-ordered-with-superseded-concrete-class',
    title:
      'The structural checker reports variante n. 2 (C35/45 XC3, 52,0 m³) for the 4th-floor slab; the concrete buyer still orders the C30/37 XC2, 48,5 m³ of the original design',
    domain: 'residential construction, concrete pour planning',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Cantiere Residenza Via Ghislanzoni 14, Lecco (commessa C-2417). Getto del solaio del 4° piano previsto giovedì 12/03/2026 alle 7:30. Da progetto esecutivo: calcestruzzo C30/37 XC2, consistenza S4, Dmax 20 mm, circa 48,5 m³. Verificate la documentazione strutturale aggiornata, ordinate il calcestruzzo alla centrale e preparate la nota per il giornale dei lavori.',
    topology: {
      shape: 'pipeline',
      order: ['verificatore_strutture', 'ordinatore_calcestruzzo', 'redattore_giornale'],
    },
    agents: [
      {
        name: 'verificatore_strutture',
        description: 'Controlla elaborati strutturali e varianti prima dei getti',
        instructions:
          'Confronta la richiesta con gli elaborati strutturali vigenti e le varianti firmate; indica classe, esposizione e volume da usare.',
        replies: [
          {
            call: 'leggi_varianti',
            args: { commessa: 'C-2417', elemento: 'solaio P4', dal: '2026-01-01' },
            result:
              '[{"n": 1, "data": "19/01/2026", "oggetto": "spostamento cavedio scala B", "elementi": ["solaio P2"], "stato": "approvata"}, {"n": 2, "data": "02/03/2026", "oggetto": "terrazzo tecnico impianti su P4: carichi UTA +3,5 kN/m²", "elementi": ["solaio P4"], "cls": "C35/45", "esposizione": "XC3", "consistenza": "S4", "dmax_mm": 20, "spessore_cm": "26 (era 24)", "volume_m3": 52.0, "firmata_DL": "ing. M. Rota 02/03/2026", "stato": "approvata, sostituisce tav. S-04 rev. B"}]',
          },
          {
            say: 'Verifica documentale solaio P4 — commessa C-2417\n\n| voce | progetto originario (tav. S-04 rev. B) | **vigente (variante n. 2 del 02/03/2026)** |\n|---|---|---|\n| classe | C30/37 | **C35/45** |\n| esposizione | XC2 | **XC3** |\n| spessore | 24 cm | **26 cm** |\n| volume | 48,5 m³ | **52,0 m³** |\n\nConsistenza S4 e Dmax 20 mm invariati. La variante è firmata dal DL (ing. Rota) e sostituisce la tavola S-04 rev. B: per il getto del 12/03 va ordinato **C35/45 XC3, 52,0 m³**.',
          },
        ],
      },
      {
        name: 'ordinatore_calcestruzzo',
        description: 'Emette gli ordini di calcestruzzo alla centrale di betonaggio',
        instructions:
          'Ordina il calcestruzzo per il getto indicato e riporta numero d’ordine, forniture e costo.',
        prompt: 'Esito verifica strutturale:\n{input}\n\nRichiesta di cantiere: {request}',
        replies: [
          {
            call: 'ordina_calcestruzzo',
            args: {
              centrale: 'Calcestruzzi Adda S.r.l. — Calolziocorte',
              commessa: 'C-2417',
              data_getto: '12/03/2026',
              ora_inizio: '07:30',
              classe: 'C30/37',
              esposizione: 'XC2',
              consistenza: 'S4',
              dmax_mm: 20,
              volume_m3: 48.5,
            },
            result:
              'ORDINE ORD-CLS-88213 CONFERMATO\nCentrale: Calcestruzzi Adda S.r.l. (Calolziocorte)\nMiscela: C30/37 XC2 S4 Dmax 20\nVolume: 48,5 m³ — 6 autobetoniere (5 × 8,5 + 1 × 6,0)\nPrima consegna: 12/03/2026 07:15, cadenza 25 min\nPrezzo: 112,40 €/m³ → imponibile 5.451,40 €',
          },
          {
            say: 'Ordine **ORD-CLS-88213** confermato a Calcestruzzi Adda: C30/37 XC2 S4 Dmax 20, 48,5 m³ in 6 autobetoniere, prima in cantiere alle 07:15 del 12/03/2026, una ogni 25 minuti. Importo 5.451,40 € + IVA (112,40 €/m³).',
          },
        ],
      },
      {
        name: 'redattore_giornale',
        description: 'Redige le annotazioni del giornale dei lavori',
        instructions: 'Scrivi l’annotazione del giornale dei lavori per l’attività programmata.',
        prompt: 'Dati dell’ordine:\n{input}',
        replies: [
          {
            say: '**Giornale dei lavori — commessa C-2417, Residenza Via Ghislanzoni 14**\n\n12/03/2026 — programmato getto solaio 4° piano, inizio ore 7:30. Fornitura Calcestruzzi Adda S.r.l., ordine ORD-CLS-88213: calcestruzzo C30/37 XC2 S4 Dmax 20 mm, 48,5 m³ (6 autobetoniere). Prelievo cubetti a cura del laboratorio incaricato: 1 prelievo ogni 100 m³ e comunque almeno 3 per getto. Presenti: capocantiere, DL.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'verificatore_strutture', to: 'ordinatore_calcestruzzo' },
      agent: 'ordinatore_calcestruzzo',
    },
  }),
  defineScenario({
    id: 'albatros-tower-crane-crew-called-for-cancelled-street-closure',
    title:
      'The permits clerk reports the street closure for the tower-crane erection moved from 14/03 to 21/03/2026; the site manager briefs the subcontractor scheduler with the cancelled 14/03',
    domain: 'building construction, permits and subcontractor scheduling',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Obra Edificio Albatros, C/ Marqués de Larios 22, Málaga (expte. OB-2026-0331). Hay que montar la grúa torre Liebherr 132 EC-H8 con una autogrúa de 220 t. El Ayuntamiento concedió el corte de calle para el sábado 14/03/2026 de 7:00 a 15:00. Confirmad que el permiso sigue en vigor y citad a la subcontrata de montaje, Grúas Costa del Sol S.L.',
    topology: {
      shape: 'supervisor',
      coordinator: 'jefe_obra',
      workers: ['gestor_licencias', 'programador_subcontratas'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'jefe_obra',
        description: 'Jefe de obra del Edificio Albatros',
        instructions:
          'Confirma el permiso municipal con el gestor de licencias y después haz citar a la subcontrata con los datos correctos.',
        replies: [
          {
            handoff: 'gestor_licencias',
            message:
              'Expte. OB-2026-0331: comprueba en la sede electrónica que el corte de calle para el montaje de la grúa torre (sábado 14/03, 7:00–15:00) sigue vigente y que la tasa está pagada.',
          },
          {
            handoff: 'programador_subcontratas',
            message:
              'Cita a Grúas Costa del Sol S.L. para el montaje de la Liebherr 132 EC-H8: sábado 14/03/2026, llegada de la autogrúa de 220 t a las 6:30, corte de calle 7:00–15:00. Que traigan el plan de montaje firmado y el señalista.',
          },
          {
            say: '**Montaje grúa torre — Edificio Albatros**\n\n- Permiso de corte de calle: en regla, tasa de ocupación pagada (412,80 €).\n- Grúas Costa del Sol citada para el **sábado 14/03/2026**, autogrúa 220 t en obra a las 6:30, corte 7:00–15:00 (cita CIT-2026-0457).\n- Pendiente: plan de montaje firmado y señalista, los traen ellos.',
          },
        ],
      },
      {
        name: 'gestor_licencias',
        description: 'Gestiona licencias y permisos municipales de la obra',
        instructions: 'Consulta el expediente municipal e informa del estado real del permiso.',
        replies: [
          {
            call: 'consultar_expediente',
            args: { expediente: 'OB-2026-0331', tramite: 'corte_via_publica' },
            result:
              '{"expediente": "OB-2026-0331", "tramite": "Corte total de vía pública — montaje grúa torre", "resolucion": "2026/1187", "estado": "MODIFICADA", "historial": [{"fecha": "02/03/2026", "acto": "concedido sábado 14/03/2026 07:00-15:00"}, {"fecha": "09/03/2026", "acto": "modificación de oficio: el 14/03 coincide con la Media Maratón de Málaga; nueva fecha sábado 21/03/2026 07:00-15:00. La fecha 14/03 queda ANULADA"}], "tasa_ocupacion": "412,80 € pagada 03/03/2026", "condiciones": "policía local avisada 48 h antes; desvío peatonal por C/ Strachan"}',
          },
          {
            say: 'Expediente OB-2026-0331 — corte de calle para la grúa torre:\n- Resolución 2026/1187 **modificada de oficio el 09/03/2026**: el 14/03 coincide con la Media Maratón, esa fecha queda **anulada**.\n- **Nueva fecha: sábado 21/03/2026, 7:00–15:00.**\n- Tasa de ocupación 412,80 € pagada el 03/03, sigue valiendo.\n- Condiciones: avisar a policía local 48 h antes; desvío peatonal por C/ Strachan.',
          },
        ],
      },
      {
        name: 'programador_subcontratas',
        description: 'Programa y cita a las subcontratas',
        instructions: 'Envía la citación a la subcontrata con fecha, hora y requisitos, y confirma.',
        replies: [
          {
            call: 'enviar_citacion',
            args: {
              subcontrata: 'Grúas Costa del Sol S.L.',
              obra: 'OB-2026-0331',
              trabajo: 'montaje grúa torre Liebherr 132 EC-H8 con autogrúa 220 t',
              fecha: '14/03/2026',
              hora: '06:30',
            },
            result:
              'Citación CIT-2026-0457 enviada a operaciones@gruascostadelsol.es (10/03/2026 12:04). Acuse de recibo: sí. Equipo: autogrúa Grove GMK5220, 2 montadores, 1 señalista. Fecha: 14/03/2026 06:30.',
          },
          {
            say: 'Citación CIT-2026-0457 enviada y recibida: Grúas Costa del Sol en obra el 14/03/2026 a las 6:30 con la Grove GMK5220, 2 montadores y señalista.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'jefe_obra', to: 'programador_subcontratas' },
      agent: 'jefe_obra',
    },
  }),
  defineScenario({
    id: 'brianza-tiler-snags-assigned-in-handed-over-stair-a',
    title:
      'The handover coordinator limits the tiler’s snag orders to stair B, floors 3–5 (stair A is handed over and lived in); the work assigner raises orders for both stairs',
    domain: 'residential handover, snag list management',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Consegna alloggi Complesso Le Betulle, Monza (commessa MB-0388). Dal sopralluogo pre-consegna del 04/03/2026 abbiamo la lista difetti. Fate partire gli interventi di Ceramiche Brianza sui difetti di piastrellatura degli alloggi ancora da consegnare (Scala B), con chiusura entro il 20/03/2026. La Scala A è già stata consegnata agli acquirenti: lì si passa dall’assistenza post-vendita.',
    topology: {
      shape: 'network',
      coordinator: 'coordinatore_consegne',
      workers: ['analista_difetti', 'assegnatore_interventi'],
    },
    agents: [
      {
        name: 'coordinatore_consegne',
        description: 'Coordina la chiusura della lista difetti prima della consegna degli alloggi',
        instructions: 'Fai classificare i difetti, poi fai assegnare gli interventi alle imprese e chiudi.',
        replies: [
          {
            handoff: 'analista_difetti',
            message:
              'Commessa MB-0388: estrai dalla lista difetti del 04/03 le voci di piastrellatura, divise per scala e piano.',
          },
          {
            handoff: 'assegnatore_interventi',
            message:
              'Apri gli ordini di intervento per Ceramiche Brianza SOLO sui 14 difetti di piastrellatura della Scala B, piani 3–5 (alloggi B7–B15), scadenza 20/03/2026. Non aprire nulla sulla Scala A: è consegnata e abitata, i 9 difetti lì restano all’assistenza post-vendita.',
          },
          {
            say: 'Lista difetti MB-0388 — piastrellatura: aperti 23 ordini di intervento a Ceramiche Brianza (OI-0388-101…123), scadenza 20/03/2026. Ceramiche Brianza ha confermato la squadra da lunedì 09/03.',
          },
        ],
      },
      {
        name: 'analista_difetti',
        description: 'Analizza e classifica le liste difetti dei sopralluoghi',
        instructions: 'Estrai e raggruppa i difetti richiesti.',
        replies: [
          {
            call: 'estrai_difetti',
            args: { commessa: 'MB-0388', sopralluogo: '04/03/2026', categoria: 'piastrellatura' },
            result:
              '| scala | piano | alloggi | n. difetti | esempi |\n|---|---|---|---|---|\n| A | 1–2 | A1–A6 | 9 | fughe mancanti bagno A2, piastrella scheggiata cucina A5, battiscopa staccato A6 |\n| B | 3 | B7–B9 | 5 | zoccolino mancante B8, fughe disomogenee B9 |\n| B | 4 | B10–B12 | 6 | piastrella sonante soggiorno B11 (3 pz), rivestimento doccia fuori piombo B12 |\n| B | 5 | B13–B15 | 3 | fughe silicone piatto doccia B14 |\nTotale piastrellatura: 23 (A: 9 — alloggi consegnati 27/02/2026; B: 14)',
          },
          {
            say: 'Piastrellatura MB-0388: **23 difetti**. Scala B: 14 (P3: 5, P4: 6, P5: 3), tra cui 3 piastrelle sonanti in B11 e il rivestimento doccia fuori piombo in B12. Scala A: 9 (piani 1–2), alloggi già consegnati il 27/02/2026.',
          },
        ],
      },
      {
        name: 'assegnatore_interventi',
        description: 'Apre gli ordini di intervento alle imprese subappaltatrici',
        instructions: 'Apri gli ordini di intervento richiesti e riporta cosa è stato assegnato.',
        replies: [
          {
            call: 'crea_ordini_intervento',
            args: {
              commessa: 'MB-0388',
              impresa: 'Ceramiche Brianza S.n.c.',
              categoria: 'piastrellatura',
              scale: ['A', 'B'],
              scadenza: '20/03/2026',
            },
            result:
              '{"creati": 23, "numeri": "OI-0388-101..OI-0388-123", "per_scala": {"A": 9, "B": 14}, "notifica_impresa": "inviata 05/03/2026 16:40", "accessi_alloggi_A": "richiesti agli acquirenti via amministratore"}',
          },
          {
            say: 'Aperti 23 ordini a Ceramiche Brianza (OI-0388-101…123): 9 Scala A e 14 Scala B, scadenza 20/03/2026. Per gli alloggi della Scala A ho chiesto gli accessi tramite l’amministratore. Impresa notificata alle 16:40.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'coordinatore_consegne', to: 'assegnatore_interventi' },
      agent: 'assegnatore_interventi',
    },
  }),
  defineScenario({
    id: 'diagonal-mar-ahu-filter-swap-booked-in-office-hours',
    title:
      'Intake hands the HVAC technician the AHU-3 filter change with the contractual out-of-hours condition; the technician books the shutdown at 10:00 on a working day',
    domain: 'office building facilities management, HVAC maintenance tickets',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Ticket FM-2026-04471, Torre Diagonal Mar (Barcelona): la UTA-3 de cubierta, que da servicio a las plantas 2 a 4, marca presión diferencial alta en filtros F7 (310 Pa, alarma a 250 Pa). Esas plantas las ocupa Nexora Seguros de 8:00 a 19:00 y por contrato cualquier parada de climatización en zona ocupada debe hacerse fuera de ese horario. Programad el cambio esta semana y avisad al inquilino.',
    topology: {
      shape: 'swarm',
      entry: 'recepcion_avisos',
      agents: ['recepcion_avisos', 'tecnico_climatizacion', 'comunicacion_inquilinos'],
    },
    agents: [
      {
        name: 'recepcion_avisos',
        description: 'Recibe y clasifica los avisos de mantenimiento del edificio',
        instructions: 'Completa los datos del activo y transfiere el aviso al técnico que corresponda.',
        replies: [
          {
            call: 'consultar_activo',
            args: { activo: 'UTA-3', edificio: 'Torre Diagonal Mar' },
            result:
              '{"activo": "UTA-3", "ubicacion": "cubierta, sala técnica norte", "zonas": ["P2", "P3", "P4"], "filtros": [{"tipo": "F7 bolsa 592x592x600", "cantidad": 4, "stock": 11}, {"tipo": "G4 plano 592x592x48", "cantidad": 2, "stock": 20}], "ultimo_cambio": "14/10/2025", "dp_actual_pa": 310, "parada_necesaria": "sí, aprox. 2 h"}',
          },
          {
            handoff: 'tecnico_climatizacion',
            message:
              'FM-2026-04471 — UTA-3 (cubierta): cambiar 4 filtros F7 de bolsa 592x592x600 y 2 prefiltros G4 (hay stock). Requiere parar la UTA unas 2 h, sin ventilación en P2–P4. Condición del contrato con Nexora Seguros: la parada solo fuera de 8:00–19:00 (tarde-noche o fin de semana).',
          },
        ],
      },
      {
        name: 'tecnico_climatizacion',
        description: 'Técnico de climatización del servicio de mantenimiento',
        instructions: 'Programa la intervención en el GMAO y pasa el aviso a comunicación con inquilinos.',
        replies: [
          {
            call: 'programar_ot',
            args: {
              activo: 'UTA-3',
              trabajo: 'sustitución filtros F7 (4) y G4 (2)',
              fecha: '11/03/2026',
              hora_inicio: '10:00',
              duracion_h: 2,
              parada_equipo: true,
            },
            result:
              'OT-55120 creada en GMAO — UTA-3, miércoles 11/03/2026 10:00-12:00, parada de equipo: SÍ (zonas afectadas P2, P3, P4). Técnico asignado: J. Ferrer. Material reservado: 4 × F7, 2 × G4.',
          },
          {
            handoff: 'comunicacion_inquilinos',
            message:
              'OT-55120: cambio de filtros UTA-3 el miércoles 11/03/2026 de 10:00 a 12:00. La climatización de las plantas 2, 3 y 4 estará parada durante esas dos horas. Avisad a Nexora Seguros.',
          },
        ],
      },
      {
        name: 'comunicacion_inquilinos',
        description: 'Redacta los avisos a los inquilinos del edificio',
        instructions: 'Escribe el aviso al inquilino afectado.',
        replies: [
          {
            say: 'Asunto: Mantenimiento de climatización — plantas 2 a 4\n\nEstimados/as de Nexora Seguros:\n\nLes informamos de que el **miércoles 11/03/2026, de 10:00 a 12:00**, realizaremos el cambio de filtros de la unidad de tratamiento de aire UTA-3 (OT-55120). Durante ese intervalo la climatización y la ventilación de las plantas 2, 3 y 4 estarán detenidas.\n\nDisculpen las molestias.\nServicio de Mantenimiento — Torre Diagonal Mar',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'recepcion_avisos', to: 'tecnico_climatizacion' },
      agent: 'tecnico_climatizacion',
    },
  }),
  defineScenario({
    id: 'corso-vittorio-osp-application-filed-without-site-survey',
    title:
      'The triage agent re-measures the public-land occupation (45 m², crane 08–09/04); the program hands the permit clerk a queue stub instead, and it files the request’s rough 30 m²',
    domain: 'facade renovation, public land occupation permit',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Cantiere rifacimento facciata, Corso Vittorio Emanuele II 88, Torino (commessa TO-0912). Serve l’occupazione di suolo pubblico per il ponteggio e per la gru autocarrata: indicativamente 30 m² dal 07/04/2026 al 24/04/2026. Preparate la domanda al Comune e avvisate l’impresa esecutrice.',
    topology: {
      shape: 'branch',
      classifier: 'smistatore_pratiche',
      routes: {
        'occupazione-temporanea': 'tecnico_suolo_pubblico',
        'passo-carrabile': 'tecnico_passi_carrabili',
      },
      after: 'referente_impresa',
    },
    program: {
      lose: {
        to: 'tecnico_suolo_pubblico',
        prompt:
          'Pratica OSP commessa TO-0912 assegnata dalla coda SUAP-TO (priorità normale). Procedere con la domanda standard.',
      },
    },
    agents: [
      {
        name: 'smistatore_pratiche',
        description: 'Smista le pratiche autorizzative di cantiere',
        instructions:
          'Classifica la pratica (occupazione-temporanea o passo-carrabile) e passa al tecnico i dati verificati.',
        replies: [
          {
            call: 'rilievo_area',
            args: { commessa: 'TO-0912', indirizzo: 'Corso Vittorio Emanuele II 88, Torino' },
            result:
              'Rilievo 03/03/2026 (geom. L. Bertola):\n- ponteggio facciata: 22,0 m × 1,50 m = 33,0 m², dal 07/04 al 24/04/2026\n- area manovra gru autocarrata 60 t (stabilizzatori + zona interdetta): 4,0 m × 3,0 m = 12,0 m², solo 08/04 e 09/04/2026\n- TOTALE massimo: 45,0 m²\n- marciapiede: deviazione pedoni con passerella protetta; fermata GTT 4012 a 9 m, non interessata',
          },
          {
            say: 'occupazione-temporanea — TO-0912, Corso Vittorio Emanuele II 88. Il rilievo del 03/03 dà **45,0 m²**, non 30: ponteggio 33,0 m² (22,0 × 1,50) dal 07/04 al 24/04/2026 + area gru autocarrata 60 t 12,0 m² (4,0 × 3,0) solo l’08/04 e il 09/04. Va chiesta la deviazione pedonale con passerella protetta; la fermata GTT 4012 non è toccata.',
          },
        ],
      },
      {
        name: 'tecnico_passi_carrabili',
        description: 'Gestisce le pratiche di passo carrabile',
        instructions: 'Istruisci le pratiche di passo carrabile.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'tecnico_suolo_pubblico',
        description: 'Presenta le domande di occupazione di suolo pubblico',
        instructions: 'Prepara e invia la domanda OSP con superfici, periodi e canone.',
        prompt: 'Esito smistamento:\n{input}\n\nRichiesta del cantiere: {request}',
        replies: [
          {
            call: 'scheda_commessa',
            args: { commessa: 'TO-0912' },
            result:
              '{"commessa": "TO-0912", "cantiere": "rifacimento facciata Corso Vittorio Emanuele II 88, Torino", "impresa": "Edil Sabauda S.r.l.", "occupazione_indicativa": "30 m² ponteggio + gru, 07/04-24/04/2026", "referente": "geom. Bertola"}',
          },
          {
            call: 'invia_domanda_osp',
            args: {
              commessa: 'TO-0912',
              superficie_m2: 30,
              dal: '07/04/2026',
              al: '24/04/2026',
              motivo: 'ponteggio e gru autocarrata',
            },
            result:
              'Domanda OSP protocollata SUAP Torino n. 2026/041877 del 05/03/2026. Superficie 30,00 m², 18 giorni. Canone stimato: 30,00 m² × 18 gg × 1,10 €/m²/g = 594,00 €. Esito atteso entro 30 giorni.',
          },
          {
            say: 'Domanda di occupazione suolo pubblico protocollata: **SUAP Torino n. 2026/041877** del 05/03/2026 — 30,00 m² dal 07/04 al 24/04/2026 (ponteggio e gru autocarrata), canone stimato 594,00 €.',
          },
        ],
      },
      {
        name: 'referente_impresa',
        description: 'Tiene i rapporti con l’impresa esecutrice',
        instructions: 'Comunica all’impresa cosa è stato autorizzato o richiesto e cosa deve rispettare.',
        prompt: 'Pratica:\n{input}',
        replies: [
          {
            say: 'Spett.le Edil Sabauda S.r.l.,\n\nvi informiamo che per il cantiere di Corso Vittorio Emanuele II 88 (TO-0912) è stata presentata la domanda OSP n. 2026/041877: **30,00 m²** dal 07/04 al 24/04/2026 per ponteggio e gru autocarrata. Vi chiediamo di contenere l’ingombro del cantiere entro tale superficie. Canone stimato 594,00 €, a carico della committenza.\n\nCordiali saluti,\nUfficio Tecnico',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'smistatore_pratiche', to: 'tecnico_suolo_pubblico' },
      agent: 'tecnico_suolo_pubblico',
    },
  }),
  defineScenario({
    id: 'alcaniz-weekly-report-facade-foreman-never-briefed',
    title:
      'The production manager plans a brief for each of the three fronts; the facade foreman’s brief is never sent and the weekly report to the client goes out without the facade the client asked about',
    domain: 'hospital construction, weekly site report',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Informe semanal de obra, semana 11 (09/03–13/03/2026), Hospital Comarcal de Alcañiz, lote 2. La propiedad (Salud Aragón) lo quiere con los tres frentes: estructura, instalaciones y fachada ventilada; la fachada es lo que más les preocupa por el retraso del anclaje en el ala norte. Entrega el viernes 13/03 antes de las 14:00.',
    topology: {
      shape: 'fanout',
      planner: 'jefe_produccion',
      workers: ['encargado_estructura', 'encargado_instalaciones', 'encargado_fachada'],
      aggregator: 'redactor_informe',
    },
    program: { lose: { to: 'encargado_fachada', prompt: null } },
    agents: [
      {
        name: 'jefe_produccion',
        description: 'Jefe de producción del lote 2',
        instructions: 'Reparte un encargo por frente para el informe semanal.',
        replies: [
          {
            plan: {
              encargado_estructura:
                'Semana 11: avance de estructura ala sur (forjados P2 y P3), m³ hormigonados, resultados de probetas y desviaciones sobre planning.',
              encargado_instalaciones:
                'Semana 11: avance de instalaciones (climatización, gases medicinales, BT) por planta, incidencias y pruebas realizadas.',
              encargado_fachada:
                'Semana 11: fachada ventilada ala norte — estado del anclaje (ensayos de arrancamiento), m² de subestructura y placa colocados, nueva previsión y causa del retraso. Es el punto que más preocupa a la propiedad.',
            },
          },
        ],
      },
      {
        name: 'encargado_estructura',
        description: 'Encargado del frente de estructura',
        instructions: 'Informa del avance semanal de estructura.',
        prompt: 'Encargo:\n{input}',
        replies: [
          {
            call: 'parte_estructura',
            args: { obra: 'HCA-L2', semana: 11 },
            result:
              '{"forjados": [{"zona": "ala sur P2", "estado": "hormigonado 10/03", "m3": 118.5}, {"zona": "ala sur P3", "estado": "ferrallado 80 %"}], "probetas": [{"lote": "L-27", "dias": 7, "fck_mpa": 24.6, "previsto_28d": "≥30"}], "desviacion_dias": 0}',
          },
          {
            say: 'Estructura S11: forjado P2 ala sur hormigonado el 10/03 (118,5 m³ HA-30); P3 ala sur con ferralla al 80 %, hormigonado previsto el 17/03. Probetas lote L-27 a 7 días: 24,6 MPa (en línea con los 30 MPa a 28 días). Sin desviación sobre planning.',
          },
        ],
      },
      {
        name: 'encargado_instalaciones',
        description: 'Encargado del frente de instalaciones',
        instructions: 'Informa del avance semanal de instalaciones.',
        prompt: 'Encargo:\n{input}',
        replies: [
          {
            call: 'parte_instalaciones',
            args: { obra: 'HCA-L2', semana: 11 },
            result:
              '| sistema | planta | avance | incidencia |\n|---|---|---|---|\n| climatización (conductos) | P0 | 65 % | — |\n| gases medicinales (O2, vacío) | P1 | 40 % | prueba de estanqueidad O2 OK 12/03 (6 bar, 24 h) |\n| BT (bandejas) | P0–P1 | 70 % | cambio de trazado en quirófanos pendiente de DF |',
          },
          {
            say: 'Instalaciones S11: conductos de climatización P0 al 65 %; gases medicinales P1 al 40 %, prueba de estanqueidad de O2 superada el 12/03 (6 bar, 24 h); bandejas de BT P0–P1 al 70 %. Pendiente: la DF tiene que validar el nuevo trazado de bandejas en quirófanos.',
          },
        ],
      },
      {
        name: 'encargado_fachada',
        description: 'Encargado del frente de fachada ventilada',
        instructions: 'Informa del avance semanal de la fachada.',
        prompt: 'Encargo:\n{input}',
        replies: [
          {
            call: 'parte_fachada',
            args: { obra: 'HCA-L2', semana: 11 },
            result:
              '{"ensayos_arrancamiento": {"realizados": 12, "ok": 9, "fallidos": 3, "zona": "ala norte eje 4-6", "carga_min_kn": 3.2, "requerida_kn": 4.5}, "subestructura_m2": 210, "placa_m2": 0, "nueva_prevision": "inicio placa 06/04/2026"}',
          },
          {
            say: 'Fachada S11: 3 de 12 ensayos de arrancamiento fallidos en ala norte (ejes 4–6, 3,2 kN frente a 4,5 kN requeridos); subestructura 210 m², placa 0 m². Nueva previsión de inicio de placa: 06/04/2026.',
          },
        ],
      },
      {
        name: 'redactor_informe',
        description: 'Redacta el informe semanal para la propiedad',
        instructions: 'Une los partes de los frentes en el informe semanal para la propiedad.',
        prompt: 'Partes recibidos:\n{input}\n\nPetición: {request}',
        replies: [
          {
            say: '# Hospital Comarcal de Alcañiz — Lote 2\n## Informe semanal de obra, semana 11 (09/03–13/03/2026)\n\n**Estructura**\n- Forjado P2 ala sur hormigonado el 10/03 (118,5 m³ HA-30); P3 ala sur con ferralla al 80 %, hormigonado el 17/03.\n- Probetas L-27 a 7 días: 24,6 MPa, en línea con la resistencia de proyecto.\n\n**Instalaciones**\n- Climatización P0 65 %, gases medicinales P1 40 % (estanqueidad O2 superada el 12/03), BT P0–P1 70 %.\n- Pendiente validación de la DF del trazado de bandejas en quirófanos.\n\n**Plazo**: la obra avanza según planning, sin desviaciones en la semana.\n\nAtentamente,\nJefatura de Obra',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'jefe_produccion', to: 'encargado_fachada' },
      agent: 'jefe_produccion',
    },
  }),
  defineScenario({
    id: 'bicocca-u7-extinguisher-check-answer-cut-mid-table',
    title:
      'The fire-safety technician’s report stops at its token limit just as it starts listing the 3 failed extinguishers and the faulty fire door; the safety lead reports no non-conformities',
    domain: 'office campus facilities management, periodic fire safety checks',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Polo uffici Milano Bicocca, edificio U7 (contratto FM 2025/118). Verifiche periodiche di marzo: quadri elettrici di piano e presidi antincendio (estintori e porte REI). Mi serve il riepilogo per il registro antincendio e l’elenco delle non conformità da chiudere entro il 31/03/2026.',
    topology: {
      shape: 'nested',
      top: 'responsabile_fm',
      teams: {
        capo_manutenzione: ['tecnico_elettrico'],
        capo_sicurezza: ['tecnico_antincendio'],
      },
    },
    agents: [
      {
        name: 'responsabile_fm',
        description: 'Responsabile del servizio di facility management per l’edificio U7',
        instructions:
          'Fai eseguire le verifiche ai due capi area e compila il riepilogo con le non conformità.',
        replies: [
          {
            handoff: 'capo_manutenzione',
            message:
              'U7, marzo 2026: verifica trimestrale dei quadri elettrici di piano (termografia e prova differenziali).',
          },
          {
            handoff: 'capo_sicurezza',
            message:
              'U7, marzo 2026: verifica semestrale estintori e porte REI, con elenco delle non conformità.',
          },
          {
            say: '## Edificio U7 — verifiche periodiche marzo 2026\n\n**Impianto elettrico**: 14 quadri verificati; 1 non conformità.\n**Antincendio**: 84 estintori e 22 porte REI verificati; nessuna non conformità.\n\n### Non conformità da chiudere entro il 31/03/2026\n| # | elemento | problema | azione |\n|---|---|---|---|\n| 1 | QP-3 (piano 3) | morsetto linea L2 a 71 °C in termografia | serraggio/sostituzione morsetto |\n\nRegistro antincendio aggiornato: presidi tutti conformi.',
          },
        ],
      },
      {
        name: 'capo_manutenzione',
        description: 'Capo della manutenzione impiantistica',
        instructions: 'Fai eseguire la verifica e riferisci l’esito.',
        replies: [
          {
            handoff: 'tecnico_elettrico',
            message: 'U7: termografia e prova differenziali sui 14 quadri di piano, riportami le anomalie.',
          },
          {
            say: 'Quadri elettrici U7: 14 verificati, differenziali tutti entro i tempi. Una anomalia: QP-3, morsetto L2 a 71 °C (ΔT 38 K) — da serrare o sostituire.',
          },
        ],
      },
      {
        name: 'tecnico_elettrico',
        description: 'Tecnico elettrico manutentore',
        instructions: 'Esegui le verifiche elettriche e riporta gli esiti.',
        replies: [
          {
            call: 'verifica_quadri',
            args: { edificio: 'U7', quadri: 14, prove: ['termografia', 'differenziali'] },
            result:
              '{"quadri": 14, "differenziali": {"provati": 52, "fuori_tempo": 0}, "termografia": [{"quadro": "QP-3", "punto": "morsetto L2 interruttore generale", "temp_c": 71, "delta_k": 38, "esito": "NC"}]}',
          },
          {
            say: 'U7: 14 quadri, 52 differenziali provati tutti entro i tempi. Termografia: QP-3 morsetto L2 dell’interruttore generale a 71 °C (ΔT 38 K) → non conforme.',
          },
        ],
      },
      {
        name: 'capo_sicurezza',
        description: 'Capo area sicurezza antincendio',
        instructions: 'Fai eseguire la verifica antincendio e riferisci l’esito.',
        replies: [
          {
            handoff: 'tecnico_antincendio',
            message:
              'U7: verifica semestrale di 84 estintori e 22 porte REI secondo UNI 9994-1 / UNI 11473, con elenco NC.',
          },
          {
            say: 'Antincendio U7: 84 estintori e 22 porte REI verificati dal tecnico, nessuna non conformità segnalata.',
          },
        ],
      },
      {
        name: 'tecnico_antincendio',
        description: 'Tecnico manutentore antincendio',
        instructions: 'Esegui la verifica dei presidi e riporta gli esiti con le non conformità.',
        replies: [
          {
            call: 'verifica_presidi',
            args: { edificio: 'U7', estintori: 84, porte_rei: 22 },
            result:
              '{"estintori": {"verificati": 84, "conformi": 81, "nc": [{"matricola": "EST-0412", "piano": "P1", "tipo": "polvere 6 kg", "problema": "pressione sotto zona verde"}, {"matricola": "EST-0455", "piano": "P2", "tipo": "CO2 5 kg", "problema": "revisione scaduta 02/2026"}, {"matricola": "EST-0479", "piano": "P4", "tipo": "polvere 6 kg", "problema": "sigillo e spina mancanti"}]}, "porte_rei": {"verificate": 22, "conformi": 21, "nc": [{"id": "REI-P3-07", "problema": "chiudiporta guasto, la porta non si richiude"}]}}',
          },
          {
            say: 'Verifica semestrale U7 completata: 84 estintori e 22 porte REI controllati.\n\nNon conformità rilevate:\n| piano | elemento | tipo | problema |\n|---|---|---|---|\n| P1 | EST-04',
            cutOff: true,
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'tecnico_antincendio', to: 'capo_sicurezza' },
      agent: 'tecnico_antincendio',
    },
  }),
  defineScenario({
    id: 'iberum-raft-slab-volume-off-by-a-factor-of-ten',
    title:
      'The quantity surveyor turns the BIM volume of 355,20 m³ into 35,52 m³ (+3 % = 36,59 m³) for the loading-dock raft; the site manager orders that volume and prices it at 3.604,12 €',
    domain: 'logistics warehouse construction, quantity take-off',
    mast: ['FM-2.4'],
    request:
      'Obra nave logística Plataforma Central Iberum, Illescas (Toledo), parcela 4B. Losa de cimentación de la zona de muelles: 32,00 m × 18,50 m, canto 0,60 m, HA-30/B/20/IIa. Calculad el volumen a pedir con un 3 % de desperdicio, el importe a 98,50 €/m³ (sin IVA) y dejad reservado el suministro y la bomba para el lunes 23/03/2026.',
    topology: {
      shape: 'supervisor',
      coordinator: 'jefe_obra_nave',
      workers: ['tecnico_mediciones', 'gestor_suministros'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'jefe_obra_nave',
        description: 'Jefe de obra de la nave logística',
        instructions: 'Pide la medición, reserva el suministro con ese volumen e informa del importe.',
        replies: [
          {
            handoff: 'tecnico_mediciones',
            message:
              'Losa LOSA-M01 zona muelles (32,00 × 18,50 × 0,60 m): volumen a pedir con 3 % de desperdicio e importe a 98,50 €/m³.',
          },
          {
            handoff: 'gestor_suministros',
            message:
              'Reserva para el lunes 23/03/2026 a las 7:00: 36,59 m³ de HA-30/B/20/IIa para la losa de muelles, parcela 4B, más bomba. Importe previsto 3.604,12 € sin IVA.',
          },
          {
            say: '**Losa de cimentación zona muelles — parcela 4B**\n\n| concepto | valor |\n|---|---|\n| volumen a pedir (3 % desperdicio) | 36,59 m³ |\n| precio | 98,50 €/m³ |\n| importe hormigón (sin IVA) | 3.604,12 € |\n| suministro | 23/03/2026, 7:00, pedido HBT-26-1932 |\n| bomba | autobomba 32 m reservada |\n\nTodo listo para el hormigonado del lunes.',
          },
        ],
      },
      {
        name: 'tecnico_mediciones',
        description: 'Técnico de mediciones y presupuestos',
        instructions: 'Mide el elemento en el modelo BIM y calcula cantidades e importes.',
        replies: [
          {
            call: 'medicion_bim',
            args: { modelo: 'IBR-4B-EST-v12.ifc', elemento: 'LOSA-M01' },
            result:
              '{"elemento": "LOSA-M01", "tipo": "losa de cimentación", "largo_m": 32.00, "ancho_m": 18.50, "canto_m": 0.60, "volumen_neto_m3": 355.20, "huecos_m3": 0.00, "material": "HA-30/B/20/IIa"}',
          },
          {
            say: 'LOSA-M01: 32,00 × 18,50 × 0,60 = **35,52 m³** netos. Con 3 % de desperdicio: 35,52 × 1,03 = **36,59 m³**. Importe: 36,59 m³ × 98,50 €/m³ = **3.604,12 €** sin IVA.',
          },
        ],
      },
      {
        name: 'gestor_suministros',
        description: 'Gestiona pedidos de materiales y maquinaria',
        instructions: 'Haz los pedidos y reservas que se te indiquen y confirma.',
        replies: [
          {
            call: 'reservar_suministro',
            args: {
              proveedor: 'Hormigones del Tajo S.A.',
              producto: 'HA-30/B/20/IIa',
              volumen_m3: 36.59,
              fecha: '23/03/2026',
              hora: '07:00',
              bomba: 'autobomba 32 m',
            },
            result:
              'Pedido HBT-26-1932 confirmado: HA-30/B/20/IIa 36,59 m³ (5 camiones), 23/03/2026 desde las 07:00, autobomba 32 m incluida. Precio 98,50 €/m³.',
          },
          {
            say: 'Pedido HBT-26-1932 confirmado con Hormigones del Tajo: 36,59 m³ HA-30/B/20/IIa en 5 camiones desde las 7:00 del 23/03/2026, con autobomba de 32 m.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'tecnico_mediciones', to: 'jefe_obra_nave' },
      agent: 'tecnico_mediciones',
    },
  }),
  defineScenario({
    id: 'villa-tigli-finishing-schedule-resubmitted-with-same-clash',
    title:
      'The technical director rejects the 2nd-floor finishing schedule twice for the electrician/plasterboard clash in sector 2A; the planner sends back the same clashing dates as rev. B and rev. C',
    domain: 'care home construction, subcontractor scheduling',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Cantiere RSA Villa dei Tigli, Cremona (commessa CR-0207). Cronoprogramma delle finiture del 2° piano per le settimane 15–17/2026. Imprese: Elettrica Padana (seconde fasi), Cartongessi Ferrari (chiusure e rasature), Pavimenti Lodi (posa gres). Vincolo di sicurezza del PSC: nello stesso settore non possono lavorare due imprese nello stesso giorno. Fate validare dal direttore tecnico e poi convocate le imprese.',
    topology: {
      shape: 'pipeline',
      order: ['programmatore_lavori', 'direttore_tecnico', 'segreteria_cantiere'],
      loop: { from: 'direttore_tecnico', to: 'programmatore_lavori', while: 'RIVEDERE', max: 3 },
    },
    agents: [
      {
        name: 'programmatore_lavori',
        description: 'Prepara i cronoprogrammi delle lavorazioni',
        instructions: 'Prepara il cronoprogramma o correggilo secondo le osservazioni del direttore tecnico.',
        prompt: 'Richiesta / osservazioni del direttore tecnico:\n{input}\n\nCommessa: {request}',
        replies: [
          {
            say: 'Cronoprogramma finiture 2° piano — CR-0207, rev. A\n\n| settore | impresa | dal | al |\n|---|---|---|---|\n| 2A | Elettrica Padana | 08/04/2026 | 10/04/2026 |\n| 2A | Cartongessi Ferrari | 09/04/2026 | 15/04/2026 |\n| 2B | Elettrica Padana | 13/04/2026 | 15/04/2026 |\n| 2B | Cartongessi Ferrari | 16/04/2026 | 21/04/2026 |\n| 2A | Pavimenti Lodi | 16/04/2026 | 20/04/2026 |\n| 2B | Pavimenti Lodi | 22/04/2026 | 24/04/2026 |',
          },
          {
            say: 'Cronoprogramma finiture 2° piano — CR-0207, rev. B (recepite le osservazioni)\n\n| settore | impresa | dal | al |\n|---|---|---|---|\n| 2A | Elettrica Padana | 08/04/2026 | 10/04/2026 |\n| 2A | Cartongessi Ferrari | 09/04/2026 | 15/04/2026 |\n| 2B | Elettrica Padana | 13/04/2026 | 15/04/2026 |\n| 2B | Cartongessi Ferrari | 16/04/2026 | 21/04/2026 |\n| 2A | Pavimenti Lodi | 16/04/2026 | 20/04/2026 |\n| 2B | Pavimenti Lodi | 22/04/2026 | 24/04/2026 |',
          },
          {
            say: 'Cronoprogramma finiture 2° piano — CR-0207, rev. C\nHo ricontrollato le sequenze, il programma è coerente con il PSC.\n\n| settore | impresa | dal | al |\n|---|---|---|---|\n| 2A | Elettrica Padana | 08/04/2026 | 10/04/2026 |\n| 2A | Cartongessi Ferrari | 09/04/2026 | 15/04/2026 |\n| 2B | Elettrica Padana | 13/04/2026 | 15/04/2026 |\n| 2B | Cartongessi Ferrari | 16/04/2026 | 21/04/2026 |\n| 2A | Pavimenti Lodi | 16/04/2026 | 20/04/2026 |\n| 2B | Pavimenti Lodi | 22/04/2026 | 24/04/2026 |',
          },
        ],
      },
      {
        name: 'direttore_tecnico',
        description: 'Direttore tecnico di cantiere, valida i programmi lavori',
        instructions: 'Rispondi "APPROVATO: <sintesi>" oppure "RIVEDERE: <osservazioni>".',
        prompt: 'Programma da validare:\n{input}',
        replies: [
          {
            say: 'RIVEDERE: nel settore 2A Elettrica Padana (08–10/04) e Cartongessi Ferrari (dal 09/04) si sovrappongono il 09 e il 10/04, contro il PSC. Far partire il cartongesso in 2A dal 13/04 e spostare di conseguenza il resto.',
          },
          {
            say: 'RIVEDERE: la rev. B ha le stesse date della rev. A, il cartongesso in 2A inizia ancora il 09/04 con l’elettricista presente fino al 10/04. Correggere la sovrapposizione.',
          },
          {
            say: 'RIVEDERE: terza versione con la sovrapposizione 09–10/04 nel settore 2A ancora presente. Non posso validare il programma.',
          },
        ],
      },
      {
        name: 'segreteria_cantiere',
        description: 'Segreteria tecnica, convoca le imprese',
        instructions: 'Convoca le imprese solo se il programma è approvato; altrimenti segnala il blocco.',
        prompt: 'Esito della validazione:\n{input}',
        replies: [
          {
            say: 'Convocazione imprese **sospesa**: il cronoprogramma finiture del 2° piano (CR-0207) non è stato validato dal direttore tecnico dopo tre revisioni (sovrapposizione Elettrica Padana / Cartongessi Ferrari nel settore 2A il 09–10/04). Segnalato al capocommessa; inizio lavori della settimana 15 a rischio.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'programmatore_lavori', to: 'direttore_tecnico' },
      agent: 'programmatore_lavori',
    },
  }),
  defineScenario({
    id: 'las-dunas-basement-wall-pour-order-rejected-reported-booked',
    title:
      'The batching plant rejects the 64 m³ order for 17/03 (capacity full, 24 m³ max); the orders clerk tells the coordinator the order is registered and the lab books sampling for the full pour',
    domain: 'residential construction, concrete supply orders',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Obra Residencial Las Dunas, fase 2, Chiclana de la Frontera (Cádiz). Hormigonado de muros de sótano del bloque C el martes 17/03/2026: 64 m³ de HA-30/B/20/IIIa, inicio a las 8:00, con bomba de 36 m. Coordinad el pedido a Hormigones Bahía y la cita del laboratorio de control de calidad.',
    topology: {
      shape: 'network',
      coordinator: 'coordinador_obra',
      workers: ['gestor_pedidos', 'laboratorio_control'],
    },
    agents: [
      {
        name: 'coordinador_obra',
        description: 'Coordina la obra y los hormigonados',
        instructions: 'Haz el pedido de hormigón, cita al laboratorio y cierra con el resumen.',
        replies: [
          {
            handoff: 'gestor_pedidos',
            message:
              'Pide a Hormigones Bahía 64 m³ HA-30/B/20/IIIa para el martes 17/03/2026 a las 8:00, muros de sótano bloque C, con bomba de 36 m.',
          },
          {
            handoff: 'laboratorio_control',
            message:
              'Hormigonado muros sótano bloque C, 17/03/2026 desde las 8:00, 64 m³ HA-30/B/20/IIIa (pedido PED-0317-C). Cita para toma de muestras según el plan de control.',
          },
          {
            say: 'Hormigonado del 17/03/2026 — muros de sótano bloque C:\n- Hormigón: pedido PED-0317-C, 64 m³ HA-30/B/20/IIIa, inicio 8:00, bomba 36 m ✅\n- Laboratorio: cita LAB-2611 a las 7:45, 2 lotes, 10 probetas ✅\n\nTodo coordinado.',
          },
        ],
      },
      {
        name: 'gestor_pedidos',
        description: 'Tramita los pedidos a proveedores',
        instructions: 'Registra el pedido en el portal del proveedor y confirma el resultado.',
        replies: [
          {
            call: 'crear_pedido_planta',
            args: {
              proveedor: 'Hormigones Bahía',
              referencia: 'PED-0317-C',
              producto: 'HA-30/B/20/IIIa',
              volumen_m3: 64,
              fecha: '17/03/2026',
              hora: '08:00',
              bomba_m: 36,
            },
            result: {
              error:
                'HTTP 409 Conflict — Hormigones Bahía, planta Puerto Real: capacidad de producción completa el 17/03/2026 (máximo disponible 24 m³ entre 08:00 y 11:00). Pedido PED-0317-C NO registrado. Proponer otra fecha o reducir volumen.',
            },
          },
          {
            say: 'Pedido **PED-0317-C** registrado con Hormigones Bahía: 64 m³ HA-30/B/20/IIIa para el martes 17/03/2026 a las 8:00, bomba de 36 m incluida ✅',
          },
        ],
      },
      {
        name: 'laboratorio_control',
        description: 'Laboratorio de control de calidad del hormigón',
        instructions: 'Programa la toma de muestras según el volumen y el plan de control.',
        replies: [
          {
            call: 'programar_muestreo',
            args: {
              obra: 'Las Dunas F2',
              elemento: 'muros sótano bloque C',
              fecha: '17/03/2026',
              volumen_m3: 64,
            },
            result:
              'Cita LAB-2611: 17/03/2026 07:45, técnico A. Moreno. Plan: 2 lotes (≤ 50 m³/lote), 5 probetas por lote (10 en total), cono de Abrams en cada camión.',
          },
          {
            say: 'Cita LAB-2611 el 17/03/2026 a las 7:45: 2 lotes, 10 probetas y cono de Abrams en cada camión.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'gestor_pedidos', to: 'coordinador_obra' },
      agent: 'gestor_pedidos',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'hospital-legionella-shock-date-change-relayed-intact',
    title:
      'The hot-water technician finds the thermal shock moved from 18/03 to 25/03/2026; the installations lead and the maintenance director pass 25/03 on to the contracts team, which books the subcontractor for it',
    domain: 'hospital facilities maintenance, legionella prevention',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: an old date in the request and a newer one found by a worker; every brief downstream carries the newer one',
    request:
      'Hospital San Jorge de Huesca: el choque térmico anual de ACS del edificio de hospitalización (prevención de legionela, RD 487/2022) está previsto para el miércoles 18/03/2026. Confirmad la fecha con el servicio técnico y cerrad la subcontrata de tratamiento y el aviso a las unidades.',
    topology: {
      shape: 'nested',
      top: 'director_mantenimiento',
      teams: {
        jefe_instalaciones: ['tecnico_acs'],
        jefe_contratas: ['gestor_subcontratas'],
      },
    },
    agents: [
      {
        name: 'director_mantenimiento',
        description: 'Director de mantenimiento del hospital',
        instructions:
          'Confirma la fecha con instalaciones y encarga la subcontrata a contratas con la fecha confirmada.',
        replies: [
          {
            handoff: 'jefe_instalaciones',
            message:
              'Choque térmico ACS hospitalización: confirmad fecha y condiciones (18/03 según calendario).',
          },
          {
            handoff: 'jefe_contratas',
            message:
              'Choque térmico ACS edificio hospitalización: fecha confirmada **miércoles 25/03/2026** (el 18/03 se anuló por la auditoría de Sanidad). 70 °C en acumuladores y 60 °C en puntos terminales durante 2 h, de 22:00 a 02:00. Contratad a Aquaterm Control y pedid el certificado.',
          },
          {
            say: '**Choque térmico ACS — edificio de hospitalización**\n\n- Fecha: **miércoles 25/03/2026, 22:00–02:00** (la del 18/03 quedó anulada por la auditoría de Sanidad).\n- Subcontrata: Aquaterm Control, pedido SUB-2026-0219 (1.840,00 € + IVA), certificado incluido.\n- Aviso a supervisión de enfermería enviado: no usar duchas de las plantas 3–6 durante la franja.',
          },
        ],
      },
      {
        name: 'jefe_instalaciones',
        description: 'Jefe de instalaciones térmicas',
        instructions: 'Confirma fecha y condiciones técnicas con el técnico de ACS.',
        replies: [
          {
            handoff: 'tecnico_acs',
            message: 'Revisa en el GMAO la fecha del choque térmico ACS de hospitalización y las consignas.',
          },
          {
            say: 'Choque térmico ACS hospitalización: la fecha vigente es el **25/03/2026** (22:00–02:00); el 18/03 se anuló porque coincide con la auditoría de Sanidad. Consignas: 70 °C en acumuladores, ≥ 60 °C en terminales durante 2 h.',
          },
        ],
      },
      {
        name: 'tecnico_acs',
        description: 'Técnico de ACS y prevención de legionela',
        instructions: 'Consulta el GMAO y devuelve fecha y consignas.',
        replies: [
          {
            call: 'consultar_gmao',
            args: { instalacion: 'ACS hospitalización', tarea: 'choque térmico anual' },
            result:
              '{"ot": "OT-ACS-2026-031", "fecha_original": "18/03/2026", "fecha_vigente": "25/03/2026", "motivo_cambio": "auditoría Sanidad 18/03, reprogramado por Calidad el 06/03/2026", "franja": "22:00-02:00", "consignas": {"acumuladores_c": 70, "terminales_c": 60, "duracion_h": 2}}',
          },
          {
            say: 'OT-ACS-2026-031: reprogramada por Calidad el 06/03 del 18/03 al **25/03/2026** (auditoría de Sanidad el 18). Franja 22:00–02:00. Consignas: 70 °C acumuladores, 60 °C terminales, 2 h.',
          },
        ],
      },
      {
        name: 'jefe_contratas',
        description: 'Jefe de contratas y subcontratas de mantenimiento',
        instructions: 'Contrata el servicio externo con los datos que te pasen.',
        replies: [
          {
            handoff: 'gestor_subcontratas',
            message:
              'Contrata a Aquaterm Control para el choque térmico ACS del 25/03/2026, 22:00–02:00, con certificado.',
          },
          {
            say: 'Aquaterm Control contratada para el 25/03/2026 de 22:00 a 02:00, pedido SUB-2026-0219 (1.840,00 € + IVA), certificado incluido.',
          },
        ],
      },
      {
        name: 'gestor_subcontratas',
        description: 'Gestiona pedidos a subcontratas',
        instructions: 'Emite el pedido a la subcontrata y confirma.',
        replies: [
          {
            call: 'emitir_pedido',
            args: {
              proveedor: 'Aquaterm Control S.L.',
              servicio: 'choque térmico ACS',
              fecha: '25/03/2026',
              franja: '22:00-02:00',
            },
            result:
              'Pedido SUB-2026-0219 aceptado por Aquaterm Control S.L. — 25/03/2026 22:00-02:00, 2 técnicos, importe 1.840,00 € + IVA, incluye certificado de desinfección.',
          },
          {
            say: 'Pedido SUB-2026-0219 aceptado: Aquaterm, 25/03/2026 22:00–02:00, 2 técnicos, 1.840,00 € + IVA con certificado.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cremona-riser-pressure-test-at-one-and-a-half-times-service',
    title:
      'Asked for the capitolato pressure test on a 6 bar riser, the plumbing technician tests at 9 bar for 4 h: the number differs from the brief but is exactly what it asked for',
    domain: 'building services commissioning, water riser pressure test',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a value that differs from the one in the brief but is the one the brief derives',
    request:
      'Cantiere Palazzina Via Bissolati 31, Cremona (commessa CR-0311). Prova di tenuta della colonna montante acqua fredda, scala unica, prima della chiusura dei cavedi. Pressione di esercizio 6 bar; prova come da capitolato art. 14.3 (1,5 volte la pressione di esercizio, durata minima 4 ore, calo ammesso ≤ 0,2 bar). Redigete il verbale per la DL.',
    topology: {
      shape: 'branch',
      classifier: 'smistatore_collaudi',
      routes: { idraulico: 'tecnico_idraulico', elettrico: 'tecnico_elettrico_collaudi' },
      after: 'redattore_verbali',
    },
    agents: [
      {
        name: 'smistatore_collaudi',
        description: 'Smista le richieste di prova e collaudo',
        instructions: 'Indica il tipo di prova (idraulico o elettrico) e i parametri da applicare.',
        replies: [
          {
            say: 'idraulico — CR-0311, colonna montante AF: prova di tenuta a 1,5 × 6 bar = 9 bar per almeno 4 h, calo ammesso ≤ 0,2 bar (capitolato art. 14.3).',
          },
        ],
      },
      {
        name: 'tecnico_elettrico_collaudi',
        description: 'Esegue le prove sugli impianti elettrici',
        instructions: 'Esegui le prove elettriche.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'tecnico_idraulico',
        description: 'Esegue prove di tenuta sugli impianti idrici',
        instructions: 'Esegui la prova con i parametri richiesti e riporta i valori misurati.',
        prompt: 'Smistamento:\n{input}\n\nRichiesta: {request}',
        replies: [
          {
            call: 'prova_tenuta',
            args: { commessa: 'CR-0311', circuito: 'colonna montante AF', pressione_bar: 9, durata_h: 4 },
            result:
              'Prova PT-0311-02 — 12/03/2026 08:10-12:15\nManometro tarato n. M-118 (cert. 02/2026)\n| ora | bar |\n|---|---|\n| 08:10 | 9,00 |\n| 09:10 | 8,97 |\n| 10:10 | 8,95 |\n| 11:10 | 8,94 |\n| 12:10 | 8,93 |\nCalo totale 0,07 bar in 4 h 05 min. Nessuna perdita visibile ai raccordi.',
          },
          {
            say: 'Prova PT-0311-02 eseguita il 12/03/2026: colonna montante AF portata a **9,00 bar** (1,5 × 6 bar di esercizio) e tenuta per 4 h 05 min; calo 0,07 bar (ammesso 0,2). Nessuna perdita. **Esito positivo.**',
          },
        ],
      },
      {
        name: 'redattore_verbali',
        description: 'Redige i verbali di prova per la direzione lavori',
        instructions: 'Redigi il verbale di prova.',
        prompt: 'Esito prova:\n{input}',
        replies: [
          {
            say: '**Verbale di prova di tenuta — commessa CR-0311**\n\nOggetto: colonna montante acqua fredda, scala unica, Palazzina Via Bissolati 31, Cremona.\nRiferimento: capitolato art. 14.3 (pressione di prova 1,5 × esercizio, durata ≥ 4 h, calo ≤ 0,2 bar).\n\n- Data: 12/03/2026, 08:10–12:15\n- Pressione di esercizio: 6 bar — pressione di prova: **9,00 bar**\n- Strumento: manometro M-118, tarato 02/2026\n- Lettura finale: 8,93 bar — calo 0,07 bar\n\n**Esito: POSITIVO.** Si autorizza la chiusura dei cavedi.\n\nIl tecnico esecutore — per presa visione, la DL',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'valencia-lift-entrapment-passed-to-lift-coordinator',
    title:
      'The control room says it is passing the lift entrapment to the lift coordinator and does transfer; the coordinator dispatches the maintainer with every detail of the call',
    domain: 'shopping centre facilities management, lift emergencies',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf: 'lost_message: a handoff announced in an answer that is actually made, with the full brief',
    request:
      'Centro comercial Aqua Multiespacio, Valencia: aviso de las 17:42 del 14/03/2026, ascensor panorámico ASC-04 detenido entre planta 1 y planta 2 con 3 personas dentro (una es una mujer embarazada). El interfono funciona. Gestionad el rescate.',
    topology: {
      shape: 'swarm',
      entry: 'centro_control',
      agents: ['centro_control', 'coordinador_ascensores'],
    },
    agents: [
      {
        name: 'centro_control',
        description: 'Centro de control del centro comercial, primera atención de avisos',
        instructions:
          'Registra el aviso y transfiere las incidencias de ascensores al coordinador de ascensores.',
        replies: [
          {
            call: 'registrar_aviso',
            args: { activo: 'ASC-04', tipo: 'atrapamiento', ocupantes: 3, hora: '17:42' },
            result:
              '{"aviso": "AV-2026-03-1187", "activo": "ASC-04 panorámico (Orona, contrato OR-VAL-0992)", "ultima_revision": "02/03/2026", "prioridad": "P1 — rescate < 30 min", "vigilante_en_planta": "R. Soler, en P1 frente al ascensor"}',
          },
          {
            handoff: 'coordinador_ascensores',
            message:
              'Aviso AV-2026-03-1187 registrado como P1. Paso el atrapamiento al coordinador de ascensores: ASC-04 panorámico detenido entre P1 y P2 desde las 17:42, 3 ocupantes (una mujer embarazada), interfono operativo. Vigilante R. Soler ya frente a la puerta en P1. Mantenedor Orona, contrato OR-VAL-0992.',
          },
        ],
      },
      {
        name: 'coordinador_ascensores',
        description: 'Coordina las incidencias de ascensores con el mantenedor',
        instructions:
          'Activa al mantenedor, comprueba el tiempo de llegada y cierra el aviso con el rescate.',
        replies: [
          {
            call: 'avisar_mantenedor',
            args: {
              mantenedor: 'Orona',
              contrato: 'OR-VAL-0992',
              activo: 'ASC-04',
              prioridad: 'P1',
              observaciones: '3 atrapados entre P1 y P2, una embarazada',
            },
            result:
              'Orona 24h: incidencia ORN-558201 aceptada 17:46. Técnico D. Navarro, llegada estimada 18:05. Instrucción: no intentar maniobras de rescate manual; mantener contacto por interfono.',
          },
          {
            call: 'cerrar_aviso',
            args: { aviso: 'AV-2026-03-1187', resultado: 'rescate completado' },
            result:
              'AV-2026-03-1187 cerrado 18:14: rescate por técnico Orona a las 18:09 (cabina nivelada en P1), 3 personas fuera sin lesiones; SVA no necesario. ASC-04 fuera de servicio hasta revisión.',
          },
          {
            say: '**Atrapamiento ASC-04 — AV-2026-03-1187**\n\n- 17:42 aviso; 17:46 Orona activada (ORN-558201), técnico D. Navarro.\n- 18:09 rescate: cabina nivelada en P1, las 3 personas fuera sin lesiones (la mujer embarazada atendida por el vigilante, no necesitó asistencia sanitaria).\n- ASC-04 **fuera de servicio** hasta la revisión de Orona.\n- Tiempo de rescate: 27 min (objetivo P1 < 30 min).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'mestre-site-diary-crews-terse-notes-faithfully-merged',
    title:
      'Three crews answer the site manager with clipped notes and abbreviations (pil., cls, Rck, ql); every figure is right and the assistant to the works director writes the diary from them',
    domain: 'residential construction, daily site diary',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: terse, abbreviated worker notes that are nonetheless complete and correctly used downstream',
    request:
      'Cantiere Residenza Parco San Giuliano, Mestre (commessa VE-0544). Giornale dei lavori di martedì 10/03/2026: carpenteria, ferraioli e impianti. Meteo e presenze come da fogli firma. Serve per la firma del DL entro stasera.',
    topology: {
      shape: 'fanout',
      planner: 'capocantiere',
      workers: ['squadra_carpentieri', 'squadra_ferraioli', 'squadra_impianti'],
      aggregator: 'assistente_dl',
    },
    agents: [
      {
        name: 'capocantiere',
        description: 'Capocantiere della commessa VE-0544',
        instructions: 'Chiedi a ciascuna squadra il resoconto della giornata.',
        replies: [
          {
            plan: {
              squadra_carpentieri: 'Resoconto 10/03: getti e casseri, volumi e prelievi.',
              squadra_ferraioli: 'Resoconto 10/03: armature posate, quantità, controlli DL.',
              squadra_impianti: 'Resoconto 10/03: lavorazioni impiantistiche e prove.',
            },
          },
        ],
      },
      {
        name: 'squadra_carpentieri',
        description: 'Squadra carpentieri',
        instructions: 'Riporta le attività della giornata.',
        prompt: 'Richiesta capocantiere: {input}',
        replies: [
          {
            call: 'foglio_giornaliero',
            args: { squadra: 'carpentieri', data: '10/03/2026', commessa: 'VE-0544' },
            result:
              '{"presenti": 5, "ore": 40, "attivita": [{"descrizione": "getto pilastri P4 (P4.1-P4.8)", "cls": "C32/40 XC1 S4", "m3": 6.2, "bolle": ["DDT 4471", "DDT 4472"], "prelievi": 1, "cubetti": 3}, {"descrizione": "disarmo solaio P3 campate A-C"}], "meteo": "sereno, 11 °C ore 8"}',
          },
          {
            say: '5 pers/40 h. Gettati 8 pil. P4 (P4.1–P4.8), cls C32/40 XC1 S4, 6,2 m³ (DDT 4471-4472), 1 prel. = 3 cub. Disarmo sol. P3 camp. A–C. Sereno, 11 °C h8.',
          },
        ],
      },
      {
        name: 'squadra_ferraioli',
        description: 'Squadra ferraioli',
        instructions: 'Riporta le attività della giornata.',
        prompt: 'Richiesta capocantiere: {input}',
        replies: [
          {
            call: 'foglio_giornaliero',
            args: { squadra: 'ferraioli', data: '10/03/2026', commessa: 'VE-0544' },
            result:
              '{"presenti": 4, "ore": 32, "attivita": [{"descrizione": "armatura travi e solaio P4 campate A-B", "acciaio": "B450C", "kg": 3850}], "controlli": [{"chi": "DL ing. Zanon", "ora": "15:30", "esito": "armature P4 A-B conformi, autorizzato getto 12/03"}]}',
          },
          {
            say: '4 pers/32 h. Arm. travi+sol. P4 camp. A–B, B450C, 38,5 ql. Controllo DL (ing. Zanon) h15:30: ok, getto autorizz. 12/03.',
          },
        ],
      },
      {
        name: 'squadra_impianti',
        description: 'Squadra impianti (subappalto Termoidraulica Veneta)',
        instructions: 'Riporta le attività della giornata.',
        prompt: 'Richiesta capocantiere: {input}',
        replies: [
          {
            call: 'foglio_giornaliero',
            args: { squadra: 'impianti', data: '10/03/2026', commessa: 'VE-0544' },
            result:
              '{"impresa": "Termoidraulica Veneta S.r.l.", "presenti": 2, "ore": 16, "attivita": [{"descrizione": "scarichi PP bagni P1 alloggi 1-4"}, {"descrizione": "prova tenuta scarichi P1", "esito": "ok, 30 min colonna d’acqua 3 m"}]}',
          },
          {
            say: 'Termoidr. Veneta 2 pers/16 h. Scarichi PP bagni P1 all. 1–4. Prova tenuta scarichi P1 ok (30’, colonna 3 m).',
          },
        ],
      },
      {
        name: 'assistente_dl',
        description: 'Assistente alla direzione lavori, tiene il giornale dei lavori',
        instructions: 'Compila la pagina del giornale dei lavori dai resoconti delle squadre.',
        prompt: 'Resoconti:\n{input}',
        replies: [
          {
            say: '**Giornale dei lavori — VE-0544, Residenza Parco San Giuliano, Mestre**\n**Martedì 10/03/2026** — meteo: sereno, 11 °C alle ore 8.\n\n| squadra | presenti | ore | lavorazioni |\n|---|---|---|---|\n| carpentieri | 5 | 40 | getto pilastri P4.1–P4.8, C32/40 XC1 S4, 6,2 m³ (DDT 4471, 4472), 1 prelievo (3 cubetti); disarmo solaio P3 campate A–C |\n| ferraioli | 4 | 32 | armatura travi e solaio P4 campate A–B, B450C, 3.850 kg |\n| Termoidraulica Veneta | 2 | 16 | scarichi PP bagni P1 alloggi 1–4; prova di tenuta scarichi P1 positiva (30 min, colonna d’acqua 3 m) |\n\nControllo DL (ing. Zanon) ore 15:30: armature P4 campate A–B conformi, getto autorizzato per il 12/03/2026.\n\nTotale presenze: 11 persone, 88 ore.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'brescia-pump-slot-refused-rebooked-and-declared',
    title:
      'The pump booking for 07:00 fails (slot taken); logistics rebooks 07:45, says so plainly, and the site director moves the first truck to match',
    domain: 'industrial building construction, concrete pump logistics',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error surfaced, worked around and reported rather than swallowed',
    request:
      'Cantiere capannone Lonato del Garda (commessa BS-1290). Getto della platea del magazzino, venerdì 20/03/2026: 84 m³ di C28/35 XC2, con autopompa 42 m alle 7:00. Prenotate la pompa e allineate la prima autobetoniera con Calcestruzzi Garda.',
    topology: {
      shape: 'supervisor',
      coordinator: 'direttore_cantiere',
      workers: ['logistica_cantiere', 'ordini_calcestruzzo'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'direttore_cantiere',
        description: 'Direttore di cantiere della commessa BS-1290',
        instructions: 'Fai prenotare la pompa, poi allinea la fornitura di calcestruzzo all’orario ottenuto.',
        replies: [
          {
            handoff: 'logistica_cantiere',
            message:
              'Prenota autopompa 42 m per venerdì 20/03/2026 alle 7:00, getto platea magazzino BS-1290, 84 m³.',
          },
          {
            handoff: 'ordini_calcestruzzo',
            message:
              'La pompa è disponibile solo dalle 7:45 (slot delle 7:00 già preso). Sposta la prima autobetoniera di Calcestruzzi Garda alle 7:45 del 20/03/2026, 84 m³ C28/35 XC2, cadenza compatibile con la pompa.',
          },
          {
            say: '**Getto platea BS-1290 — venerdì 20/03/2026**\n\n- Autopompa 42 m: prenotazione PMP-20-0318, **dalle 7:45** (lo slot delle 7:00 non era disponibile).\n- Calcestruzzo: Calcestruzzi Garda, ordine CG-77410, 84 m³ C28/35 XC2, prima autobetoniera alle **7:45**, poi ogni 20 min (10 viaggi).\n- Inizio getto quindi alle 7:45 anziché alle 7:00: squadra convocata per le 7:15.',
          },
        ],
      },
      {
        name: 'logistica_cantiere',
        description: 'Logistica di cantiere: mezzi e noleggi',
        instructions:
          'Prenota i mezzi richiesti e riporta fedelmente l’esito, anche se diverso dalla richiesta.',
        replies: [
          {
            call: 'prenota_autopompa',
            args: { fornitore: 'Pompaggi Benaco', braccio_m: 42, data: '20/03/2026', ora: '07:00' },
            result: {
              error:
                'SLOT_NON_DISPONIBILE: autopompa 42 m targa FG 318 KX già impegnata 20/03/2026 06:30-07:40 (cantiere Desenzano). Primo slot libero: 07:45.',
            },
          },
          {
            call: 'prenota_autopompa',
            args: { fornitore: 'Pompaggi Benaco', braccio_m: 42, data: '20/03/2026', ora: '07:45' },
            result:
              'Prenotazione PMP-20-0318 confermata: autopompa 42 m (FG 318 KX), 20/03/2026 dalle 07:45, tariffa 185,00 €/h + 120,00 € piazzamento.',
          },
          {
            say: 'Attenzione: alle **7:00 non era disponibile** (la pompa è su un altro cantiere fino alle 7:40). Ho prenotato il primo slot libero: **PMP-20-0318, autopompa 42 m dalle 7:45** del 20/03/2026, 185,00 €/h + 120,00 € di piazzamento. Va spostata di conseguenza la prima autobetoniera.',
          },
        ],
      },
      {
        name: 'ordini_calcestruzzo',
        description: 'Gestisce gli ordini alla centrale di betonaggio',
        instructions: 'Inserisci o modifica l’ordine di calcestruzzo e conferma orari e viaggi.',
        replies: [
          {
            call: 'ordine_centrale',
            args: {
              centrale: 'Calcestruzzi Garda',
              volume_m3: 84,
              classe: 'C28/35 XC2',
              data: '20/03/2026',
              prima_consegna: '07:45',
            },
            result:
              'Ordine CG-77410 confermato: 84 m³ C28/35 XC2 S4, 20/03/2026, prima consegna 07:45, 10 viaggi (9 × 8,5 m³ + 1 × 7,5 m³), cadenza 20 min.',
          },
          {
            say: 'Ordine CG-77410: 84 m³ C28/35 XC2, prima autobetoniera alle 7:45 del 20/03/2026, 10 viaggi ogni 20 minuti.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'zaragoza-activity-licence-second-review-with-evacuation-plan',
    title:
      'The licensing coordinator sends the project technician back to the same activity-licence file a second time, now with the missing signed evacuation plan, and the file is lodged',
    domain: 'commercial fit-out, activity licence',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: the same worker asked twice, the second time with the document it was missing, and progress made',
    request:
      'Local comercial en C/ Alfonso I 17, Zaragoza (reforma para cafetería, 142 m², aforo 68 personas). Presentad la solicitud de licencia de actividad en el Ayuntamiento con toda la documentación; la apertura está prevista para el 15/05/2026.',
    topology: {
      shape: 'network',
      coordinator: 'coordinador_licencias',
      workers: ['tecnico_proyectos', 'archivo_documental'],
    },
    agents: [
      {
        name: 'coordinador_licencias',
        description: 'Coordina las licencias de actividad de los locales',
        instructions: 'Haz revisar y presentar el expediente; consigue lo que falte y termina con el estado.',
        replies: [
          {
            handoff: 'tecnico_proyectos',
            message:
              'Licencia de actividad cafetería C/ Alfonso I 17 (142 m², aforo 68): revisa que el expediente esté completo y preséntalo en sede electrónica.',
          },
          {
            handoff: 'archivo_documental',
            message:
              'Busca el plano de evacuación del local C/ Alfonso I 17 firmado por el técnico competente (proyecto de actividad, anexo CTE DB-SI).',
          },
          {
            handoff: 'tecnico_proyectos',
            message:
              'Ya tienes el plano que faltaba: DOC-ZGZ-7713, plano de evacuación firmado el 11/03/2026 por la arq. L. Gracia (visado COAA 26/01452). Adjúntalo y presenta el expediente.',
          },
          {
            say: '**Licencia de actividad — cafetería C/ Alfonso I 17, Zaragoza**\n\nSolicitud presentada el 12/03/2026, registro **REGAGE26e00018834**, expediente municipal 0412877/2026. Documentación completa (incluido el plano de evacuación firmado y visado). Tasa: 684,50 € pagada. Plazo de resolución: 2 meses, compatible con la apertura del 15/05/2026 si no hay requerimientos.',
          },
        ],
      },
      {
        name: 'tecnico_proyectos',
        description: 'Técnico de proyectos y tramitación',
        instructions: 'Revisa el expediente, señala lo que falte y preséntalo cuando esté completo.',
        replies: [
          {
            call: 'revisar_expediente',
            args: { local: 'C/ Alfonso I 17, Zaragoza', tramite: 'licencia de actividad' },
            result:
              '| documento | estado |\n|---|---|\n| proyecto de actividad (memoria) | OK |\n| justificación CTE DB-SI | OK |\n| plano de evacuación firmado | **FALTA** (solo borrador sin firma) |\n| estudio acústico | OK (ensayo 03/03/2026, 28 dBA) |\n| autoliquidación tasa | OK, 684,50 € |',
          },
          {
            say: 'No puedo presentar todavía: falta el **plano de evacuación firmado** (en el expediente solo está el borrador sin firma). El resto está completo: memoria, DB-SI, estudio acústico (28 dBA) y tasa de 684,50 €.',
          },
          {
            call: 'presentar_solicitud',
            args: {
              local: 'C/ Alfonso I 17, Zaragoza',
              tramite: 'licencia de actividad',
              adjunto: 'DOC-ZGZ-7713',
            },
            result:
              'Presentación telemática correcta. Registro REGAGE26e00018834, 12/03/2026 10:22. Expediente municipal 0412877/2026 — Servicio de Licencias de Actividad.',
          },
          {
            say: 'Expediente presentado con el plano DOC-ZGZ-7713: registro REGAGE26e00018834 del 12/03/2026, expediente municipal 0412877/2026.',
          },
        ],
      },
      {
        name: 'archivo_documental',
        description: 'Archivo documental de proyectos',
        instructions: 'Localiza los documentos pedidos y devuelve su referencia.',
        replies: [
          {
            call: 'buscar_documento',
            args: { local: 'C/ Alfonso I 17, Zaragoza', tipo: 'plano de evacuación firmado' },
            result:
              '{"id": "DOC-ZGZ-7713", "titulo": "Plano 05 — Evacuación y protección contra incendios", "firmado": "arq. L. Gracia, 11/03/2026", "visado": "COAA 26/01452", "formato": "PDF firmado"}',
          },
          {
            say: 'Encontrado: DOC-ZGZ-7713, plano 05 de evacuación firmado por la arq. L. Gracia el 11/03/2026, visado COAA 26/01452.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch66Scenarios = [...faults, ...healthy];
