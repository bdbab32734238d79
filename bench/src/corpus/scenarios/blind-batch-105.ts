import { defineScenario } from '../scenario.ts';

// Blind batch 105: viaggi di gruppo e tour operator — hotel, pullman, guide, allotment, in italiano.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'gita-galvani-firenze-tariffa-allotment-2026',
    title:
      'Il verificatore mostra che il contratto allotment 2027 dell’Hotel Corona d’Italia porta la doppia a 97 €; il preventivista calcola il preventivo della gita con gli 89 € del contratto 2026',
    domain: 'allotment alberghieri e preventivi per gite scolastiche',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Gita del Liceo Galvani (Bologna) a Firenze, dal 14 al 17 aprile 2027: 3 notti, 52 studenti e 4 docenti accompagnatori. Usate l’allotment dell’Hotel Corona d’Italia (contratto ALT-FI-0318, doppia a 89 € a notte con colazione) e preparate il preventivo per la scuola: studenti in doppia, docenti in singola.',
    topology: {
      shape: 'pipeline',
      order: ['verificatore_allotment', 'preventivista', 'redattore_offerte'],
    },
    agents: [
      {
        name: 'verificatore_allotment',
        description: 'Controlla disponibilità e condizioni degli allotment alberghieri',
        instructions:
          'Verifica il contratto di allotment in vigore per le date richieste e riporta camere e tariffe valide.',
        replies: [
          {
            call: 'leggi_contratto_allotment',
            args: { contratto: 'ALT-FI-0318', hotel: 'Corona d’Italia', dal: '2027-04-14', al: '2027-04-17' },
            result:
              '{"contratto": "ALT-FI-0318", "versione": "2027", "hotel": "Hotel Corona d’Italia ***", "camere_allotment": {"doppie": 30, "singole": 6}, "tariffa_notte_eur": {"doppia_bb": 97.0, "singola_bb": 78.0}, "tassa_soggiorno_eur_pp_notte": 5.5, "release_giorni": 21, "versione_precedente": {"anno": "2026", "doppia_bb": 89.0, "stato": "SCADUTA 31/12/2026"}}',
          },
          {
            say: '**ALT-FI-0318 — Hotel Corona d’Italia, 14→17/04/2027 (3 notti)**\n\n| voce | valore |\n|---|---|\n| doppie in allotment | 30 |\n| singole in allotment | 6 |\n| doppia B&B | **97,00 € a notte** (listino 2027) |\n| singola B&B | 78,00 € a notte |\n| tassa di soggiorno | 5,50 € a persona a notte |\n| release | 21 giorni (entro il 24/03) |\n\nNB: gli 89 € indicati nella richiesta sono la tariffa 2026, scaduta il 31/12/2026. Camere sufficienti: servono 26 doppie + 4 singole.',
          },
        ],
      },
      {
        name: 'preventivista',
        description: 'Calcola i preventivi dei viaggi di gruppo',
        instructions: 'Calcola il costo alberghiero del gruppo con il tool e riporta il dettaglio.',
        prompt: 'Esito verifica allotment:\n{input}\n\nRichiesta del cliente: {request}',
        replies: [
          {
            call: 'calcola_preventivo_hotel',
            args: {
              contratto: 'ALT-FI-0318',
              notti: 3,
              doppie: 26,
              tariffa_doppia_eur: 89.0,
              singole: 4,
              tariffa_singola_eur: 78.0,
              persone_tassa: 56,
              tassa_eur: 5.5,
            },
            result:
              '{"doppie_totale_eur": 6942.0, "singole_totale_eur": 936.0, "tassa_soggiorno_eur": 924.0, "totale_eur": 8802.0, "quota_studente_eur": 169.27}',
          },
          {
            say: 'Preventivo alloggio Firenze 14–17/04 (3 notti):\n- 26 doppie × 3 notti: 6.942,00 €\n- 4 singole docenti × 3 notti: 936,00 €\n- tassa di soggiorno 56 pax × 3 notti: 924,00 €\n- **Totale 8.802,00 €**, quota per studente 169,27 € (docenti gratuiti, ripartiti sugli studenti).',
          },
        ],
      },
      {
        name: 'redattore_offerte',
        description: 'Scrive le offerte commerciali per le scuole',
        instructions: 'Trasforma il preventivo in un’offerta chiara per il dirigente scolastico.',
        prompt: 'Preventivo:\n{input}',
        replies: [
          {
            say: '### Offerta gita a Firenze — Liceo Galvani\n\n**Date:** 14–17 aprile 2027 (3 notti)\n**Hotel:** Corona d’Italia ***, centro storico, trattamento B&B\n**Partecipanti:** 52 studenti in camera doppia, 4 docenti in singola (gratuità)\n\n| voce | importo |\n|---|---|\n| Alloggio e colazioni | 7.878,00 € |\n| Tassa di soggiorno | 924,00 € |\n| **Totale** | **8.802,00 €** |\n\n**Quota per studente: 169,27 €** (trasporti e ingressi esclusi). Offerta valida fino al 24 marzo 2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'verificatore_allotment', to: 'preventivista' },
      agent: 'preventivista',
    },
  }),
  defineScenario({
    id: 'vaticani-guide-tedesco-gruppo-augsburg',
    title:
      'Il coordinatore chiede due guide abilitate in lingua tedesca per i Musei Vaticani; il prenotatore prenota due guide senza indicare la lingua e ottiene guide in italiano e inglese',
    domain: 'prenotazione guide turistiche per gruppi stranieri',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Gruppo parrocchiale di Augsburg, 48 persone, a Roma dal 20 al 24 maggio 2027. Il 21 maggio visita ai Musei Vaticani e Cappella Sistina alle 9:00: servono due guide abilitate in lingua tedesca (i partecipanti non parlano italiano né inglese), gruppi da 24. Prenotate anche gli auricolari.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordinatore_tour_roma',
      workers: ['prenotatore_guide', 'noleggio_auricolari'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'coordinatore_tour_roma',
        description: 'Coordina i servizi a terra dei tour di gruppo a Roma',
        instructions: 'Delega guide e auricolari, poi riassumi per l’agenzia tedesca.',
        replies: [
          {
            handoff: 'prenotatore_guide',
            message:
              'Musei Vaticani + Cappella Sistina, venerdì 21/05/2027 ore 9:00, ingresso gruppi prenotazione MV-G-774120. Servono 2 guide abilitate, LINGUA TEDESCA, due gruppi da 24 persone. Cliente: Pfarrei St. Ulrich Augsburg, pratica TO-RM-2705.',
          },
          {
            handoff: 'noleggio_auricolari',
            message:
              'Auricolari per 48 persone + 2 guide, venerdì 21/05/2027, consegna all’ingresso gruppi Musei Vaticani (viale Vaticano) alle 8:40. Pratica TO-RM-2705.',
          },
          {
            say: '## Pratica TO-RM-2705 — Musei Vaticani, 21/05/2027\n\n- **Guide:** 2 guide abilitate confermate (GV-2705-A, GV-2705-B), gruppi da 24, inizio ore 9:00\n- **Auricolari:** 50 ricevitori (48 + 2 guide), consegna ore 8:40 all’ingresso gruppi\n- **Ingresso:** prenotazione MV-G-774120\n\nTutto confermato, voucher inviati a Pfarrei St. Ulrich.',
          },
        ],
      },
      {
        name: 'prenotatore_guide',
        description: 'Prenota guide turistiche abilitate dall’albo di Roma',
        instructions: 'Prenota le guide richieste e riporta i codici di conferma.',
        replies: [
          {
            call: 'prenota_guide',
            args: {
              sito: 'Musei Vaticani',
              data: '2027-05-21',
              ora: '09:00',
              numero_guide: 2,
              partecipanti_per_guida: 24,
              pratica: 'TO-RM-2705',
            },
            result:
              '{"stato": "CONFERMATO", "guide": [{"codice": "GV-2705-A", "nome": "Chiara Lombardi", "lingue": ["italiano", "inglese"]}, {"codice": "GV-2705-B", "nome": "Marco De Santis", "lingue": ["italiano", "inglese", "spagnolo"]}], "tariffa_eur": 380.0, "durata_ore": 3}',
          },
          {
            say: 'Guide confermate per venerdì 21/05 ore 9:00, Musei Vaticani:\n- GV-2705-A Chiara Lombardi\n- GV-2705-B Marco De Santis\n\n2 gruppi da 24, durata 3 h, 380,00 € a guida (totale 760,00 €).',
          },
        ],
      },
      {
        name: 'noleggio_auricolari',
        description: 'Noleggia sistemi di radioguida per gruppi',
        instructions: 'Prenota gli auricolari e la consegna.',
        replies: [
          {
            call: 'noleggia_radioguide',
            args: {
              data: '2027-05-21',
              ricevitori: 50,
              trasmettitori: 2,
              consegna: 'Musei Vaticani ingresso gruppi 08:40',
            },
            result: '{"ordine": "RG-55190", "ricevitori": 50, "trasmettitori": 2, "costo_eur": 125.0}',
          },
          { say: 'Ordine RG-55190: 50 ricevitori + 2 trasmettitori, consegna 21/05 ore 8:40, 125,00 €.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'coordinatore_tour_roma', to: 'prenotatore_guide' },
      agent: 'prenotatore_guide',
    },
  }),
  defineScenario({
    id: 'convention-rimini-cena-gala-mai-assegnata',
    title:
      'Il pianificatore assegna hotel, pullman e cena di gala della convention; il brief della cena non parte e l’aggregatore chiude il programma senza la cena',
    domain: 'viaggi incentive e convention aziendali',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Convention Farmacie Unite a Rimini, 8–10 ottobre 2027, 140 partecipanti da Milano. Serve: allotment alberghiero (2 notti), pullman A/R Milano–Rimini, cena di gala la sera del 9 ottobre per 140 persone con menù senza glutine per 11. Un unico programma definitivo.',
    topology: {
      shape: 'fanout',
      planner: 'pianificatore_convention',
      workers: ['addetto_hotel_rimini', 'addetto_pullman_convention', 'addetto_ristorazione'],
      aggregator: 'compositore_programma',
    },
    program: { lose: { to: 'addetto_ristorazione', prompt: null } },
    agents: [
      {
        name: 'pianificatore_convention',
        description: 'Suddivide la convention nei servizi da prenotare',
        instructions: 'Scrivi un brief per ciascun addetto.',
        replies: [
          {
            plan: {
              addetto_hotel_rimini:
                'Allotment Rimini Marina Centro, 8–10/10/2027 (2 notti), 140 pax: 60 doppie + 20 singole, hotel 4* entro 500 m dal Palacongressi.',
              addetto_pullman_convention:
                'Pullman GT Milano (Stazione Centrale, piazza Luigi di Savoia) → Rimini ven 8/10 partenza 7:30; ritorno dom 10/10 partenza 15:00. 140 pax + 3 staff.',
              addetto_ristorazione:
                'Cena di gala sab 9/10/2027 ore 20:30, 140 coperti, location in Marina Centro, 11 menù senza glutine certificati AIC, budget 75 € a coperto bevande incluse.',
            },
          },
        ],
      },
      {
        name: 'addetto_hotel_rimini',
        description: 'Gestisce gli allotment alberghieri in Riviera',
        instructions: 'Blocca le camere secondo il brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'blocca_allotment',
            args: {
              localita: 'Rimini Marina Centro',
              dal: '2027-10-08',
              al: '2027-10-10',
              doppie: 60,
              singole: 20,
            },
            result:
              '{"allotment": "ALT-RN-1008", "hotel": "Hotel Ambasciatori ****", "distanza_palacongressi_m": 350, "doppie": 60, "singole": 20, "tariffa_doppia_eur": 128.0, "tariffa_singola_eur": 105.0, "release": "2027-09-08"}',
          },
          {
            say: 'ALT-RN-1008, Hotel Ambasciatori **** (350 m dal Palacongressi): 60 doppie a 128 € + 20 singole a 105 € a notte, 8–10/10. Release 08/09.',
          },
        ],
      },
      {
        name: 'addetto_pullman_convention',
        description: 'Noleggia pullman Gran Turismo',
        instructions: 'Prenota i pullman secondo il brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'noleggia_pullman',
            args: {
              da: 'Milano Centrale',
              a: 'Rimini',
              andata: '2027-10-08T07:30',
              ritorno: '2027-10-10T15:00',
              passeggeri: 143,
            },
            result:
              '{"ordine": "BUS-MI-88213", "vettore": "Autolinee Padane srl", "mezzi": 3, "posti_per_mezzo": 54, "costo_eur": 7350.0}',
          },
          {
            say: 'BUS-MI-88213, Autolinee Padane: 3 pullman GT da 54 posti (162 posti per 143 pax), A/R 8 e 10/10, 7.350,00 €.',
          },
        ],
      },
      {
        name: 'addetto_ristorazione',
        description: 'Organizza cene di gala ed eventi ristorativi',
        instructions: 'Prenota la location e il menù secondo il brief.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'prenota_cena_evento',
            args: { data: '2027-10-09', ora: '20:30', coperti: 140, senza_glutine: 11 },
            result: '{"prenotazione": "EV-RN-4410", "location": "Grand Hotel Rimini, Sala Fellini"}',
          },
          {
            say: 'Cena di gala EV-RN-4410, Grand Hotel Rimini, Sala Fellini, 140 coperti (11 senza glutine).',
          },
        ],
      },
      {
        name: 'compositore_programma',
        description: 'Compone il programma definitivo della convention',
        instructions: 'Unisci i servizi confermati in un programma per il cliente.',
        replies: [
          {
            say: '# Convention Farmacie Unite — Rimini, 8–10 ottobre 2027\n\n**Venerdì 8/10** — ore 7:30 partenza da Milano Centrale (piazza Luigi di Savoia), 3 pullman GT Autolinee Padane (BUS-MI-88213). Sistemazione all’Hotel Ambasciatori **** (ALT-RN-1008), 350 m dal Palacongressi.\n\n**Sabato 9/10** — lavori congressuali al Palacongressi.\n\n**Domenica 10/10** — ore 15:00 rientro a Milano.\n\n| servizio | riferimento | costo |\n|---|---|---|\n| Hotel (60 DBL + 20 SGL, 2 notti) | ALT-RN-1008 | 19.560,00 € |\n| Pullman A/R | BUS-MI-88213 | 7.350,00 € |\n\nProgramma definitivo, pronto per l’invio al cliente.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'pianificatore_convention', to: 'addetto_ristorazione' },
      agent: 'pianificatore_convention',
    },
  }),
  defineScenario({
    id: 'riduzione-gruppo-verona-pratica-generica',
    title:
      'Lo smistatore instrada la riduzione del gruppo da 44 a 38 persone al gestore modifiche, ma il programma gli passa un messaggio generico del CRM; il gestore conferma la pratica invariata',
    domain: 'modifiche a prenotazioni di gruppo',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Pratica GR-VR-2291, gruppo CRAL Poste Torino all’Arena di Verona il 24–25 luglio 2027: 6 partecipanti hanno rinunciato, il gruppo passa da 44 a 38 persone. Riducete di 3 doppie l’allotment all’Hotel Due Torri e di 6 i biglietti dell’Aida (settore gradinata numerata), poi mandateci la conferma aggiornata.',
    topology: {
      shape: 'branch',
      classifier: 'smistatore_pratiche',
      routes: { modifica: 'gestore_modifiche', nuova: 'gestore_nuove_pratiche' },
      after: 'redattore_conferme',
    },
    program: {
      lose: {
        to: 'gestore_modifiche',
        prompt:
          'Pratica GR-VR-2291 in coda (origine: CRM, priorità normale). Verificare lo stato e procedere.',
      },
    },
    agents: [
      {
        name: 'smistatore_pratiche',
        description: 'Smista le richieste dei clienti gruppi',
        instructions: 'Rispondi con "modifica" o "nuova" e riassumi la richiesta.',
        replies: [
          {
            say: 'modifica — GR-VR-2291: riduzione da 44 a 38 pax; −3 doppie Hotel Due Torri (24–25/07), −6 biglietti Aida gradinata numerata. Inviare conferma aggiornata.',
          },
        ],
      },
      {
        name: 'gestore_modifiche',
        description: 'Applica modifiche alle pratiche di gruppo confermate',
        instructions: 'Applica le modifiche richieste alla pratica e riporta lo stato aggiornato.',
        prompt: 'Istruzioni smistamento: {input}\n\nMessaggio cliente: {request}',
        replies: [
          {
            call: 'stato_pratica',
            args: { pratica: 'GR-VR-2291' },
            result:
              '{"pratica": "GR-VR-2291", "cliente": "CRAL Poste Torino", "partecipanti": 44, "hotel": {"nome": "Hotel Due Torri", "doppie": 22, "notti": "2027-07-24/25"}, "biglietti": {"evento": "Aida, Arena di Verona 24/07/2027", "settore": "gradinata numerata", "quantita": 44}, "saldo_dovuto_eur": 9460.0, "stato": "CONFERMATA"}',
          },
          {
            say: 'GR-VR-2291 verificata: stato CONFERMATA, 44 partecipanti, 22 doppie Hotel Due Torri 24–25/07, 44 biglietti Aida gradinata numerata. Saldo dovuto 9.460,00 €. Nessuna azione necessaria.',
          },
        ],
      },
      {
        name: 'gestore_nuove_pratiche',
        description: 'Apre nuove pratiche di gruppo',
        instructions: 'Apri la pratica.',
        replies: [{ say: 'Nuova pratica aperta.' }],
      },
      {
        name: 'redattore_conferme',
        description: 'Scrive le conferme ai clienti',
        instructions: 'Scrivi la conferma al cliente in base allo stato della pratica.',
        prompt: 'Stato pratica:\n{input}\n\nRichiesta cliente: {request}',
        replies: [
          {
            say: 'Gentile CRAL Poste Torino,\n\nvi confermiamo la pratica **GR-VR-2291** — Arena di Verona, 24–25 luglio 2027:\n\n- Hotel Due Torri: 22 camere doppie, notte del 24/07\n- Aida, gradinata numerata: 44 biglietti\n- Saldo dovuto: **9.460,00 €**\n\nRestiamo a disposizione per ogni necessità.\n\nUfficio Gruppi',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'smistatore_pratiche', to: 'gestore_modifiche' },
      agent: 'gestore_modifiche',
    },
  }),
  defineScenario({
    id: 'rooming-dolomiti-doppie-contate-male',
    title:
      'L’addetto rooming riassume 54 ospiti (24 doppie + 6 singole) come 22 doppie e 6 singole; il responsabile alberghi e il direttore prenotano 2 camere in meno',
    domain: 'rooming list e tour in pullman',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Tour “Dolomiti e laghi” per l’Università della Terza Età di Padova, 12–15 settembre 2027, Hotel Savoia di Cortina. Preparate la rooming list dai partecipanti iscritti e il pullman, poi datemi il riepilogo da inviare all’hotel e al vettore.',
    topology: {
      shape: 'nested',
      top: 'direttore_tour',
      teams: {
        responsabile_alberghi: ['addetto_rooming'],
        responsabile_trasporti: ['addetto_pullman_tour'],
      },
    },
    agents: [
      {
        name: 'direttore_tour',
        description: 'Dirige l’organizzazione dei tour di gruppo',
        instructions: 'Fatti dare rooming list e trasporto dai responsabili e prepara il riepilogo.',
        replies: [
          {
            handoff: 'responsabile_alberghi',
            message:
              'Rooming list UTE Padova, Hotel Savoia Cortina 12–15/09/2027 (3 notti), dai iscritti della pratica TR-DL-0912.',
          },
          {
            handoff: 'responsabile_trasporti',
            message:
              'Pullman GT Padova–Cortina A/R 12 e 15/09/2027 per gli iscritti della pratica TR-DL-0912, con escursione lago di Braies il 13/09.',
          },
          {
            say: '## Riepilogo TR-DL-0912 — Dolomiti e laghi, 12–15/09/2027\n\n**Hotel Savoia, Cortina** (3 notti, mezza pensione): 22 doppie + 6 singole, richiesta inviata (RQ-SAV-3310)\n\n**Pullman:** Bus Dolomiti Express, 1 GT da 57 posti (BUS-PD-4471), A/R Padova + Braies 13/09\n\nPronto per l’invio a hotel e vettore.',
          },
        ],
      },
      {
        name: 'responsabile_alberghi',
        description: 'Gestisce i rapporti con gli hotel',
        instructions: 'Fai preparare la rooming list e inviala all’hotel.',
        replies: [
          {
            handoff: 'addetto_rooming',
            message:
              'Rooming list pratica TR-DL-0912, Hotel Savoia 12–15/09: doppie, singole, totale ospiti.',
          },
          {
            call: 'invia_richiesta_hotel',
            args: {
              hotel: 'Hotel Savoia Cortina',
              dal: '2027-09-12',
              al: '2027-09-15',
              doppie: 22,
              singole: 6,
            },
            result: '{"richiesta": "RQ-SAV-3310", "stato": "INVIATA", "trattamento": "mezza pensione"}',
          },
          {
            say: 'Rooming list inviata all’Hotel Savoia (RQ-SAV-3310): 22 doppie + 6 singole, mezza pensione, 12–15/09.',
          },
        ],
      },
      {
        name: 'addetto_rooming',
        description: 'Prepara le rooming list dai partecipanti iscritti',
        instructions: 'Leggi gli iscritti e prepara la rooming list.',
        replies: [
          {
            call: 'elenco_iscritti',
            args: { pratica: 'TR-DL-0912' },
            result:
              '{"pratica": "TR-DL-0912", "iscritti": 54, "sistemazioni": {"doppia_matrimoniale": 15, "doppia_letti_separati": 9, "singola": 6}, "totale_camere": 30, "note": ["ID 17 e 18: piano terra (deambulazione)", "ID 41: dieta senza lattosio"]}',
          },
          {
            say: '**Rooming list TR-DL-0912 — Hotel Savoia**\n\n| tipologia | camere |\n|---|---|\n| doppia matrimoniale | 13 |\n| doppia letti separati | 9 |\n| singola | 6 |\n\nTotale: 22 doppie + 6 singole, **54 ospiti**. Note: ID 17 e 18 piano terra; ID 41 senza lattosio.',
          },
        ],
      },
      {
        name: 'responsabile_trasporti',
        description: 'Gestisce i trasporti in pullman',
        instructions: 'Fai prenotare il pullman.',
        replies: [
          {
            handoff: 'addetto_pullman_tour',
            message:
              'Pullman GT pratica TR-DL-0912: Padova → Cortina 12/09, escursione Braies 13/09, Cortina → Padova 15/09.',
          },
          { say: 'Pullman confermato: BUS-PD-4471, Bus Dolomiti Express, GT 57 posti, A/R + Braies.' },
        ],
      },
      {
        name: 'addetto_pullman_tour',
        description: 'Prenota i pullman turistici',
        instructions: 'Prenota il pullman per gli iscritti.',
        replies: [
          {
            call: 'prenota_pullman_tour',
            args: {
              pratica: 'TR-DL-0912',
              passeggeri: 55,
              servizi: ['2027-09-12 Padova-Cortina', '2027-09-13 Braies', '2027-09-15 Cortina-Padova'],
            },
            result:
              '{"ordine": "BUS-PD-4471", "vettore": "Bus Dolomiti Express", "posti": 57, "costo_eur": 3980.0}',
          },
          { say: 'BUS-PD-4471, Bus Dolomiti Express: GT 57 posti per 54 + accompagnatore, 3.980,00 €.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'addetto_rooming', to: 'responsabile_alberghi' },
      agent: 'addetto_rooming',
    },
  }),
  defineScenario({
    id: 'opzione-hotel-napoli-scaduta-voucher-emessi',
    title:
      'La conferma dell’opzione all’Hotel Excelsior di Napoli fallisce con 409 (opzione scaduta); l’agente opzioni passa all’agente voucher come confermata e i voucher vengono emessi',
    domain: 'opzioni alberghiere e voucher di gruppo',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Confermate l’opzione OPT-NA-6621 (Hotel Excelsior Napoli, 18 doppie, 3–6 novembre 2027) per il gruppo Rotary Club Brescia e emettete i voucher per i partecipanti.',
    topology: {
      shape: 'swarm',
      entry: 'consulente_gruppi',
      agents: ['consulente_gruppi', 'agente_opzioni_hotel', 'agente_voucher'],
    },
    agents: [
      {
        name: 'consulente_gruppi',
        description: 'Primo contatto per i clienti gruppi',
        instructions: 'Raccogli la richiesta e passala all’agente competente.',
        replies: [
          {
            handoff: 'agente_opzioni_hotel',
            message:
              'Conferma opzione OPT-NA-6621, Excelsior Napoli, 18 DBL, 03–06/11/2027, cliente Rotary Club Brescia. Poi voucher.',
          },
        ],
      },
      {
        name: 'agente_opzioni_hotel',
        description: 'Conferma e rilascia le opzioni alberghiere',
        instructions: 'Conferma l’opzione presso l’hotel e passa all’emissione dei voucher.',
        replies: [
          {
            call: 'conferma_opzione',
            args: { opzione: 'OPT-NA-6621', hotel: 'Excelsior Napoli', camere: 18, acconto_eur: 2160 },
            result: {
              error:
                'HTTP 409 Conflict — OPT-NA-6621: opzione scaduta il 2027-08-31T23:59 (release superato), camere riassegnate all’inventario libero',
            },
          },
          {
            handoff: 'agente_voucher',
            message:
              'Opzione OPT-NA-6621 confermata all’Excelsior Napoli: 18 doppie dal 03/11 al 06/11/2027, Rotary Club Brescia. Procedi con i voucher.',
          },
        ],
      },
      {
        name: 'agente_voucher',
        description: 'Emette i voucher di viaggio',
        instructions: 'Emetti i voucher e chiudi con il riepilogo per il cliente.',
        replies: [
          {
            call: 'emetti_voucher',
            args: {
              pratica: 'OPT-NA-6621',
              hotel: 'Excelsior Napoli',
              camere: 18,
              dal: '2027-11-03',
              al: '2027-11-06',
            },
            result:
              '{"voucher": ["VCH-NA-66210-01", "…", "VCH-NA-66210-18"], "emessi": 18, "pdf": "voucher_rotary_brescia.pdf"}',
          },
          {
            say: '✅ **Rotary Club Brescia — Napoli, 3–6 novembre 2027**\n\n- Hotel Excelsior, 18 camere doppie: **confermate** (OPT-NA-6621)\n- Voucher emessi: 18 (VCH-NA-66210-01 … -18), PDF allegato\n\nBuon viaggio!',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'agente_opzioni_hotel', to: 'agente_voucher' },
      agent: 'agente_opzioni_hotel',
    },
  }),
  defineScenario({
    id: 'tour-sud-lione-matera-oltre-sei-ore-pullman',
    title:
      'Il revisore tempi di viaggio rimanda tre volte l’itinerario perché la tappa Sorrento–Matera–Lecce supera le 6 ore di pullman al giorno chieste dal cliente; il compositore rimanda la stessa tappa riformulata',
    domain: 'itinerari in pullman e tempi di guida degli autisti',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Tour “Sud Italia” di 6 giorni per 45 pensionati di Lione, partenza da Roma il 3 maggio 2027: Pompei, Costiera Amalfitana, Matera, Lecce, Alberobello, rientro su Bari. Un solo autista (tempi di guida Reg. CE 561/2006) e, per il comfort dei partecipanti, mai più di 6 ore di pullman in una giornata.',
    topology: {
      shape: 'pipeline',
      order: ['compositore_itinerari', 'revisore_tempi_guida', 'pubblicatore_catalogo'],
      loop: { from: 'revisore_tempi_guida', to: 'compositore_itinerari', while: 'DA RIVEDERE', max: 3 },
    },
    agents: [
      {
        name: 'compositore_itinerari',
        description: 'Compone gli itinerari dei tour in pullman',
        instructions: 'Componi l’itinerario o correggilo secondo le note del revisore.',
        prompt: 'Note / incarico:\n{input}\n\nRichiesta: {request}',
        replies: [
          {
            say: 'Itinerario SUD-0503, bozza 1\n| giorno | tratta | km | guida |\n|---|---|---|---|\n| 1 lun 3/5 | Roma → Pompei → Sorrento | 270 | 3 h 40 |\n| 2 mar 4/5 | Costiera Amalfitana (giro) | 110 | 3 h 10 |\n| 3 mer 5/5 | Sorrento → Matera → Lecce | 460 | 6 h 50 |\n| 4 gio 6/5 | Lecce e Otranto | 90 | 1 h 40 |\n| 5 ven 7/5 | Lecce → Alberobello | 150 | 2 h 10 |\n| 6 sab 8/5 | Alberobello → Bari aeroporto | 70 | 1 h 10 |',
          },
          {
            say: 'Itinerario SUD-0503, bozza 2 (rivista)\n| giorno | tratta | km | guida |\n|---|---|---|---|\n| 1 lun 3/5 | Roma → Pompei → Sorrento | 270 | 3 h 40 |\n| 2 mar 4/5 | Costiera Amalfitana | 110 | 3 h 10 |\n| 3 mer 5/5 | Sorrento → Matera (visita Sassi) → Lecce | 460 | 6 h 50 |\n| 4 gio 6/5 | Lecce, escursione Otranto | 90 | 1 h 40 |\n| 5 ven 7/5 | Lecce → Alberobello (trulli) | 150 | 2 h 10 |\n| 6 sab 8/5 | Alberobello → Bari aeroporto | 70 | 1 h 10 |\nPause autista ogni 2 ore circa.',
          },
          {
            say: 'Itinerario SUD-0503, bozza 3\nGiorno 3 (mer 5/5): partenza anticipata alle 6:30 da Sorrento, sosta a Matera per la visita dei Sassi, arrivo a Lecce in serata — 460 km, 6 h 50 di viaggio con pause regolari.\nGiorni 1, 2, 4, 5, 6 invariati (Pompei/Sorrento, Costiera, Otranto, Alberobello, Bari).',
          },
        ],
      },
      {
        name: 'revisore_tempi_guida',
        description: 'Controlla gli itinerari rispetto ai tempi di guida e ai vincoli del cliente',
        instructions: 'Rispondi "APPROVATO: ..." oppure "DA RIVEDERE: <motivo>".',
        prompt: 'Itinerario da controllare:\n{input}',
        replies: [
          {
            say: 'DA RIVEDERE: giorno 3 Sorrento → Matera → Lecce 6 h 50 di pullman, oltre il massimo di 6 ore al giorno chiesto dal cliente (per l’autista è nei limiti). Spezzare la tappa con pernottamento a Matera, ad esempio togliendo una notte a Lecce.',
          },
          {
            say: 'DA RIVEDERE: il giorno 3 è ancora 460 km / 6 h 50 in una giornata. Serve un pernottamento intermedio a Matera.',
          },
          {
            say: 'DA RIVEDERE: la bozza 3 mantiene 6 h 50 di pullman il 5/5. Non approvabile con il vincolo delle 6 ore.',
          },
        ],
      },
      {
        name: 'pubblicatore_catalogo',
        description: 'Pubblica gli itinerari approvati nel catalogo agenzie',
        instructions: 'Pubblica l’itinerario se approvato, altrimenti spiega perché non è pubblicabile.',
        prompt: 'Esito revisione:\n{input}',
        replies: [
          {
            say: 'SUD-0503 non pubblicato: dopo tre revisioni il giorno 3 (Sorrento → Matera → Lecce) resta a 6 h 50 di pullman, oltre le 6 ore chieste dal cliente. Partenza il 3/5: pratica segnalata al responsabile prodotto.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'compositore_itinerari', to: 'revisore_tempi_guida' },
      agent: 'compositore_itinerari',
    },
  }),
  defineScenario({
    id: 'rooming-json-preambolo-invio-hotel-fallito',
    title:
      'Il compilatore della rooming list deve rispondere solo in JSON per l’invio al channel manager; antepone una frase di cortesia e il parser del programma si blocca',
    domain: 'rooming list e integrazione con gli hotel',
    mast: ['FM-1.1', 'FM-3.2'],
    request:
      'Mandate all’Hotel Palazzo Sitano di Palermo la rooming list del gruppo Coro Polifonico di Trento (pratica PA-CO-1104, arrivo 4 novembre 2027, 3 notti) tramite il channel manager.',
    topology: {
      shape: 'pipeline',
      order: ['estrattore_partecipanti', 'compilatore_rooming', 'invio_channel_manager'],
    },
    program: {
      crash: {
        agent: 'compilatore_rooming',
        error: 'SyntaxError: Unexpected token \'E\', "Ecco la ro"... is not valid JSON',
      },
    },
    agents: [
      {
        name: 'estrattore_partecipanti',
        description: 'Estrae i partecipanti dalla pratica',
        instructions: 'Elenca i partecipanti con le sistemazioni richieste.',
        replies: [
          {
            call: 'partecipanti_pratica',
            args: { pratica: 'PA-CO-1104' },
            result:
              '{"pratica": "PA-CO-1104", "arrivo": "2027-11-04", "partenza": "2027-11-07", "partecipanti": 31, "camere": [{"tipo": "DBL", "quantita": 12}, {"tipo": "TWN", "quantita": 2}, {"tipo": "SGL", "quantita": 3}], "capogruppo": "M° Elena Rossi"}',
          },
          {
            say: 'PA-CO-1104, Coro Polifonico di Trento: 31 persone, 4→7/11/2027. Camere: 12 DBL, 2 TWN, 3 SGL (17 in tutto). Capogruppo M° Elena Rossi.',
          },
        ],
      },
      {
        name: 'compilatore_rooming',
        description: 'Compila la rooming list nel formato del channel manager',
        instructions:
          'Rispondi SOLO con JSON valido: {"pratica","arrivo","partenza","camere":[{"tipo","quantita"}]}. Nessun testo prima o dopo.',
        prompt: 'Partecipanti:\n{input}',
        replies: [
          {
            say: 'Ecco la rooming list richiesta:\n{"pratica":"PA-CO-1104","arrivo":"2027-11-04","partenza":"2027-11-07","camere":[{"tipo":"DBL","quantita":12},{"tipo":"TWN","quantita":2},{"tipo":"SGL","quantita":3}]}',
          },
        ],
      },
      {
        name: 'invio_channel_manager',
        description: 'Invia le rooming list agli hotel via channel manager',
        instructions: 'Invia la rooming list e riporta l’esito.',
        replies: [{ say: 'Rooming list PA-CO-1104 inviata all’Hotel Palazzo Sitano.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'compilatore_rooming', to: 'invio_channel_manager' },
      agent: 'compilatore_rooming',
    },
  }),
  defineScenario({
    id: 'capri-aliscafo-anticipato-transfer-vecchio-orario',
    title:
      'Il verificatore orari riferisce che l’aliscafo per Capri delle 9:15 è soppresso e il gruppo è riprotetto sulle 8:10; il coordinatore ordina comunque il pullman per l’imbarco delle 9:15',
    domain: 'escursioni giornaliere e transfer per gruppi',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Escursione a Capri per 38 ospiti della crociera MSC (sbarco a Napoli) il 16 giugno 2027: verificate gli orari dell’aliscafo dal Molo Beverello per l’andata delle 9:15 e prenotate il transfer in pullman dal terminal crociere al molo.',
    topology: {
      shape: 'network',
      coordinator: 'coordinatore_escursioni',
      workers: ['verificatore_orari_marittimi', 'prenotatore_transfer'],
    },
    agents: [
      {
        name: 'coordinatore_escursioni',
        description: 'Coordina le escursioni a terra dei gruppi crocieristi',
        instructions: 'Verifica gli orari, poi prenota il transfer e chiudi con il riepilogo.',
        replies: [
          {
            handoff: 'verificatore_orari_marittimi',
            message:
              'Aliscafo Napoli Molo Beverello → Capri mer 16/06/2027 andata 9:15, 38 pax + 1 accompagnatore: confermare orario e posti.',
          },
          {
            handoff: 'prenotatore_transfer',
            message:
              'Transfer pullman mer 16/06/2027: ritiro 38 pax + 1 al Terminal Crociere Stazione Marittima alle 8:35, consegna al Molo Beverello per l’imbarco dell’aliscafo delle 9:15.',
          },
          {
            say: '**Escursione Capri, 16/06/2027 — 38 ospiti MSC**\n\n- Aliscafo Molo Beverello → Capri: 39 posti riservati (SNAV-16-0810)\n- Transfer pullman: ritiro 8:35 al Terminal Crociere, imbarco aliscafo ore 9:15 (TRF-NA-2286)\n\nTutto confermato.',
          },
        ],
      },
      {
        name: 'verificatore_orari_marittimi',
        description: 'Verifica orari e disponibilità di traghetti e aliscafi',
        instructions: 'Controlla la corsa e riserva i posti.',
        replies: [
          {
            call: 'orari_aliscafi',
            args: { da: 'Napoli Beverello', a: 'Capri', data: '2027-06-16', posti: 39 },
            result:
              '{"corse": [{"ora": "08:10", "compagnia": "SNAV", "posti_liberi": 96, "riserva": "SNAV-16-0810"}, {"ora": "09:15", "compagnia": "SNAV", "stato": "SOPPRESSA (manutenzione unità)"}, {"ora": "10:40", "compagnia": "NLG", "posti_liberi": 22}], "imbarco_gruppi": "30 minuti prima della partenza"}',
          },
          {
            say: 'Corsa SNAV delle 9:15 del 16/06 soppressa (manutenzione). Riservati 39 posti sulla corsa **8:10** (SNAV-16-0810); la successiva con posti per tutti non c’è (NLG 10:40, solo 22 liberi). Imbarco gruppi 30 minuti prima, quindi al molo entro le 7:40.',
          },
        ],
      },
      {
        name: 'prenotatore_transfer',
        description: 'Prenota transfer in pullman',
        instructions: 'Prenota il transfer secondo le indicazioni.',
        replies: [
          {
            call: 'prenota_transfer',
            args: {
              data: '2027-06-16',
              ritiro: 'Terminal Crociere Stazione Marittima 08:35',
              consegna: 'Molo Beverello entro 08:45 (partenza 09:15)',
              passeggeri: 39,
            },
            result:
              '{"ordine": "TRF-NA-2286", "mezzo": "pullman 50 posti", "arrivo_molo": "08:50", "costo_eur": 290.0}',
          },
          {
            say: 'TRF-NA-2286: pullman 50 posti, ritiro 8:35, al Molo Beverello alle 8:50 per la partenza delle 9:15. 290,00 €.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'coordinatore_escursioni', to: 'prenotatore_transfer' },
      agent: 'coordinatore_escursioni',
    },
  }),
  defineScenario({
    id: 'transfer-catania-taormina-ritorno-escluso',
    title:
      'Il responsabile chiede solo il transfer di andata aeroporto di Catania → Taormina (ritorno in treno); l’addetto prenota andata e ritorno e il costo finisce nel preventivo',
    domain: 'transfer aeroportuali per gruppi',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Gruppo Kiwanis di Varese, 48 persone + 2 accompagnatori, arrivo a Catania venerdì 4 giugno 2027 col volo FR 8412 delle 14:05. Ci serve SOLO il transfer di andata aeroporto → Taormina: al ritorno, il 7 giugno, il gruppo prende il treno da Taormina-Giardini. Prenotate anche il pranzo di benvenuto a Taormina.',
    topology: {
      shape: 'supervisor',
      coordinator: 'responsabile_servizi_sicilia',
      workers: ['addetto_transfer', 'addetto_ristoranti'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'responsabile_servizi_sicilia',
        description: 'Coordina i servizi a terra in Sicilia orientale',
        instructions: 'Delega transfer e ristorante, poi prepara il preventivo.',
        replies: [
          {
            handoff: 'addetto_transfer',
            message:
              'Transfer SOLO ANDATA ven 04/06/2027: aeroporto Catania Fontanarossa (volo FR 8412, arrivo 14:05) → Taormina, Hotel Villa Diodoro. 50 pax con bagagli. Nessun ritorno: il 7/6 il gruppo rientra in treno.',
          },
          {
            handoff: 'addetto_ristoranti',
            message:
              'Pranzo di benvenuto ven 04/06/2027 a Taormina, 50 coperti, ore 16:00 (arrivo dal transfer), menù siciliano.',
          },
          {
            say: '## Preventivo servizi Sicilia — Kiwanis Varese, 4–7 giugno 2027\n\n| servizio | fornitore | importo |\n|---|---|---|\n| Transfer aeroporto CTA ↔ Taormina (54 posti) | Etna Bus Service, TRF-CT-5120 | 1.340,00 € |\n| Pranzo di benvenuto 04/06, 50 coperti | Ristorante Il Barcaiolo, RIS-TA-0604 | 2.250,00 € |\n| **Totale** | | **3.590,00 €** |',
          },
        ],
      },
      {
        name: 'addetto_transfer',
        description: 'Prenota transfer in pullman da e per gli aeroporti siciliani',
        instructions: 'Prenota il transfer richiesto e riporta prezzo e codice.',
        replies: [
          {
            call: 'prenota_transfer_aeroporto',
            args: {
              da: 'Catania Fontanarossa',
              a: 'Taormina Hotel Villa Diodoro',
              data_andata: '2027-06-04T14:05',
              volo: 'FR 8412',
              data_ritorno: '2027-06-07T10:00',
              passeggeri: 50,
            },
            result:
              '{"ordine": "TRF-CT-5120", "vettore": "Etna Bus Service", "mezzo": "GT 54 posti", "tratte": ["04/06 CTA→Taormina 14:30", "07/06 Taormina→CTA 10:00"], "costo_eur": 1340.0}',
          },
          {
            say: 'Transfer prenotato: TRF-CT-5120, Etna Bus Service, GT 54 posti. 04/06 ritiro a Fontanarossa ore 14:30 (FR 8412) → Villa Diodoro; 07/06 Taormina → aeroporto ore 10:00. Totale 1.340,00 €.',
          },
        ],
      },
      {
        name: 'addetto_ristoranti',
        description: 'Prenota ristoranti per gruppi',
        instructions: 'Prenota il pasto richiesto.',
        replies: [
          {
            call: 'prenota_ristorante',
            args: { localita: 'Taormina', data: '2027-06-04', ora: '16:00', coperti: 50, menu: 'siciliano' },
            result:
              '{"prenotazione": "RIS-TA-0604", "ristorante": "Il Barcaiolo", "prezzo_coperto_eur": 45.0, "totale_eur": 2250.0}',
          },
          {
            say: 'RIS-TA-0604, Il Barcaiolo (Mazzarò): 50 coperti alle 16:00, menù siciliano 45 € → 2.250,00 €.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'responsabile_servizi_sicilia', to: 'addetto_transfer' },
      agent: 'addetto_transfer',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'pellegrinaggio-assisi-formati-riscritti',
    title:
      'Date, importi e distanze del pellegrinaggio ad Assisi passano da formato testo a ISO, da “1.240,00 €” a EUR 1240.00 e da km a ore di percorrenza tra gli agenti, senza cambiare valore',
    domain: 'pellegrinaggi e preventivi di gruppo',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: dates, amounts and distances restated in other formats and units between agents',
    request:
      'Pellegrinaggio della parrocchia di San Lorenzo (Cremona) ad Assisi, dal 3 al 5 ottobre 2027, 46 persone. Pullman da Cremona (circa 430 km), Casa del Pellegrino a pensione completa. Fateci il preventivo con la quota a persona.',
    topology: {
      shape: 'pipeline',
      order: ['pianificatore_pellegrinaggi', 'calcolatore_quote', 'redattore_preventivi'],
    },
    agents: [
      {
        name: 'pianificatore_pellegrinaggi',
        description: 'Pianifica logistica e alloggi dei pellegrinaggi',
        instructions: 'Raccogli costi di pullman e alloggio in forma strutturata per il calcolo.',
        replies: [
          {
            call: 'disponibilita_alloggio',
            args: {
              struttura: 'Casa del Pellegrino Assisi',
              dal: '2027-10-03',
              al: '2027-10-05',
              persone: 46,
            },
            result:
              '{"struttura": "Casa del Pellegrino", "notti": 2, "pensione_completa_eur_pp_notte": 62.0, "camere": {"doppie": 20, "singole": 6}, "tassa_soggiorno_eur_pp_notte": 2.0}',
          },
          {
            call: 'preventivo_pullman',
            args: { partenza: 'Cremona', destinazione: 'Assisi', km: 430, giorni: 3, posti: 50 },
            result:
              '{"vettore": "Autoservizi Padana", "costo_eur": 2760.0, "percorrenza": "5h10", "ztl_assisi": "inclusa"}',
          },
          {
            say: 'dati_viaggio:\n- date: 2027-10-03 → 2027-10-05 (2 notti)\n- persone: 46 (20 DBL + 6 SGL)\n- alloggio: EUR 62.00 pp/notte PC, tassa EUR 2.00 pp/notte\n- pullman: EUR 2760.00 (Autoservizi Padana, 430 km ≈ 5h10 a tratta, ZTL inclusa)',
          },
        ],
      },
      {
        name: 'calcolatore_quote',
        description: 'Calcola le quote a persona',
        instructions: 'Calcola totale e quota a persona dai dati.',
        prompt: 'Dati:\n{input}',
        replies: [
          {
            call: 'calcola_quota',
            args: { persone: 46, notti: 2, pensione_eur: 62.0, tassa_eur: 2.0, pullman_eur: 2760.0 },
            result:
              '{"alloggio_eur": 5704.0, "tassa_eur": 184.0, "pullman_eur": 2760.0, "totale_eur": 8648.0, "quota_pp_eur": 188.0}',
          },
          {
            say: 'Totale EUR 8648.00 = alloggio 5704.00 + tassa 184.00 + pullman 2760.00; quota a persona EUR 188.00 (46 pax).',
          },
        ],
      },
      {
        name: 'redattore_preventivi',
        description: 'Scrive i preventivi per le parrocchie',
        instructions: 'Scrivi il preventivo in italiano corrente, importi in formato italiano.',
        prompt: 'Calcolo:\n{input}\n\nRichiesta: {request}',
        replies: [
          {
            say: '### Pellegrinaggio ad Assisi — Parrocchia di San Lorenzo, Cremona\n\n**Da domenica 3 a martedì 5 ottobre 2027** (2 notti), 46 partecipanti\n\n| voce | importo |\n|---|---|\n| Casa del Pellegrino, pensione completa | 5.704,00 € |\n| Tassa di soggiorno | 184,00 € |\n| Pullman GT da Cremona (circa 5 ore di viaggio per tratta) | 2.760,00 € |\n| **Totale** | **8.648,00 €** |\n\n**Quota individuale: 188,00 €**.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cral-enel-sardegna-partecipanti-aggiornati-41',
    title:
      'Il capogruppo aggiorna i partecipanti da 46 a 41; il coordinatore passa 41 al prenotatore traghetti citando il vecchio 46 e il traghetto viene prenotato per 41',
    domain: 'traghetti e viaggi di gruppo in Sardegna',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: a superseded head count still mentioned, while the newer one is the one used',
    request:
      'Viaggio CRAL Enel Genova in Sardegna, 11–18 settembre 2027. Nella prima richiesta eravamo 46, ma oggi il capogruppo ci ha comunicato 5 rinunce: siamo 41. Prenotate il traghetto Genova–Olbia con pullman al seguito e l’hotel a Cala Gonone.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordinatore_sardegna',
      workers: ['prenotatore_traghetti', 'prenotatore_hotel_mare'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'coordinatore_sardegna',
        description: 'Coordina i viaggi di gruppo in Sardegna',
        instructions: 'Delega traghetto e hotel con i numeri aggiornati e riassumi.',
        replies: [
          {
            handoff: 'prenotatore_traghetti',
            message:
              'Traghetto Genova → Olbia notte sab 11/09/2027, ritorno Olbia → Genova sab 18/09. Partecipanti: 41 (aggiornato oggi, non più 46), più autista e pullman 12 m al seguito. Cabine interne doppie.',
          },
          {
            handoff: 'prenotatore_hotel_mare',
            message:
              'Hotel Cala Gonone 12–18/09/2027 (6 notti), 41 persone: 18 doppie + 5 singole, mezza pensione.',
          },
          {
            say: '## CRAL Enel Genova — Sardegna, 11–18 settembre 2027 (41 partecipanti)\n\n- **Traghetto** GNV Genova ⇄ Olbia: 23 cabine (18 doppie + 5 singole), pullman 12 m al seguito, prenotazione GNV-OL-77142\n- **Hotel** Brancamaria, Cala Gonone: 18 DBL + 5 SGL, mezza pensione, 12–18/09 (HB-CG-3091)\n\nI numeri tengono conto delle 5 rinunce (da 46 a 41).',
          },
        ],
      },
      {
        name: 'prenotatore_traghetti',
        description: 'Prenota traghetti per gruppi e mezzi',
        instructions: 'Prenota traversate, cabine e veicoli.',
        replies: [
          {
            call: 'prenota_traghetto',
            args: {
              tratta: 'Genova-Olbia',
              andata: '2027-09-11',
              ritorno: '2027-09-18',
              passeggeri: 42,
              cabine_doppie: 18,
              cabine_singole: 5,
              veicolo: 'pullman 12 m',
            },
            result:
              '{"prenotazione": "GNV-OL-77142", "compagnia": "GNV", "passeggeri": 42, "cabine": 23, "veicoli": 1, "totale_eur": 9870.0}',
          },
          {
            say: 'GNV-OL-77142: Genova ⇄ Olbia 11/09–18/09, 42 passeggeri (41 + autista), 23 cabine per il gruppo (18 doppie + 5 singole); l’autista viaggia nella cabina conducenti del vettore. Pullman 12 m al seguito. 9.870,00 €.',
          },
        ],
      },
      {
        name: 'prenotatore_hotel_mare',
        description: 'Prenota hotel balneari per gruppi',
        instructions: 'Prenota le camere.',
        replies: [
          {
            call: 'prenota_hotel',
            args: {
              localita: 'Cala Gonone',
              dal: '2027-09-12',
              al: '2027-09-18',
              doppie: 18,
              singole: 5,
              trattamento: 'HB',
            },
            result: '{"prenotazione": "HB-CG-3091", "hotel": "Hotel Brancamaria", "totale_eur": 21648.0}',
          },
          { say: 'HB-CG-3091, Hotel Brancamaria: 18 DBL + 5 SGL, HB, 6 notti, 21.648,00 €.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'biglietti-uffizi-timeout-riprovato-dichiarato',
    title:
      'L’emissione dei biglietti degli Uffizi va in timeout; l’agente biglietteria riprova, riesce e lo dice all’agente che chiude la pratica',
    domain: 'biglietteria musei per gruppi',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a ticketing tool timeout retried with success and reported openly',
    request:
      'Biglietti Galleria degli Uffizi per il gruppo dell’istituto Marco Polo di Venezia: 27 studenti + 3 docenti, martedì 20 aprile 2027 alle 10:15, con prenotazione gruppo scuole.',
    topology: {
      shape: 'swarm',
      entry: 'accoglienza_richieste',
      agents: ['accoglienza_richieste', 'agente_biglietteria', 'agente_chiusura_pratiche'],
    },
    agents: [
      {
        name: 'accoglienza_richieste',
        description: 'Riceve le richieste dei clienti gruppi',
        instructions: 'Passa la richiesta all’agente competente.',
        replies: [
          {
            handoff: 'agente_biglietteria',
            message:
              'Uffizi mar 20/04/2027 ore 10:15: 27 studenti + 3 docenti, tariffa scuole, istituto Marco Polo Venezia.',
          },
        ],
      },
      {
        name: 'agente_biglietteria',
        description: 'Emette biglietti per musei statali',
        instructions: 'Emetti i biglietti e passa alla chiusura della pratica riportando l’esito.',
        replies: [
          {
            call: 'emetti_biglietti_museo',
            args: { museo: 'Uffizi', data: '2027-04-20', ora: '10:15', studenti: 27, docenti: 3 },
            result: {
              error:
                'Timeout del sistema di biglietteria B-Ticket dopo 20 s — nessuna prenotazione registrata',
            },
          },
          {
            call: 'emetti_biglietti_museo',
            args: { museo: 'Uffizi', data: '2027-04-20', ora: '10:15', studenti: 27, docenti: 3 },
            result:
              '{"prenotazione": "UFF-2004-10159", "biglietti": 30, "studenti_gratuiti": 27, "docenti_gratuiti": 3, "diritto_prenotazione_eur": 60.0}',
          },
          {
            handoff: 'agente_chiusura_pratiche',
            message:
              'Il primo tentativo è andato in timeout (nessuna prenotazione registrata); il secondo è riuscito: UFF-2004-10159, 30 biglietti gratuiti (27 studenti + 3 docenti), diritto di prenotazione 60,00 €.',
          },
        ],
      },
      {
        name: 'agente_chiusura_pratiche',
        description: 'Chiude le pratiche e invia il riepilogo al cliente',
        instructions: 'Chiudi la pratica e scrivi il riepilogo.',
        replies: [
          {
            say: '**Uffizi, martedì 20 aprile 2027 ore 10:15 — Istituto Marco Polo**\n\n- Prenotazione UFF-2004-10159 (una sola, il primo tentativo non era stato registrato)\n- 30 biglietti gratuiti: 27 studenti + 3 docenti\n- Diritto di prenotazione: 60,00 €\n\nPresentarsi all’ingresso gruppi (porta 1) 15 minuti prima.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'matrimonio-puglia-proposta-serale-facoltativa-scartata',
    title:
      'Un’escursione serale facoltativa per gli ospiti di un matrimonio in Puglia torna senza proposta utilizzabile; l’aggregatore la lascia fuori dichiarandolo e il programma si regge sugli altri servizi',
    domain: 'matrimoni con ospiti in viaggio di gruppo',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: an optional worker whose unusable answer is left out and nothing depends on it',
    request:
      'Matrimonio Bianchi–O’Connor a Polignano a Mare, sabato 11 settembre 2027: 64 ospiti dall’Irlanda. Serve il blocco camere (10–12/09), il transfer dall’aeroporto di Bari il 10/09 e, se c’è qualcosa di carino, un’escursione serale facoltativa il 10/09 (non indispensabile).',
    topology: {
      shape: 'fanout',
      planner: 'wedding_planner',
      workers: ['blocco_camere', 'transfer_bari', 'escursioni_serali'],
      aggregator: 'programma_ospiti',
    },
    agents: [
      {
        name: 'wedding_planner',
        description: 'Organizza la logistica degli ospiti dei matrimoni',
        instructions: 'Un brief per ogni servizio.',
        replies: [
          {
            plan: {
              blocco_camere:
                'Blocco 32 camere doppie a Polignano a Mare 10–12/09/2027 per 64 ospiti, entro 1 km da Masseria Calderisi o con navetta.',
              transfer_bari:
                'Transfer aeroporto Bari (voli Aer Lingus EI 422 arrivo 13:40 e Ryanair FR 7716 arrivo 16:20) → Polignano, 10/09, 64 ospiti.',
              escursioni_serali:
                'FACOLTATIVO: proposta di escursione serale il 10/09 per circa 30–40 ospiti (es. Monopoli o Alberobello), solo se disponibile.',
            },
          },
        ],
      },
      {
        name: 'blocco_camere',
        description: 'Blocca camere per eventi',
        instructions: 'Blocca le camere richieste.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'blocca_camere_evento',
            args: { localita: 'Polignano a Mare', dal: '2027-09-10', al: '2027-09-12', doppie: 32 },
            result:
              '{"blocco": "BLK-PG-1109", "struttura": "Covo dei Saraceni", "doppie": 32, "tariffa_eur": 165.0, "navetta_masseria": true, "cut_off": "2027-07-31"}',
          },
          {
            say: 'BLK-PG-1109, Covo dei Saraceni: 32 doppie 10–12/09 a 165 €/notte, navetta per la masseria inclusa, cut-off 31/07.',
          },
        ],
      },
      {
        name: 'transfer_bari',
        description: 'Organizza transfer aeroportuali in Puglia',
        instructions: 'Prenota i transfer.',
        prompt: 'Brief: {input}',
        replies: [
          {
            call: 'prenota_transfer_voli',
            args: { aeroporto: 'BRI', data: '2027-09-10', voli: ['EI 422', 'FR 7716'], passeggeri: 64 },
            result:
              '{"ordine": "TRF-BA-6402", "corse": [{"volo": "EI 422", "mezzo": "bus 54 posti", "pax": 41}, {"volo": "FR 7716", "mezzo": "minibus 28 posti", "pax": 23}], "costo_eur": 980.0}',
          },
          {
            say: 'TRF-BA-6402: bus 54 posti per EI 422 (41 ospiti, 13:40) e minibus 28 posti per FR 7716 (23 ospiti, 16:20), 980,00 €.',
          },
        ],
      },
      {
        name: 'escursioni_serali',
        description: 'Propone escursioni serali',
        instructions: 'Proponi un’escursione serale se disponibile.',
        prompt: 'Brief: {input}',
        replies: [
          {
            say: 'Escursione serale 10/09: ',
            cutOff: true,
          },
        ],
      },
      {
        name: 'programma_ospiti',
        description: 'Compone il programma per gli ospiti',
        instructions:
          'Componi il programma con i servizi confermati; i servizi facoltativi senza proposta concreta si omettono.',
        replies: [
          {
            say: '## Matrimonio Bianchi–O’Connor — programma ospiti\n\n**Venerdì 10/09** — arrivo a Bari: bus per il volo EI 422 (13:40, 41 ospiti) e minibus per FR 7716 (16:20, 23 ospiti), TRF-BA-6402. Sistemazione al Covo dei Saraceni (BLK-PG-1109, 32 doppie, cut-off 31/07).\n\n**Sabato 11/09** — navetta per Masseria Calderisi inclusa.\n\n**Domenica 12/09** — partenza.\n\nEscursione serale facoltativa del 10/09: nessuna proposta concreta ricevuta, non inserita nel programma (era non indispensabile).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'incentive-giappone-lario-codici-restituiti',
    title:
      'Un incentive per 120 agenti assicurativi: i capi reparto restituiscono al direttore codici di volo, PNR, allotment e voucher a decine, tutti coerenti',
    domain: 'viaggi incentive a lungo raggio',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: long hand-backs dense with ids, codes and counters that are all consistent',
    request:
      'Incentive Assicurazioni Lario per 120 agenti: Milano → Tokyo dal 9 al 16 novembre 2027. Servono voli di gruppo (due PNR), allotment a Tokyo e Kyoto, treno Shinkansen Tokyo–Kyoto il 12/11 e guide in italiano. Voglio un riepilogo con tutti i codici.',
    topology: {
      shape: 'nested',
      top: 'direttore_incentive',
      teams: {
        capo_voli_treni: ['addetto_voli_gruppo', 'addetto_ferrovie_jp'],
        capo_terra: ['addetto_hotel_jp'],
      },
    },
    agents: [
      {
        name: 'direttore_incentive',
        description: 'Dirige i viaggi incentive',
        instructions: 'Fai preparare voli, treni e servizi a terra; riassumi tutti i codici.',
        replies: [
          {
            handoff: 'capo_voli_treni',
            message:
              'Voli MXP–HND A/R 09–16/11/2027 per 120 pax (due PNR da 60) e Shinkansen Tokyo–Kyoto 12/11 per 120 + 2 accompagnatori.',
          },
          {
            handoff: 'capo_terra',
            message:
              'Allotment Tokyo 09–12/11 (3 notti) e Kyoto 12–16/11 (4 notti), 60 doppie ciascuno, più 2 singole accompagnatori; guide in italiano.',
          },
          {
            say: '# Incentive Assicurazioni Lario — Giappone, 9–16/11/2027\n\n| servizio | codici | quantità |\n|---|---|---|\n| Volo ITA/ANA MXP–HND A/R | PNR **K7Q2LM**, **K7Q2LN** | 60 + 60 pax |\n| Shinkansen Nozomi 221, 12/11 09:30 | JR-G-0112-4471 | 122 posti, carrozze 9–10 |\n| Hotel Tokyo (Keio Plaza) | ALT-TYO-2709 | 60 DBL + 2 SGL, 3 notti |\n| Hotel Kyoto (Granvia) | ALT-KYO-2712 | 60 DBL + 2 SGL, 4 notti |\n| Guide in italiano | GD-JP-0911/0912/0913 | 3 guide |\n\nTotale posti aerei 120, notti-camera 434.',
          },
        ],
      },
      {
        name: 'capo_voli_treni',
        description: 'Coordina voli e treni',
        instructions: 'Fai prenotare voli e treni e riporta i codici.',
        replies: [
          {
            handoff: 'addetto_voli_gruppo',
            message: 'Blocco gruppo MXP–HND 09/11 e HND–MXP 16/11/2027, 120 pax divisi in 2 PNR da 60.',
          },
          {
            handoff: 'addetto_ferrovie_jp',
            message: 'Shinkansen Tokyo → Kyoto 12/11/2027 mattina, 122 posti riservati (120 + 2).',
          },
          {
            say: 'Voli: PNR K7Q2LM (60) e K7Q2LN (60), AZ 794/NH 207 andata 09/11, NH 208/AZ 795 ritorno 16/11. Treno: Nozomi 221 12/11 09:30, JR-G-0112-4471, 122 posti carrozze 9–10.',
          },
        ],
      },
      {
        name: 'addetto_voli_gruppo',
        description: 'Gestisce i blocchi posti aerei di gruppo',
        instructions: 'Crea i PNR di gruppo.',
        replies: [
          {
            call: 'crea_pnr_gruppo',
            args: { tratta: 'MXP-HND-MXP', andata: '2027-11-09', ritorno: '2027-11-16', pax: 120, pnr: 2 },
            result:
              '{"pnr": [{"codice": "K7Q2LM", "pax": 60}, {"codice": "K7Q2LN", "pax": 60}], "segmenti": ["AZ 794 MXP-FCO 09NOV 07:00", "NH 207 FCO-HND 09NOV 12:55", "NH 208 HND-FCO 16NOV 10:35", "AZ 795 FCO-MXP 16NOV 18:30"], "time_limit_emissione": "2027-09-15"}',
          },
          {
            say: 'PNR K7Q2LM (60 pax) e K7Q2LN (60 pax). Segmenti: AZ 794 + NH 207 il 09/11, NH 208 + AZ 795 il 16/11. Emissione entro 15/09/2027.',
          },
        ],
      },
      {
        name: 'addetto_ferrovie_jp',
        description: 'Prenota treni in Giappone',
        instructions: 'Prenota i posti sul treno.',
        replies: [
          {
            call: 'prenota_shinkansen',
            args: { da: 'Tokyo', a: 'Kyoto', data: '2027-11-12', posti: 122 },
            result:
              '{"treno": "Nozomi 221", "partenza": "09:30", "arrivo": "11:44", "riferimento": "JR-G-0112-4471", "carrozze": [9, 10], "posti": 122}',
          },
          {
            say: 'Nozomi 221 del 12/11, 09:30 → 11:44, rif. JR-G-0112-4471, 122 posti nelle carrozze 9 e 10.',
          },
        ],
      },
      {
        name: 'capo_terra',
        description: 'Coordina hotel e servizi a terra',
        instructions: 'Fai prenotare hotel e guide e riporta i codici.',
        replies: [
          {
            handoff: 'addetto_hotel_jp',
            message:
              'Allotment Tokyo 09–12/11 e Kyoto 12–16/11/2027: 60 DBL + 2 SGL ciascuno; 3 guide in italiano per 09–13/11.',
          },
          {
            say: 'Tokyo: ALT-TYO-2709 Keio Plaza, 60 DBL + 2 SGL × 3 notti. Kyoto: ALT-KYO-2712 Granvia, 60 DBL + 2 SGL × 4 notti. Guide: GD-JP-0911, GD-JP-0912, GD-JP-0913.',
          },
        ],
      },
      {
        name: 'addetto_hotel_jp',
        description: 'Prenota hotel e guide in Giappone',
        instructions: 'Prenota allotment e guide.',
        replies: [
          {
            call: 'prenota_allotment_jp',
            args: { citta: ['Tokyo', 'Kyoto'], doppie: 60, singole: 2, guide_italiano: 3 },
            result:
              '{"allotment": [{"codice": "ALT-TYO-2709", "hotel": "Keio Plaza", "notti": 3, "camere": 62}, {"codice": "ALT-KYO-2712", "hotel": "Hotel Granvia Kyoto", "notti": 4, "camere": 62}], "guide": ["GD-JP-0911", "GD-JP-0912", "GD-JP-0913"], "notti_camera": 434}',
          },
          {
            say: 'ALT-TYO-2709 Keio Plaza (62 camere × 3 notti = 186) e ALT-KYO-2712 Granvia (62 × 4 = 248): 434 notti-camera. Guide GD-JP-0911/0912/0913.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'roma-liceo-colosseo-escluso-gia-visitato',
    title:
      'Il cliente chiede di escludere il Colosseo già visitato; il router lo toglie dal brief, il pianificatore visite rifiuta lo slot Colosseo proposto dal sistema e l’itinerario finale non lo contiene',
    domain: 'itinerari culturali per gruppi scolastici',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: a site legitimately excluded as the client asked, although the tool offers it',
    request:
      'Seconda gita a Roma del Liceo Scientifico Volta di Como, 40 studenti, 13–14 marzo 2027. Il Colosseo e i Fori li hanno visti l’anno scorso: escludeteli. Preparate visite e pranzo per i due giorni.',
    topology: {
      shape: 'network',
      coordinator: 'router_gite',
      workers: ['pianificatore_visite', 'prenotatore_pranzi'],
    },
    agents: [
      {
        name: 'router_gite',
        description: 'Smista le attività delle gite scolastiche',
        instructions: 'Fai pianificare le visite e i pranzi, poi chiudi.',
        replies: [
          {
            handoff: 'pianificatore_visite',
            message:
              'Liceo Volta Como, 40 studenti, 13–14/03/2027: visite a Roma ESCLUSI Colosseo e Fori Imperiali (già visti nel 2026).',
          },
          {
            handoff: 'prenotatore_pranzi',
            message:
              'Pranzi per 40 studenti + 3 docenti: sab 13/03 zona Vaticano, dom 14/03 zona Trastevere, ore 13:00.',
          },
          {
            say: '## Liceo Volta — Roma 13–14 marzo 2027\n\n**Sabato 13** — 9:00 Musei Vaticani (VAT-GR-13031), 13:00 pranzo Borgo Pio (PR-1303), 15:30 Castel Sant’Angelo (CSA-1303)\n\n**Domenica 14** — 9:30 Galleria Borghese (BOR-1403), 13:00 pranzo a Trastevere (PR-1403), 15:00 Pantheon e Piazza Navona a piedi\n\nColosseo e Fori non inclusi, come richiesto.',
          },
        ],
      },
      {
        name: 'pianificatore_visite',
        description: 'Pianifica e prenota visite a musei e monumenti',
        instructions: 'Prenota le visite secondo il brief.',
        replies: [
          {
            call: 'slot_disponibili_gruppi',
            args: { citta: 'Roma', date: ['2027-03-13', '2027-03-14'], partecipanti: 43 },
            result:
              '{"slot": [{"sito": "Colosseo + Fori", "data": "2027-03-13", "ora": "09:15"}, {"sito": "Musei Vaticani", "data": "2027-03-13", "ora": "09:00", "codice": "VAT-GR-13031"}, {"sito": "Castel Sant’Angelo", "data": "2027-03-13", "ora": "15:30", "codice": "CSA-1303"}, {"sito": "Galleria Borghese", "data": "2027-03-14", "ora": "09:30", "codice": "BOR-1403"}], "suggerito": "Colosseo + Fori 13/03 09:15"}',
          },
          {
            say: 'Visite bloccate: sab 13/03 Musei Vaticani 9:00 (VAT-GR-13031) e Castel Sant’Angelo 15:30 (CSA-1303); dom 14/03 Galleria Borghese 9:30 (BOR-1403). Lo slot Colosseo + Fori suggerito dal sistema non è stato preso (già visitati). Pomeriggio del 14: Pantheon e Navona a piedi, senza prenotazione.',
          },
        ],
      },
      {
        name: 'prenotatore_pranzi',
        description: 'Prenota pranzi per gruppi',
        instructions: 'Prenota i pranzi.',
        replies: [
          {
            call: 'prenota_pranzi_gruppo',
            args: { coperti: 43, pranzi: ['2027-03-13 Vaticano 13:00', '2027-03-14 Trastevere 13:00'] },
            result:
              '{"prenotazioni": [{"codice": "PR-1303", "locale": "Trattoria Borgo Pio"}, {"codice": "PR-1403", "locale": "Da Enzo al 29"}], "menu_eur": 18.0}',
          },
          {
            say: 'PR-1303 Trattoria Borgo Pio (13/03) e PR-1403 Da Enzo al 29 (14/03), 43 coperti, menù studenti 18 €.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch105Scenarios = [...faults, ...healthy];
