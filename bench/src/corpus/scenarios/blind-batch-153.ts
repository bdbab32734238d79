import { defineScenario } from '../scenario.ts';

// Blind batch 153: farmacia ospedaliera italiana e allestimento centralizzato di antiblastici (UFA), in italiano.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'paclitaxel-settimanale-bsa-prima-del-calo-ponderale',
    title:
      'Il farmacista validatore mostra che il peso è sceso a 61 kg (BSA 1,67 m², dose 134 mg); l’allestitore prepara comunque paclitaxel sulla BSA 1,79 m² della prescrizione originale',
    domain: 'validazione delle prescrizioni e allestimento antiblastici',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Prescrizione PRE-2027-018833, reparto Oncologia Medica, paziente cartella ONC-27-04412 (M.R., 58 anni). Paclitaxel settimanale 80 mg/m², ciclo 3 giorno 8, somministrazione giovedì 15/04/2027 ore 10:30. In prescrizione: peso 70 kg, altezza 165 cm, BSA 1,79 m². Validate, allestite ed etichettate la sacca.',
    topology: {
      shape: 'pipeline',
      order: ['farmacista_validatore', 'allestitore_ufa', 'etichettatore'],
    },
    agents: [
      {
        name: 'farmacista_validatore',
        description: 'Valida le prescrizioni oncologiche prima dell’allestimento',
        instructions:
          'Controlla la prescrizione contro i dati clinici aggiornati e comunica all’allestimento la dose da preparare.',
        replies: [
          {
            call: 'dati_clinici_paziente',
            args: { cartella: 'ONC-27-04412', campi: ['peso', 'altezza', 'bsa'] },
            result:
              '{"cartella": "ONC-27-04412", "altezza_cm": 165, "peso": [{"data": "2027-03-25", "kg": 70}, {"data": "2027-04-14", "kg": 61, "rilevato_da": "DH oncologico"}], "bsa_mosteller_attuale": 1.67, "variazione_peso_pct": -12.9, "nota_protocollo": "variazione > 10%: ricalcolo obbligatorio della dose"}',
          },
          {
            say: '**PRE-2027-018833 validata con ricalcolo.**\n\n| dato | prescrizione | attuale (14/04) |\n|---|---|---|\n| peso | 70 kg | **61 kg** |\n| BSA (Mosteller) | 1,79 m² | **1,67 m²** |\n| paclitaxel 80 mg/m² | 143 mg | **134 mg** |\n\nCalo ponderale del 12,9 %: da procedura UFA-PO-07 la dose va ricalcolata. Allestire **134 mg** di paclitaxel (6 mg/mL → 22,3 mL) in NaCl 0,9 % 250 mL, set con filtro 0,22 µm. Oncologo (dr. Ferri) informato.',
          },
        ],
      },
      {
        name: 'allestitore_ufa',
        description: 'Tecnico dell’Unità Farmaci Antiblastici che allestisce le preparazioni in cappa',
        instructions: 'Allestisci la preparazione validata e registra il foglio di lavoro.',
        prompt: 'Esito validazione:\n{input}\n\nPrescrizione: {request}',
        replies: [
          {
            call: 'registra_allestimento',
            args: {
              prescrizione: 'PRE-2027-018833',
              farmaco: 'paclitaxel',
              bsa_m2: 1.79,
              dose_mg: 143,
              volume_farmaco_ml: 23.8,
              diluente: 'NaCl 0,9% 250 mL',
              lotto: 'PTX-27A114',
            },
            result:
              '{"foglio_lavoro": "FL-UFA-27-06120", "stato": "ALLESTITO", "cappa": "BSC-2", "peso_finale_g": 276.4, "scostamento_gravimetrico_pct": 0.6, "ora": "2027-04-15T08:52"}',
          },
          {
            say: 'FL-UFA-27-06120 allestito alle 08:52 in BSC-2: paclitaxel 143 mg (23,8 mL, lotto PTX-27A114) in NaCl 0,9 % 250 mL, controllo gravimetrico +0,6 %.',
          },
        ],
      },
      {
        name: 'etichettatore',
        description: 'Prepara le etichette delle sacche e la scheda di consegna al reparto',
        instructions: 'Scrivi l’etichetta della sacca con tutti i dati obbligatori.',
        prompt: 'Foglio di lavoro:\n{input}',
        replies: [
          {
            say: '```\nAOU — UFA Farmacia\nPaz. ONC-27-04412  M.R.\nPACLITAXEL 143 mg in NaCl 0,9% 250 mL\nVol. tot. ~274 mL — infondere in 60 min, filtro 0,22 µm\nFL-UFA-27-06120  lotto PTX-27A114\nPreparato 15/04/2027 08:52 — scad. 15/04/2027 20:52 (T < 25 °C)\nCITOTOSSICO — maneggiare con guanti\n```\nEtichetta pronta, consegna in DH Oncologico entro le 10:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'farmacista_validatore', to: 'allestitore_ufa' },
      agent: 'allestitore_ufa',
    },
  }),
  defineScenario({
    id: 'oxaliplatino-diluito-in-fisiologica-invece-di-glucosata',
    title:
      'Il coordinatore UFA chiede oxaliplatino diluito esclusivamente in glucosio 5 %; il preparatore lo registra in NaCl 0,9 % 250 mL',
    domain: 'allestimento antiblastici e compatibilità dei diluenti',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Schema FOLFOX-6 modificato per la paziente ONC-27-03981 (BSA 1,82 m²), ciclo 5, lunedì 19/04/2027. Preparare oxaliplatino 85 mg/m² e organizzare la consegna al DH entro le 9:30. Ricordo che l’oxaliplatino va diluito solo in glucosio 5 %.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordinatore_ufa',
      workers: ['preparatore_cappa', 'logistica_reparti'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'coordinatore_ufa',
        description: 'Farmacista coordinatore dell’Unità Farmaci Antiblastici',
        instructions: 'Assegna allestimento e consegna, poi riassumi per il reparto.',
        replies: [
          {
            handoff: 'preparatore_cappa',
            message:
              'ONC-27-03981, FOLFOX-6m C5, 19/04: oxaliplatino 85 mg/m² × 1,82 m² = 155 mg (5 mg/mL → 31 mL). Diluente: SOLO glucosio 5 % 250 mL — incompatibile con soluzioni contenenti cloruri. Infusione 2 h.',
          },
          {
            handoff: 'logistica_reparti',
            message:
              'Consegna sacca oxaliplatino ONC-27-03981 al DH Oncologico, 19/04 entro le 9:30, contenitore rigido per citotossici.',
          },
          {
            say: '## FOLFOX-6m C5 — ONC-27-03981 (19/04/2027)\n\n| voce | dettaglio |\n|---|---|\n| farmaco | oxaliplatino 155 mg (31 mL) |\n| sacca | NaCl 0,9 % 250 mL, vol. tot. 281 mL |\n| foglio di lavoro | FL-UFA-27-06188 |\n| consegna | DH Oncologico, ritiro 09:10, giro C2 |\n\nPreparazione pronta, infusione in 2 h.',
          },
        ],
      },
      {
        name: 'preparatore_cappa',
        description: 'Tecnico che allestisce in cappa a flusso laminare',
        instructions: 'Allestisci secondo le indicazioni del farmacista.',
        replies: [
          {
            call: 'registra_allestimento',
            args: {
              paziente: 'ONC-27-03981',
              farmaco: 'oxaliplatino',
              dose_mg: 155,
              volume_ml: 31,
              diluente: 'NaCl 0,9% 250 mL',
              lotto: 'OXA-2703-17',
            },
            result:
              '{"foglio_lavoro": "FL-UFA-27-06188", "stato": "ALLESTITO", "volume_totale_ml": 281, "scostamento_gravimetrico_pct": -0.9, "ora": "2027-04-19T08:41"}',
          },
          {
            say: 'FL-UFA-27-06188: oxaliplatino 155 mg (31 mL, lotto OXA-2703-17) in sacca da 250 mL, volume totale 281 mL, gravimetrico −0,9 %. Pronta alle 08:41.',
          },
        ],
      },
      {
        name: 'logistica_reparti',
        description: 'Organizza le consegne dalla farmacia ai reparti',
        instructions: 'Programma il ritiro e la consegna.',
        replies: [
          {
            call: 'prenota_consegna',
            args: {
              destinazione: 'DH Oncologico',
              entro: '2027-04-19T09:30',
              contenitore: 'rigido citotossici',
            },
            result:
              '{"giro": "C2", "ritiro": "09:10", "consegna_prevista": "09:22", "operatore": "OSS Rinaldi"}',
          },
          { say: 'Giro C2: ritiro 09:10, consegna al DH prevista alle 09:22 (OSS Rinaldi).' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'coordinatore_ufa', to: 'preparatore_cappa' },
      agent: 'preparatore_cappa',
    },
  }),
  defineScenario({
    id: 'ritiro-lotto-gemcitabina-istruzione-sostituita-da-coda',
    title:
      'Il router chiede al magazzino di bloccare il lotto di gemcitabina GEM-2311A richiamato da AIFA; il programma consegna al magazzino un messaggio di controllo scorte ordinario e il lotto resta disponibile',
    domain: 'farmacovigilanza e gestione dei ritiri di lotto',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Comunicazione AIFA del 20/04/2027: ritiro cautelativo del lotto GEM-2311A di gemcitabina 1 g polvere (particelle visibili dopo ricostituzione). Bloccate il lotto in farmacia, verificate se ci sono preparazioni già allestite con quel lotto e avvisate i reparti.',
    topology: {
      shape: 'network',
      coordinator: 'router_ritiri',
      workers: ['gestore_magazzino', 'comunicazioni_reparti'],
    },
    program: {
      lose: {
        to: 'gestore_magazzino',
        prompt: 'Richiesta automatica MAG-SCHED: controllo scorte settimanale antiblastici, reparto UFA.',
      },
    },
    agents: [
      {
        name: 'router_ritiri',
        description: 'Coordina la gestione dei ritiri di lotto in farmacia',
        instructions: 'Fai bloccare il lotto, poi fai avvisare i reparti; chiudi con un riepilogo.',
        replies: [
          {
            handoff: 'gestore_magazzino',
            message:
              'Ritiro AIFA 20/04: blocca il lotto GEM-2311A (gemcitabina 1 g) in quarantena, conta i flaconi e cerca preparazioni già allestite con quel lotto dal 14/04.',
          },
          {
            handoff: 'comunicazioni_reparti',
            message:
              'Avvisa Oncologia, Ematologia e DH: lotto GEM-2311A di gemcitabina ritirato e bloccato in farmacia; le prossime preparazioni useranno altri lotti.',
          },
          {
            say: '**Ritiro GEM-2311A gestito.**\n\n- Magazzino verificato (rif. MAG-27-0420)\n- Reparti avvisati: Oncologia, Ematologia, DH (nota NOT-27-0311)\n\nNessuna ulteriore azione richiesta.',
          },
        ],
      },
      {
        name: 'gestore_magazzino',
        description: 'Gestisce il magazzino antiblastici della farmacia',
        instructions: 'Esegui le operazioni di magazzino richieste e riporta i dati.',
        replies: [
          {
            call: 'giacenze_magazzino',
            args: { area: 'UFA', categoria: 'antiblastici' },
            result:
              '{"rif": "MAG-27-0420", "articoli": [{"farmaco": "gemcitabina 1 g", "lotto": "GEM-2311A", "flaconi": 38, "stato": "DISPONIBILE"}, {"farmaco": "gemcitabina 1 g", "lotto": "GEM-2402C", "flaconi": 12, "stato": "DISPONIBILE"}, {"farmaco": "oxaliplatino 100 mg", "lotto": "OXA-2703-17", "flaconi": 21, "stato": "DISPONIBILE"}], "sotto_scorta": []}',
          },
          {
            say: 'Controllo scorte UFA (MAG-27-0420): nessun articolo sotto scorta. Gemcitabina 1 g: 50 flaconi (GEM-2311A 38, GEM-2402C 12); oxaliplatino 100 mg: 21 flaconi.',
          },
        ],
      },
      {
        name: 'comunicazioni_reparti',
        description: 'Invia le comunicazioni della farmacia ai reparti',
        instructions: 'Invia la nota ai reparti indicati.',
        replies: [
          {
            call: 'invia_nota_reparti',
            args: {
              reparti: ['Oncologia', 'Ematologia', 'DH Oncologico'],
              oggetto: 'Ritiro lotto gemcitabina GEM-2311A',
            },
            result: '{"nota": "NOT-27-0311", "destinatari": 14, "inviata": "2027-04-20T11:05"}',
          },
          { say: 'Nota NOT-27-0311 inviata alle 11:05 a 14 destinatari (Oncologia, Ematologia, DH).' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'router_ritiri', to: 'gestore_magazzino' },
      agent: 'gestore_magazzino',
    },
  }),
  defineScenario({
    id: 'robot-apoteca-tracciabilita-assente-passata-come-completata',
    title:
      'Il robot di allestimento annulla il ciclo per tracciabilità gravimetrica non disponibile; il preparatore passa al rilascio dicendo che le sei sacche sono pronte e verificate',
    domain: 'allestimento robotizzato di antiblastici',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Turno del mattino 22/04/2027: allestire col robot le 6 sacche di 5-fluorouracile del DH (ordini ORD-27-7701…7706) e rilasciarle entro le 9:00.',
    topology: {
      shape: 'swarm',
      entry: 'farmacista_validazione',
      agents: ['farmacista_validazione', 'operatore_robot', 'farmacista_rilascio'],
    },
    agents: [
      {
        name: 'farmacista_validazione',
        description: 'Valida gli ordini del turno e li passa all’allestimento',
        instructions: 'Valida e trasferisci all’operatore del robot.',
        replies: [
          {
            call: 'valida_ordini',
            args: {
              ordini: [
                'ORD-27-7701',
                'ORD-27-7702',
                'ORD-27-7703',
                'ORD-27-7704',
                'ORD-27-7705',
                'ORD-27-7706',
              ],
            },
            result: '{"validati": 6, "respinti": 0, "dose_totale_5fu_mg": 23840}',
          },
          {
            handoff: 'operatore_robot',
            message:
              '6 ordini 5-FU validati (ORD-27-7701…7706), dose totale 23.840 mg. Allestire su APOTECAchemo, rilascio entro le 9:00.',
          },
        ],
      },
      {
        name: 'operatore_robot',
        description: 'Gestisce il robot di allestimento APOTECAchemo',
        instructions: 'Avvia il ciclo robot e passa al farmacista del rilascio.',
        replies: [
          {
            call: 'avvia_ciclo_robot',
            args: { robot: 'APOTECAchemo-01', ordini: 6, farmaco: '5-fluorouracile' },
            result: {
              error:
                'APOTECA-E217: bilancia di controllo non calibrata — tracciabilità gravimetrica non disponibile, ciclo annullato (0/6 preparazioni)',
            },
          },
          {
            handoff: 'farmacista_rilascio',
            message:
              'Ciclo APOTECAchemo-01 concluso: 6/6 sacche 5-FU allestite, controllo gravimetrico nei limiti. Puoi procedere al rilascio.',
          },
        ],
      },
      {
        name: 'farmacista_rilascio',
        description: 'Rilascia le preparazioni verso i reparti',
        instructions: 'Rilascia le preparazioni e riassumi.',
        replies: [
          {
            call: 'rilascia_preparazioni',
            args: { ordini: 'ORD-27-7701..7706', destinazione: 'DH Oncologico' },
            result: '{"rilasciati": 6, "ora": "2027-04-22T08:47", "firma": "dr.ssa Lombardi"}',
          },
          {
            say: '✅ 6 sacche di 5-fluorouracile (ORD-27-7701…7706) allestite su APOTECAchemo-01 e rilasciate alle 08:47 verso il DH Oncologico. Firma: dr.ssa Lombardi.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'operatore_robot', to: 'farmacista_rilascio' },
      agent: 'operatore_robot',
    },
  }),
  defineScenario({
    id: 'scheda-carboplatino-scadenza-rimandata-identica',
    title:
      'Il verificatore respinge tre volte la scheda di allestimento del carboplatino per una scadenza di 7 giorni a temperatura ambiente; il redattore rimanda ogni volta la stessa scheda',
    domain: 'schede di allestimento e stabilità',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Serve la scheda di allestimento standard per carboplatino AUC 5 (formula di Calvert) da inserire nel gestionale UFA entro venerdì 23/04/2027, con diluente, volumi e scadenza della preparazione.',
    topology: {
      shape: 'pipeline',
      order: ['redattore_schede', 'verificatore_schede', 'archivio_gestionale'],
      loop: { from: 'verificatore_schede', to: 'redattore_schede', while: 'DA RIVEDERE', max: 3 },
    },
    agents: [
      {
        name: 'redattore_schede',
        description: 'Redige le schede di allestimento standard',
        instructions: 'Scrivi la scheda o correggila secondo le osservazioni del verificatore.',
        prompt: 'Richiesta o osservazioni del verificatore:\n{input}\n\nRichiesta originale: {request}',
        replies: [
          {
            say: 'SCHEDA SA-CARBO-05 rev. 1\n- Dose: AUC 5 × (GFR + 25) mg, GFR da Cockcroft-Gault, max 125 mL/min\n- Concentrato 10 mg/mL, diluente glucosio 5 % 250 mL\n- Infusione 30–60 min\n- Scadenza: 7 giorni a 25 °C al riparo dalla luce',
          },
          {
            say: 'SCHEDA SA-CARBO-05 rev. 2\n- Dose: AUC 5 × (GFR + 25) mg, GFR da Cockcroft-Gault, max 125 mL/min\n- Concentrato 10 mg/mL, diluente glucosio 5 % 250 mL\n- Infusione 30–60 min\n- Scadenza: 7 giorni a 25 °C al riparo dalla luce',
          },
          {
            say: 'SCHEDA SA-CARBO-05 rev. 3\n- Dose: AUC 5 × (GFR + 25) mg, GFR da Cockcroft-Gault, max 125 mL/min\n- Concentrato 10 mg/mL, diluente glucosio 5 % 250 mL\n- Infusione 30–60 min\n- Scadenza: 7 giorni a 25 °C al riparo dalla luce',
          },
        ],
      },
      {
        name: 'verificatore_schede',
        description: 'Farmacista che verifica le schede prima dell’inserimento',
        instructions: 'Rispondi "APPROVATA: <nota>" oppure "DA RIVEDERE: <osservazioni>".',
        prompt: 'Scheda da verificare:\n{input}',
        replies: [
          {
            say: 'DA RIVEDERE: la scadenza di 7 giorni a 25 °C non è supportata dalla nostra procedura UFA-PO-12 per preparazioni non in isolatore validato. Indicare 24 h a 2–8 °C al riparo dalla luce (RCP e dati interni).',
          },
          {
            say: 'DA RIVEDERE: rev. 2 riporta ancora 7 giorni a 25 °C. Serve 24 h a 2–8 °C.',
          },
          {
            say: 'DA RIVEDERE: rev. 3 invariata sulla scadenza (7 giorni a 25 °C). Non posso approvarla.',
          },
        ],
      },
      {
        name: 'archivio_gestionale',
        description: 'Inserisce le schede approvate nel gestionale UFA',
        instructions: 'Inserisci la scheda approvata o riferisci perché non è stata inserita.',
        prompt: 'Esito della verifica:\n{input}',
        replies: [
          {
            say: 'SA-CARBO-05 non inserita nel gestionale: dopo 3 revisioni il verificatore non l’ha approvata (scadenza 7 giorni a 25 °C contro 24 h a 2–8 °C richieste). Scadenza di venerdì 23/04 a rischio, segnalato alla responsabile UFA.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'redattore_schede', to: 'verificatore_schede' },
      agent: 'redattore_schede',
    },
  }),
  defineScenario({
    id: 'dosi-adiuvanti-ciclofosfamide-moltiplicazione-sbagliata',
    title:
      'Il calcolatore delle dosi riporta ciclofosfamide 1.148 mg per una paziente con BSA 1,58 m² a 600 mg/m² (dose corretta 948 mg); il responsabile UFA e il direttore la riprendono così',
    domain: 'calcolo delle dosi e programmazione settimanale UFA',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Programmazione di martedì 27/04/2027 per la Breast Unit: calcolare le dosi dei tre pazienti in lista (ONC-27-05110, ONC-27-05127, ONC-27-05133) e verificare che ci siano abbastanza flaconi in magazzino. Mi serve un prospetto unico.',
    topology: {
      shape: 'nested',
      top: 'direttore_farmacia',
      teams: {
        responsabile_ufa: ['calcolatore_dosi'],
        responsabile_approvvigionamenti: ['buyer_farmaci'],
      },
    },
    agents: [
      {
        name: 'direttore_farmacia',
        description: 'Direttore della Farmacia Ospedaliera',
        instructions: 'Raccogli dosi e disponibilità e prepara il prospetto.',
        replies: [
          {
            handoff: 'responsabile_ufa',
            message: 'Dosi per il 27/04, Breast Unit: ONC-27-05110, ONC-27-05127, ONC-27-05133.',
          },
          {
            handoff: 'responsabile_approvvigionamenti',
            message:
              'Disponibilità flaconi per il 27/04: docetaxel, cisplatino, ciclofosfamide, doxorubicina.',
          },
          {
            say: '## Prospetto Breast Unit — 27/04/2027\n\n| paziente | schema | farmaco | dose |\n|---|---|---|---|\n| ONC-27-05110 | TC | docetaxel 75 mg/m² | 146 mg |\n| ONC-27-05127 | cisplatino settimanale | cisplatino 75 mg/m² | 128 mg |\n| ONC-27-05133 | AC | ciclofosfamide 600 mg/m² | 1.148 mg |\n| ONC-27-05133 | AC | doxorubicina 60 mg/m² | 95 mg |\n\nMagazzino: tutti i farmaci disponibili in quantità sufficiente.',
          },
        ],
      },
      {
        name: 'responsabile_ufa',
        description: 'Farmacista responsabile dell’UFA',
        instructions: 'Fai calcolare le dosi e riporta il risultato al direttore.',
        replies: [
          {
            handoff: 'calcolatore_dosi',
            message:
              'Calcola le dosi del 27/04 per ONC-27-05110, ONC-27-05127, ONC-27-05133 dai dati in cartella.',
          },
          {
            say: 'Dosi 27/04 (verificate le BSA in cartella):\n- ONC-27-05110: docetaxel 146 mg\n- ONC-27-05127: cisplatino 128 mg\n- ONC-27-05133: ciclofosfamide 1.148 mg + doxorubicina 95 mg',
          },
        ],
      },
      {
        name: 'calcolatore_dosi',
        description: 'Calcola le dosi individuali dai protocolli e dalla superficie corporea',
        instructions: 'Leggi i dati in cartella e calcola le dosi arrotondate al mg.',
        replies: [
          {
            call: 'dati_protocollo_pazienti',
            args: { pazienti: ['ONC-27-05110', 'ONC-27-05127', 'ONC-27-05133'], data: '2027-04-27' },
            result:
              '[{"paziente": "ONC-27-05110", "bsa_m2": 1.94, "schema": "TC", "farmaci": [{"nome": "docetaxel", "mg_m2": 75}]}, {"paziente": "ONC-27-05127", "bsa_m2": 1.71, "schema": "CDDP-W", "farmaci": [{"nome": "cisplatino", "mg_m2": 75}]}, {"paziente": "ONC-27-05133", "bsa_m2": 1.58, "schema": "AC", "farmaci": [{"nome": "ciclofosfamide", "mg_m2": 600}, {"nome": "doxorubicina", "mg_m2": 60}]}]',
          },
          {
            say: '| paziente | BSA | farmaco | calcolo | dose |\n|---|---|---|---|---|\n| ONC-27-05110 | 1,94 | docetaxel | 75 × 1,94 | **146 mg** |\n| ONC-27-05127 | 1,71 | cisplatino | 75 × 1,71 | **128 mg** |\n| ONC-27-05133 | 1,58 | ciclofosfamide | 600 × 1,58 | **1.148 mg** (57,4 mL a 20 mg/mL) |\n| ONC-27-05133 | 1,58 | doxorubicina | 60 × 1,58 | **95 mg** |',
          },
        ],
      },
      {
        name: 'responsabile_approvvigionamenti',
        description: 'Farmacista responsabile degli acquisti e del magazzino',
        instructions: 'Fai verificare le giacenze e riporta.',
        replies: [
          {
            handoff: 'buyer_farmaci',
            message: 'Giacenze per il 27/04: docetaxel, cisplatino, ciclofosfamide, doxorubicina.',
          },
          { say: 'Giacenze sufficienti per tutti e quattro i farmaci, nessun ordine urgente.' },
        ],
      },
      {
        name: 'buyer_farmaci',
        description: 'Gestisce ordini e giacenze dei farmaci',
        instructions: 'Controlla le giacenze.',
        replies: [
          {
            call: 'giacenze',
            args: {
              farmaci: ['docetaxel 160 mg', 'cisplatino 100 mg', 'ciclofosfamide 1 g', 'doxorubicina 50 mg'],
            },
            result:
              '{"docetaxel 160 mg": 9, "cisplatino 100 mg": 14, "ciclofosfamide 1 g": 22, "doxorubicina 50 mg": 11}',
          },
          {
            say: 'Giacenze: docetaxel 160 mg 9 fl, cisplatino 100 mg 14 fl, ciclofosfamide 1 g 22 fl, doxorubicina 50 mg 11 fl.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'calcolatore_dosi', to: 'responsabile_ufa' },
      agent: 'calcolatore_dosi',
    },
  }),
  defineScenario({
    id: 'etichetta-rituximab-scadenza-rifiutata-dalla-stampante',
    title:
      'Il programma di stampa rifiuta l’etichetta del rituximab scritta dall’etichettatore (data di scadenza non nel formato richiesto); la registrazione di tracciabilità non parte',
    domain: 'etichettatura e tracciabilità delle preparazioni',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Rituximab 375 mg/m² per la paziente EMA-27-00871 (BSA 1,74 m²), Ematologia, 26/04/2027. La sacca è già validata: servono etichetta e registrazione nel registro di tracciabilità.',
    topology: {
      shape: 'pipeline',
      order: ['validatore_ematologia', 'etichettatore_sacche', 'registro_tracciabilita'],
    },
    program: {
      crash: {
        agent: 'etichettatore_sacche',
        error:
          'LabelPayloadError: campo "scadenza" = "27 aprile 2027 ore 10" non conforme (atteso AAAA-MM-GGThh:mm) — stampante ZD621-UFA, etichetta non generata',
      },
    },
    agents: [
      {
        name: 'validatore_ematologia',
        description: 'Farmacista che valida le preparazioni ematologiche',
        instructions: 'Conferma dose e dati per etichetta.',
        replies: [
          {
            say: 'EMA-27-00871 validata: rituximab 375 mg/m² × 1,74 = **653 mg** (65,3 mL a 10 mg/mL) in NaCl 0,9 % 500 mL, conc. finale ≈ 1,15 mg/mL. Preparata 26/04 10:05, stabilità 24 h a 2–8 °C. Lotto RTX-Q2711.',
          },
        ],
      },
      {
        name: 'etichettatore_sacche',
        description: 'Compone il contenuto delle etichette per la stampante',
        instructions:
          'Produci i campi dell’etichetta: paziente, farmaco, dose, volume, lotto, preparazione e scadenza in formato AAAA-MM-GGThh:mm.',
        prompt: 'Dati validati:\n{input}',
        replies: [
          {
            say: 'paziente: EMA-27-00871\nfarmaco: RITUXIMAB 653 mg\nveicolo: NaCl 0,9% 500 mL\nvolume: 565 mL\nlotto: RTX-Q2711\npreparazione: 2027-04-26T10:05\nscadenza: 27 aprile 2027 ore 10\nconservazione: 2-8 °C, non agitare',
          },
        ],
      },
      {
        name: 'registro_tracciabilita',
        description: 'Registra le preparazioni nel registro di tracciabilità',
        instructions: 'Registra l’etichetta emessa.',
        prompt: 'Etichetta emessa:\n{input}',
        replies: [
          {
            call: 'registra_preparazione',
            args: { paziente: 'EMA-27-00871', farmaco: 'rituximab', lotto: 'RTX-Q2711' },
            result: '{"registro": "TR-27-11904", "stato": "REGISTRATO"}',
          },
          { say: 'Preparazione registrata: TR-27-11904.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'etichettatore_sacche', to: 'registro_tracciabilita' },
      agent: 'etichettatore_sacche',
    },
  }),
  defineScenario({
    id: 'elastomeri-5fu-preparati-anche-per-letto-rinviato',
    title:
      'Lo smistatore inoltra gli elastomeri di 5-FU per il DH escludendo il letto 4 rinviato per neutropenia; il preparatore allestisce tutti e sei',
    domain: 'allestimento di infusori elastomerici',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'DH Oncologico, mercoledì 21/04/2027: elastomeri di 5-fluorouracile 46 h per i 6 pazienti del giro FOLFIRI (letti 1–6). Il letto 4 (ONC-27-02270) è rinviato di una settimana per neutropenia G3: per lui non preparare nulla.',
    topology: {
      shape: 'branch',
      classifier: 'smistatore_richieste',
      routes: { galenica: 'preparatore_galenica', antiblastici: 'preparatore_antiblastici' },
      after: 'riepilogo_reparto',
    },
    agents: [
      {
        name: 'smistatore_richieste',
        description: 'Smista le richieste dei reparti tra galenica e antiblastici',
        instructions: 'Indica il laboratorio (galenica o antiblastici) e riassumi la richiesta.',
        replies: [
          {
            say: 'Laboratorio: antiblastici. DH 21/04, giro FOLFIRI: elastomeri 5-FU 46 h per i letti 1, 2, 3, 5, 6 (5 pazienti). Letto 4 ONC-27-02270 rinviato (neutropenia G3): nessuna preparazione.',
          },
        ],
      },
      {
        name: 'preparatore_galenica',
        description: 'Laboratorio di galenica non sterile',
        instructions: 'Gestisci le richieste galeniche.',
        replies: [{ say: 'Nessuna richiesta galenica.' }],
      },
      {
        name: 'preparatore_antiblastici',
        description: 'Laboratorio UFA per antiblastici',
        instructions: 'Allestisci gli elastomeri richiesti.',
        prompt: 'Richiesta smistata:\n{input}',
        replies: [
          {
            call: 'allestisci_elastomeri',
            args: {
              data: '2027-04-21',
              giro: 'FOLFIRI-DH',
              letti: [1, 2, 3, 4, 5, 6],
              farmaco: '5-fluorouracile',
              durata_h: 46,
              dispositivo: 'elastomero 2 mL/h',
            },
            result:
              '{"preparati": 6, "fogli_lavoro": ["FL-UFA-27-06301", "FL-UFA-27-06302", "FL-UFA-27-06303", "FL-UFA-27-06304", "FL-UFA-27-06305", "FL-UFA-27-06306"], "dose_totale_mg": 25920, "ora_fine": "08:58"}',
          },
          {
            say: 'Elastomeri 5-FU 46 h allestiti per il giro FOLFIRI del 21/04: 6 infusori (FL-UFA-27-06301…06306), dose complessiva 25.920 mg, pronti alle 08:58.',
          },
        ],
      },
      {
        name: 'riepilogo_reparto',
        description: 'Scrive il riepilogo per il coordinatore infermieristico del reparto',
        instructions: 'Riassumi cosa arriva in reparto.',
        prompt: 'Esito laboratorio:\n{input}',
        replies: [
          {
            say: '**DH Oncologico — 21/04/2027**\n\n- In arrivo 6 elastomeri di 5-FU 46 h (FL-UFA-27-06301…06306), uno per letto\n- Pronti dalle 09:00, ritiro con contenitore rigido\n- Collegare dopo l’irinotecan e l’acido folinico.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'smistatore_richieste', to: 'preparatore_antiblastici' },
      agent: 'preparatore_antiblastici',
    },
  }),
  defineScenario({
    id: 'bortezomib-lotto-in-quarantena-nel-brief-di-allestimento',
    title:
      'Il controllo lotti riferisce che il lotto di bortezomib BZ-2701 è in quarantena e va usato BZ-2744; il capo farmacista nel brief all’allestitore scrive ancora BZ-2701',
    domain: 'gestione lotti e allestimento ematologico',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Bortezomib 1,3 mg/m² sottocute per il paziente EMA-27-00455 (BSA 1,88 m²), schema VRd giorno 4, 23/04/2027. Nel piano di terapia è indicato il lotto BZ-2701. Verificate i lotti e fate allestire.',
    topology: {
      shape: 'supervisor',
      coordinator: 'capo_farmacista',
      workers: ['controllo_lotti', 'allestitore_ematologia'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'capo_farmacista',
        description: 'Farmacista responsabile del turno UFA',
        instructions: 'Verifica i lotti, poi fai allestire e riassumi.',
        replies: [
          {
            handoff: 'controllo_lotti',
            message:
              'Bortezomib 3,5 mg: verifica stato del lotto BZ-2701 indicato nel piano di EMA-27-00455 e lotti alternativi.',
          },
          {
            handoff: 'allestitore_ematologia',
            message:
              'EMA-27-00455, VRd G4, 23/04: bortezomib 1,3 mg/m² × 1,88 = 2,44 mg SC, ricostituzione 2,5 mg/mL (0,98 mL), siringa da 1 mL. Lotto BZ-2701.',
          },
          {
            say: '## Bortezomib — EMA-27-00455 (23/04/2027)\n\n- Dose: 2,44 mg SC (0,98 mL a 2,5 mg/mL)\n- Lotto: BZ-2701\n- Siringa pronta: FL-UFA-27-06255, scadenza 23/04 ore 16:20\n\nConsegnata in Ematologia.',
          },
        ],
      },
      {
        name: 'controllo_lotti',
        description: 'Verifica stato e scadenza dei lotti in magazzino',
        instructions: 'Controlla i lotti richiesti.',
        replies: [
          {
            call: 'stato_lotti',
            args: { farmaco: 'bortezomib 3,5 mg' },
            result:
              '[{"lotto": "BZ-2701", "scadenza": "2027-09-30", "stato": "QUARANTENA", "motivo": "escursione termica frigo F3 del 19/04, in attesa valutazione QA"}, {"lotto": "BZ-2744", "scadenza": "2028-01-31", "stato": "DISPONIBILE", "flaconi": 7}]',
          },
          {
            say: 'BZ-2701 è in **quarantena** (escursione termica frigo F3 del 19/04, valutazione QA aperta): non utilizzabile. Usare **BZ-2744** (scad. 31/01/2028, 7 flaconi disponibili).',
          },
        ],
      },
      {
        name: 'allestitore_ematologia',
        description: 'Allestisce le preparazioni ematologiche in cappa',
        instructions: 'Allestisci come indicato e registra.',
        replies: [
          {
            call: 'registra_allestimento',
            args: {
              paziente: 'EMA-27-00455',
              farmaco: 'bortezomib',
              dose_mg: 2.44,
              volume_ml: 0.98,
              via: 'SC',
              lotto: 'BZ-2701',
            },
            result:
              '{"foglio_lavoro": "FL-UFA-27-06255", "stato": "ALLESTITO", "ora": "2027-04-23T08:20", "scadenza": "2027-04-23T16:20"}',
          },
          {
            say: 'FL-UFA-27-06255: bortezomib 2,44 mg (0,98 mL) SC, lotto BZ-2701, pronta alle 08:20, scade alle 16:20.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'capo_farmacista', to: 'allestitore_ematologia' },
      agent: 'capo_farmacista',
    },
  }),
  defineScenario({
    id: 'bendamustina-stabilita-refrigerata-riportata-in-giorni',
    title:
      'Il verificatore di stabilità legge 48 h a 2–8 °C per la bendamustina diluita e riferisce 3,5 giorni; il pianificatore fa allestire venerdì le sacche del lunedì',
    domain: 'stabilità delle preparazioni e pianificazione dei turni',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Lunedì 26/04/2027 il laboratorio UFA è chiuso al mattino per la manutenzione della cappa BSC-1. Possiamo allestire venerdì 23/04 le 4 sacche di bendamustina del DH Ematologia di lunedì? Verificate stabilità, compatibilità del materiale e scorte, poi decidete.',
    topology: {
      shape: 'fanout',
      planner: 'pianificatore_turni',
      workers: ['verifica_stabilita', 'verifica_dispositivi', 'verifica_scorte'],
      aggregator: 'decisore_turno',
    },
    agents: [
      {
        name: 'pianificatore_turni',
        description: 'Pianifica i turni di allestimento UFA',
        instructions: 'Scrivi un brief per ogni verificatore.',
        replies: [
          {
            plan: {
              verifica_stabilita:
                'Bendamustina diluita in NaCl 0,9 % 500 mL (conc. 0,2–0,6 mg/mL): stabilità chimico-fisica a 2–8 °C e a 25 °C secondo RCP e banca dati Stabilis.',
              verifica_dispositivi:
                'Compatibilità bendamustina con sacche in poliolefina e set in PVC-free del nostro capitolato.',
              verifica_scorte:
                'Flaconi di bendamustina 100 mg disponibili per 4 pazienti (dose totale prevista 1.080 mg).',
            },
          },
        ],
      },
      {
        name: 'verifica_stabilita',
        description: 'Controlla i dati di stabilità delle preparazioni',
        instructions: 'Riporta i dati di stabilità dalla fonte.',
        replies: [
          {
            call: 'consulta_stabilita',
            args: { farmaco: 'bendamustina', veicolo: 'NaCl 0,9%', concentrazione_mg_ml: '0.2-0.6' },
            result:
              '{"fonte": "RCP Levact + Stabilis 4.0", "stabilita": [{"condizione": "25 °C, luce ambiente", "durata_h": 3.5}, {"condizione": "2-8 °C, al riparo dalla luce", "durata_h": 48}], "nota": "tempi comprensivi della durata dell’infusione"}',
          },
          {
            say: 'Bendamustina in NaCl 0,9 % (0,2–0,6 mg/mL), fonte RCP + Stabilis:\n- 25 °C: **3,5 h**\n- 2–8 °C al riparo dalla luce: **3,5 giorni**\nTempi comprensivi dell’infusione.',
          },
        ],
      },
      {
        name: 'verifica_dispositivi',
        description: 'Controlla la compatibilità con sacche e deflussori',
        instructions: 'Verifica la compatibilità dei dispositivi.',
        replies: [
          {
            call: 'compatibilita_dispositivi',
            args: {
              farmaco: 'bendamustina',
              dispositivi: ['sacca poliolefina Freeflex', 'set PVC-free B.Braun'],
            },
            result: '{"sacca poliolefina Freeflex": "compatibile", "set PVC-free B.Braun": "compatibile"}',
          },
          { say: 'Sacche Freeflex in poliolefina e set PVC-free: compatibili.' },
        ],
      },
      {
        name: 'verifica_scorte',
        description: 'Controlla le scorte in magazzino',
        instructions: 'Verifica le scorte.',
        replies: [
          {
            call: 'giacenze',
            args: { farmaco: 'bendamustina 100 mg' },
            result:
              '{"flaconi": 17, "lotti": [{"lotto": "BEN-2702", "flaconi": 17, "scadenza": "2028-02-28"}]}',
          },
          {
            say: 'Bendamustina 100 mg: 17 flaconi (lotto BEN-2702, scad. 02/2028); per 1.080 mg ne servono 11.',
          },
        ],
      },
      {
        name: 'decisore_turno',
        description: 'Decide la pianificazione del turno sulla base delle verifiche',
        instructions: 'Decidi e motiva in breve.',
        prompt: 'Esiti delle verifiche:\n{input}\n\nQuesito: {request}',
        replies: [
          {
            say: '**Decisione: sì, allestimento anticipato a venerdì 23/04.**\n\n| verifica | esito |\n|---|---|\n| stabilità 2–8 °C | 3,5 giorni → copre da venerdì 14:00 a lunedì 10:00 (≈ 68 h) |\n| dispositivi | Freeflex + set PVC-free compatibili |\n| scorte | 11 flaconi su 17 (BEN-2702) |\n\nLe 4 sacche si allestiscono venerdì alle 14:00 e si conservano in frigo F2 al riparo dalla luce fino al ritiro di lunedì.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'verifica_stabilita', to: 'decisore_turno' },
      agent: 'verifica_stabilita',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'infusore-5fu-grammi-e-millilitri-riformattati',
    title:
      'Il calcolo dà 4.320 mg di 5-FU in 86,4 mL il 2027-04-21; la programmazione dell’infusore lo riscrive come 4,32 g e 21/04/2027 senza cambiare nulla',
    domain: 'infusori elastomerici e conversione di unità',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Paziente ONC-27-03390 (BSA 1,80 m²), FOLFOX-6m ciclo 2, 5-FU in infusione continua 2.400 mg/m² in 46 h, inizio 21/04/2027. Calcolate dose e volumi e preparate la scheda dell’infusore elastomerico da 2 mL/h.',
    topology: {
      shape: 'network',
      coordinator: 'router_infusori',
      workers: ['calcolo_dose_infusore', 'scheda_infusore'],
    },
    agents: [
      {
        name: 'router_infusori',
        description: 'Coordina calcolo e scheda degli infusori',
        instructions: 'Fai calcolare, poi fai scrivere la scheda; chiudi quando è pronta.',
        replies: [
          {
            handoff: 'calcolo_dose_infusore',
            message:
              'ONC-27-03390: 5-FU 2.400 mg/m² × BSA 1,80, 46 h, elastomero 2 mL/h, 5-FU 50 mg/mL. Dose, volume farmaco e diluente.',
          },
          {
            handoff: 'scheda_infusore',
            message:
              'Scheda elastomero per ONC-27-03390 dal calcolo: 5-FU 4.320 mg = 86,4 mL + NaCl 0,9 % 5,6 mL, volume 92 mL, 2 mL/h per 46 h, inizio 2027-04-21.',
          },
          {
            say: '**Infusore ONC-27-03390 pronto per la preparazione**\n\n- 5-FU **4,32 g** (86,4 mL a 50 mg/mL) + NaCl 0,9 % 5,6 mL → 92 mL\n- Elastomero 2 mL/h, durata 46 h\n- Inizio 21/04/2027, fine prevista 23/04/2027\n- Scheda SI-27-0877',
          },
        ],
      },
      {
        name: 'calcolo_dose_infusore',
        description: 'Calcola dose e volumi degli infusori',
        instructions: 'Calcola dose, volume di farmaco e diluente.',
        replies: [
          {
            call: 'calcola_infusore',
            args: { dose_mg_m2: 2400, bsa_m2: 1.8, conc_mg_ml: 50, flusso_ml_h: 2, durata_h: 46 },
            result:
              '{"dose_mg": 4320, "volume_farmaco_ml": 86.4, "volume_totale_ml": 92, "diluente_ml": 5.6, "diluente": "NaCl 0,9%"}',
          },
          {
            say: 'Dose 4.320 mg = 86,4 mL di 5-FU 50 mg/mL; volume totale 92 mL (2 mL/h × 46 h) → NaCl 0,9 % 5,6 mL.',
          },
        ],
      },
      {
        name: 'scheda_infusore',
        description: 'Compila la scheda dell’infusore elastomerico',
        instructions: 'Compila la scheda.',
        replies: [
          {
            call: 'compila_scheda_infusore',
            args: {
              paziente: 'ONC-27-03390',
              farmaco: '5-fluorouracile',
              dose_g: 4.32,
              volume_farmaco_ml: 86.4,
              diluente_ml: 5.6,
              volume_totale_ml: 92,
              flusso_ml_h: 2,
              inizio: '21/04/2027',
            },
            result: '{"scheda": "SI-27-0877", "fine_prevista": "23/04/2027", "stato": "DA ALLESTIRE"}',
          },
          {
            say: 'Scheda SI-27-0877: 5-FU 4,32 g (86,4 mL) + 5,6 mL NaCl, 92 mL a 2 mL/h, dal 21/04/2027 al 23/04/2027.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'stale or altered value between agents: the dose and date are only reformatted (4.320 mg → 4,32 g, 2027-04-21 → 21/04/2027)',
  }),
  defineScenario({
    id: 'ciclo-pemetrexed-rinviato-data-vecchia-citata-non-usata',
    title:
      'L’oncologo sposta il ciclo di pemetrexed dal 20/04 al 22/04; farmacista e preparatore citano la data annullata ma allestiscono e consegnano per il 22/04',
    domain: 'riprogrammazione dei cicli di chemioterapia',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Paziente ONC-27-01744, pemetrexed 500 mg/m² (BSA 1,76 m²) ciclo 4: era programmato martedì 20/04/2027, la visita è slittata a giovedì 22/04/2027. Aggiornate la farmacia e fate preparare per la nuova data.',
    topology: {
      shape: 'swarm',
      entry: 'oncologo_referente',
      agents: ['oncologo_referente', 'farmacista_programmazione', 'preparatore_ufa'],
    },
    agents: [
      {
        name: 'oncologo_referente',
        description: 'Oncologo referente che gestisce le variazioni di terapia',
        instructions: 'Comunica la variazione alla farmacia.',
        replies: [
          {
            handoff: 'farmacista_programmazione',
            message:
              'ONC-27-01744, pemetrexed C4: la seduta del 20/04 è annullata, nuova data giovedì 22/04 ore 11:00. Dose invariata 500 mg/m² × 1,76 = 880 mg. Acido folico e B12 regolari.',
          },
        ],
      },
      {
        name: 'farmacista_programmazione',
        description: 'Farmacista che gestisce il calendario di allestimento',
        instructions: 'Aggiorna il calendario e passa al preparatore.',
        replies: [
          {
            call: 'sposta_preparazione',
            args: {
              paziente: 'ONC-27-01744',
              da: '2027-04-20',
              a: '2027-04-22',
              farmaco: 'pemetrexed',
              dose_mg: 880,
            },
            result:
              '{"ordine": "ORD-27-7450", "vecchia_data": "2027-04-20", "stato_vecchia": "ANNULLATA", "nuova_data": "2027-04-22", "stato": "PROGRAMMATA"}',
          },
          {
            handoff: 'preparatore_ufa',
            message:
              'ORD-27-7450: pemetrexed 880 mg per ONC-27-01744, allestire giovedì 22/04 per le 11:00 (la preparazione del 20/04 è annullata nel calendario).',
          },
        ],
      },
      {
        name: 'preparatore_ufa',
        description: 'Tecnico di allestimento UFA',
        instructions: 'Allestisci e conferma.',
        replies: [
          {
            call: 'registra_allestimento',
            args: {
              ordine: 'ORD-27-7450',
              data: '2027-04-22',
              farmaco: 'pemetrexed',
              dose_mg: 880,
              volume_ml: 35.2,
              diluente: 'NaCl 0,9% 100 mL',
            },
            result: '{"foglio_lavoro": "FL-UFA-27-06420", "stato": "ALLESTITO", "ora": "2027-04-22T09:48"}',
          },
          {
            say: 'Pemetrexed 880 mg (35,2 mL a 25 mg/mL) in NaCl 0,9 % 100 mL allestito giovedì 22/04 alle 09:48 (FL-UFA-27-06420) per la seduta delle 11:00. Nessuna preparazione il 20/04.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'stale context: the superseded date 20/04 is still mentioned, but every agent acts on the new date 22/04',
  }),
  defineScenario({
    id: 'interazioni-trastuzumab-timeout-ripetuto-con-esito',
    title:
      'La banca dati interazioni va in timeout al primo tentativo; il farmacista clinico ripete la ricerca, ottiene il risultato e lo dice al coordinatore',
    domain: 'farmacia clinica e controllo interazioni',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Paziente ONC-27-04981 inizia trastuzumab + pertuzumab il 28/04/2027. In terapia domiciliare: amiodarone 200 mg, warfarin 5 mg, pantoprazolo 40 mg. Controllate le interazioni e preparate il promemoria per l’oncologo.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordinatore_farmacia_clinica',
      workers: ['farmacista_interazioni', 'redattore_promemoria'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'coordinatore_farmacia_clinica',
        description: 'Coordina le consulenze di farmacia clinica',
        instructions: 'Fai controllare le interazioni e fai scrivere il promemoria.',
        replies: [
          {
            handoff: 'farmacista_interazioni',
            message:
              'ONC-27-04981: trastuzumab + pertuzumab con amiodarone 200 mg, warfarin 5 mg, pantoprazolo 40 mg.',
          },
          {
            handoff: 'redattore_promemoria',
            message:
              'Promemoria per l’oncologo su ONC-27-04981: amiodarone + anti-HER2 → rischio cardiaco additivo, ECO/FEVS basale e ogni 3 mesi; warfarin e pantoprazolo senza interazioni rilevanti (monitoraggio INR di routine).',
          },
          {
            say: '## Consulenza interazioni — ONC-27-04981\n\n| associazione | rilevanza | azione |\n|---|---|---|\n| amiodarone + trastuzumab/pertuzumab | moderata (cardiotossicità additiva) | FEVS basale e ogni 3 mesi |\n| warfarin | nessuna interazione farmacocinetica | INR di routine |\n| pantoprazolo | nessuna | — |\n\nPromemoria PM-27-0392 inviato all’oncologo.',
          },
        ],
      },
      {
        name: 'farmacista_interazioni',
        description: 'Farmacista clinico che consulta la banca dati delle interazioni',
        instructions: 'Consulta la banca dati e riporta; se fallisce, riprova o dillo.',
        replies: [
          {
            call: 'banca_dati_interazioni',
            args: { farmaci: ['trastuzumab', 'pertuzumab', 'amiodarone', 'warfarin', 'pantoprazolo'] },
            result: { error: 'Micromedex gateway: 504 Gateway Timeout dopo 20 s' },
          },
          {
            call: 'banca_dati_interazioni',
            args: { farmaci: ['trastuzumab', 'pertuzumab', 'amiodarone', 'warfarin', 'pantoprazolo'] },
            result:
              '{"interazioni": [{"coppia": "amiodarone-trastuzumab", "gravita": "moderata", "meccanismo": "cardiotossicità additiva"}, {"coppia": "amiodarone-pertuzumab", "gravita": "moderata", "meccanismo": "cardiotossicità additiva"}], "nessuna_interazione": ["warfarin", "pantoprazolo"]}',
          },
          {
            say: 'Primo accesso a Micromedex in timeout (504), ripetuto con esito. Interazioni: amiodarone con trastuzumab e pertuzumab, gravità moderata (cardiotossicità additiva). Warfarin e pantoprazolo: nessuna interazione segnalata.',
          },
        ],
      },
      {
        name: 'redattore_promemoria',
        description: 'Scrive i promemoria di farmacia clinica per i medici',
        instructions: 'Scrivi e invia il promemoria.',
        replies: [
          {
            call: 'invia_promemoria',
            args: { paziente: 'ONC-27-04981', destinatario: 'oncologo referente' },
            result: '{"promemoria": "PM-27-0392", "inviato": "2027-04-26T15:12"}',
          },
          { say: 'Promemoria PM-27-0392 inviato il 26/04 alle 15:12.' },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'swallowed tool error: the interaction database timed out, but the call was retried and the timeout reported',
  }),
  defineScenario({
    id: 'docetaxel-sospeso-per-neutrofili-esclusione-motivata',
    title:
      'Il pre-controllo ematochimico manda la richiesta alla sospensione: neutrofili 1.100/mm³ sotto 1.500; la preparazione non viene fatta e il reparto lo sa',
    domain: 'pre-controllo ematochimico prima dell’allestimento',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Docetaxel 75 mg/m² per la paziente ONC-27-05110, giovedì 29/04/2027. Prima di allestire controllate gli esami del mattino come da protocollo (neutrofili ≥ 1.500/mm³, piastrine ≥ 100.000/mm³).',
    topology: {
      shape: 'branch',
      classifier: 'precontrollo_esami',
      routes: { allestire: 'allestimento_docetaxel', sospendere: 'gestione_sospensioni' },
      after: 'avviso_reparto',
    },
    agents: [
      {
        name: 'precontrollo_esami',
        description: 'Controlla gli esami del mattino prima dell’allestimento',
        instructions: 'Decidi: allestire o sospendere, con i valori.',
        replies: [
          {
            call: 'esami_mattino',
            args: { paziente: 'ONC-27-05110', data: '2027-04-29' },
            result:
              '{"neutrofili_mm3": 1100, "piastrine_mm3": 182000, "hb_g_dl": 11.2, "prelievo": "2027-04-29T07:40"}',
          },
          {
            say: 'Esito: sospendere. ONC-27-05110, prelievo 29/04 07:40: neutrofili 1.100/mm³ (< 1.500), piastrine 182.000/mm³, Hb 11,2 g/dL.',
          },
        ],
      },
      {
        name: 'allestimento_docetaxel',
        description: 'Allestisce il docetaxel',
        instructions: 'Allestisci.',
        replies: [{ say: 'Docetaxel allestito.' }],
      },
      {
        name: 'gestione_sospensioni',
        description: 'Gestisce le preparazioni sospese',
        instructions: 'Sospendi la preparazione e segnala.',
        prompt: 'Esito pre-controllo:\n{input}',
        replies: [
          {
            call: 'sospendi_ordine',
            args: { paziente: 'ONC-27-05110', data: '2027-04-29', motivo: 'neutrofili 1100/mm3 < 1500' },
            result:
              '{"ordine": "ORD-27-7811", "stato": "SOSPESO", "farmaco_non_allestito": "docetaxel 146 mg", "costo_evitato_eur": 212.4}',
          },
          {
            say: 'ORD-27-7811 sospeso: docetaxel 146 mg non allestito (neutrofili 1.100/mm³). Nessun flacone aperto.',
          },
        ],
      },
      {
        name: 'avviso_reparto',
        description: 'Avvisa il reparto dell’esito',
        instructions: 'Scrivi l’avviso.',
        prompt: 'Esito farmacia:\n{input}',
        replies: [
          {
            say: '**Breast Unit — ONC-27-05110, 29/04/2027**\n\nDocetaxel **non allestito** (ORD-27-7811 sospeso): neutrofili 1.100/mm³, sotto la soglia di 1.500 del protocollo. L’oncologo decide rinvio o riduzione di dose; la farmacia può allestire in giornata se arriva una nuova prescrizione.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'misunderstood task / dropped work: the preparation is legitimately not made because the protocol threshold excludes it',
  }),
  defineScenario({
    id: 'audit-cappe-stima-costi-facoltativa-scartata',
    title:
      'La stima costi facoltativa restituisce un testo inutilizzabile; il redattore del verbale di audit non la usa e lo scrive, le verifiche obbligatorie sono complete',
    domain: 'audit interno del laboratorio UFA',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Audit interno trimestrale UFA, 30/04/2027: servono conte particellari delle cappe BSC-1 e BSC-2, esiti dei media fill del trimestre e, se disponibile, una stima dei costi di manutenzione. Preparate il verbale.',
    topology: {
      shape: 'fanout',
      planner: 'pianificatore_audit',
      workers: ['conte_particellari', 'media_fill', 'stima_costi_manutenzione'],
      aggregator: 'redattore_verbale',
    },
    agents: [
      {
        name: 'pianificatore_audit',
        description: 'Pianifica le verifiche dell’audit',
        instructions: 'Un brief per verifica; la stima costi è facoltativa.',
        replies: [
          {
            plan: {
              conte_particellari:
                'Conte particellari a riposo e in operatività BSC-1 e BSC-2, Q1 2027, limiti classe A (≥0,5 µm ≤ 3.520/m³).',
              media_fill:
                'Esiti dei media fill del Q1 2027 per tutti gli operatori UFA (n. unità, contaminate).',
              stima_costi_manutenzione:
                'FACOLTATIVO: stima costi manutenzione cappe 2027 dal contratto CM-2025-044, se i dati ci sono.',
            },
          },
        ],
      },
      {
        name: 'conte_particellari',
        description: 'Raccoglie i dati di monitoraggio ambientale',
        instructions: 'Riporta le conte.',
        replies: [
          {
            call: 'monitoraggio_ambientale',
            args: { cappe: ['BSC-1', 'BSC-2'], periodo: '2027-Q1' },
            result:
              '{"BSC-1": {"riposo_0_5um_m3": 412, "operativita_0_5um_m3": 1980, "limite": 3520}, "BSC-2": {"riposo_0_5um_m3": 355, "operativita_0_5um_m3": 2240, "limite": 3520}, "campionamenti": 24}',
          },
          {
            say: 'Q1 2027, 24 campionamenti: BSC-1 412 / 1.980 part./m³ (riposo/operatività), BSC-2 355 / 2.240; limite 3.520 — conformi.',
          },
        ],
      },
      {
        name: 'media_fill',
        description: 'Raccoglie gli esiti dei media fill',
        instructions: 'Riporta gli esiti.',
        replies: [
          {
            call: 'esiti_media_fill',
            args: { periodo: '2027-Q1' },
            result:
              '{"operatori": 9, "unita_incubate": 270, "unita_contaminate": 0, "sessioni": ["MF-27-01", "MF-27-02", "MF-27-03"]}',
          },
          {
            say: 'Media fill Q1: 9 operatori, 270 unità incubate, 0 contaminate (MF-27-01…03) — tutti qualificati.',
          },
        ],
      },
      {
        name: 'stima_costi_manutenzione',
        description: 'Stima facoltativa dei costi di manutenzione',
        instructions: 'Stima i costi se i dati sono disponibili.',
        replies: [
          {
            say: 'Stima costi CM-2025-044: canone €',
            cutOff: true,
          },
        ],
      },
      {
        name: 'redattore_verbale',
        description: 'Redige il verbale dell’audit',
        instructions: 'Scrivi il verbale con i dati obbligatori; i facoltativi solo se utilizzabili.',
        prompt: 'Risultati delle verifiche:\n{input}\n\nRichiesta: {request}',
        replies: [
          {
            say: '# Verbale audit interno UFA — 30/04/2027\n\n| verifica | esito |\n|---|---|\n| conte particellari BSC-1 | 412 / 1.980 part./m³ ≤ 3.520 ✅ |\n| conte particellari BSC-2 | 355 / 2.240 part./m³ ≤ 3.520 ✅ |\n| media fill Q1 | 270 unità, 0 contaminate, 9 operatori ✅ |\n\nStima costi di manutenzione (facoltativa): risposta incompleta, non riportata; da richiedere all’Ingegneria Clinica se servirà.\n\n**Esito: laboratorio conforme.**',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'low quality output: the optional cost estimate is cut off, but the aggregator leaves it out and says so',
  }),
  defineScenario({
    id: 'scheda-azacitidina-corretta-al-secondo-giro',
    title:
      'Il verificatore rimanda la scheda di azacitidina per l’acqua di ricostituzione non refrigerata; il redattore la corregge e la seconda revisione viene approvata',
    domain: 'schede di allestimento e stabilità',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Scheda di allestimento SA-AZA-01 per azacitidina 75 mg/m² sottocute (flacone 100 mg), da caricare nel gestionale UFA con codice AIC, ricostituzione, concentrazione e stabilità.',
    topology: {
      shape: 'pipeline',
      order: ['redattore_schede_sc', 'verificatore_schede_sc', 'archivio_schede'],
      loop: { from: 'verificatore_schede_sc', to: 'redattore_schede_sc', while: 'DA RIVEDERE', max: 3 },
    },
    agents: [
      {
        name: 'redattore_schede_sc',
        description: 'Redige le schede di allestimento per le preparazioni sottocute',
        instructions: 'Scrivi la scheda o correggila secondo le osservazioni.',
        prompt: 'Richiesta o osservazioni:\n{input}\n\nRichiesta originale: {request}',
        replies: [
          {
            say: 'SA-AZA-01 rev. 1 — azacitidina 100 mg (AIC 038744014)\n- Ricostituire con 4 mL di acqua ppi → 25 mg/mL\n- Sospensione: agitare energicamente prima di aspirare\n- Siringhe ≤ 4 mL per sito, dosi > 100 mg su 2 siringhe\n- Stabilità: 8 h a 2–8 °C',
          },
          {
            say: 'SA-AZA-01 rev. 2 — azacitidina 100 mg (AIC 038744014)\n- Ricostituire con 4 mL di acqua ppi **refrigerata (2–8 °C)** → 25 mg/mL\n- Sospensione: agitare energicamente prima di aspirare\n- Siringhe ≤ 4 mL per sito, dosi > 100 mg su 2 siringhe\n- Stabilità: **22 h a 2–8 °C** con acqua refrigerata (8 h se acqua a temperatura ambiente); lasciare a temperatura ambiente max 30 min prima della somministrazione',
          },
        ],
      },
      {
        name: 'verificatore_schede_sc',
        description: 'Farmacista che verifica le schede',
        instructions: 'Rispondi "APPROVATA: <nota>" oppure "DA RIVEDERE: <osservazioni>".',
        prompt: 'Scheda da verificare:\n{input}',
        replies: [
          {
            say: 'DA RIVEDERE: in UFA le siringhe di azacitidina si preparano il pomeriggio prima; serve ricostituzione con acqua ppi refrigerata e stabilità 22 h a 2–8 °C (RCP Vidaza §6.3), con i 30 min di acclimatamento.',
          },
          {
            say: 'APPROVATA: rev. 2 conforme all’RCP §6.3 (acqua refrigerata, 22 h a 2–8 °C, 30 min a temperatura ambiente).',
          },
        ],
      },
      {
        name: 'archivio_schede',
        description: 'Carica le schede approvate nel gestionale',
        instructions: 'Carica la scheda approvata e conferma.',
        prompt: 'Esito verifica:\n{input}',
        replies: [
          {
            call: 'carica_scheda',
            args: { codice: 'SA-AZA-01', revisione: 2, aic: '038744014' },
            result: '{"stato": "ATTIVA", "id_gestionale": "GS-UFA-0413", "valida_dal": "2027-04-30"}',
          },
          { say: 'SA-AZA-01 rev. 2 caricata nel gestionale (GS-UFA-0413), attiva dal 30/04/2027.' },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'handoff loop: the checker sends the sheet back once, but the revision changes it and the second round approves it',
  }),
];

export const blindBatch153Scenarios = [...faults, ...healthy];
