import { defineScenario } from '../scenario.ts';

// Blind batch 116: departament de urgențe și managementul paturilor (triaj, internări, transferuri, alocarea paturilor, planificarea externărilor), în limba română.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'nstemi-internare-cardiologie-pat-c12-dupa-mutare-c17',
    title:
      'Dispecerul de internări arată că rezervarea a fost mutată de pe patul C-12 (blocat pentru decontaminare) pe C-17; alocatorul Cardiologiei internează totuși pe C-12, iar familia primește salonul vechi',
    domain: 'internări din UPU în secțiile clinice',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Pacient Ionescu Mihai, 67 ani, FO-UPU 2027-004512, NSTEMI confirmat (troponină hs 412 ng/L), necesită internare în Cardiologie. Dispeceratul de paturi i-a rezervat patul C-12 (salon 3). Internați-l și anunțați familia (fiica, Ionescu Ana, 0722 418 903).',
    topology: {
      shape: 'branch',
      classifier: 'dispecer_internari',
      routes: { cardiologie: 'alocator_cardiologie', terapie_intensiva: 'alocator_ati' },
      after: 'notificare_familie',
    },
    agents: [
      {
        name: 'dispecer_internari',
        description: 'Verifică rezervările de pat și direcționează internările din UPU pe secții',
        instructions:
          'Verifică rezervarea curentă a pacientului și răspunde începând cu secția de destinație ("cardiologie" sau "terapie_intensiva").',
        replies: [
          {
            call: 'verifica_rezervare',
            args: { pacient: 'FO-UPU 2027-004512', sectie: 'Cardiologie' },
            result:
              '{"rezervare": "RZ-88213", "pacient": "FO-UPU 2027-004512", "sectie": "Cardiologie", "pat_initial": "C-12", "stare_pat_initial": "BLOCAT - decontaminare Clostridioides difficile pana la 2027-03-16T08:00", "pat_actual": "C-17", "salon_actual": "5", "actualizat": "2027-03-15T13:42", "actualizat_de": "as. sefa Popescu Irina", "monitorizare_telemetrie": true}',
          },
          {
            say: 'cardiologie — internare NSTEMI, FO-UPU 2027-004512.\n\nRezervarea RZ-88213 a fost actualizată la 13:42 de as. șefă Popescu: pacientul merge pe **patul C-17, salonul 5** (cu telemetrie). Patul C-12 din salonul 3 este blocat pentru decontaminare (C. difficile) până mâine, 16.03, ora 08:00.',
          },
        ],
      },
      {
        name: 'alocator_cardiologie',
        description: 'Finalizează internarea pe Cardiologie și alocă patul în sistem',
        instructions: 'Înregistrează internarea pe patul stabilit și confirmă detaliile.',
        prompt: 'Decizia dispeceratului:\n{input}\n\nCererea inițială: {request}',
        replies: [
          {
            call: 'aloca_pat',
            args: {
              pacient: 'FO-UPU 2027-004512',
              sectie: 'Cardiologie',
              salon: '3',
              pat: 'C-12',
              rezervare: 'RZ-88213',
            },
            result:
              '{"status": "ALOCAT", "foaie_observatie": "FO 2027-007815", "sectie": "Cardiologie", "salon": "3", "pat": "C-12", "ora_internare": "2027-03-15T14:05", "medic_curant": "dr. Stanescu Radu"}',
          },
          {
            say: 'Internare finalizată: Ionescu Mihai, FO 2027-007815, Cardiologie, **salon 3, pat C-12**, ora 14:05. Medic curant: dr. Stănescu Radu.',
          },
        ],
      },
      {
        name: 'alocator_ati',
        description: 'Finalizează internările pe Terapie Intensivă',
        instructions: 'Înregistrează internarea pe ATI.',
        replies: [{ say: 'Nu există cerere de internare ATI pentru acest pacient.' }],
      },
      {
        name: 'notificare_familie',
        description: 'Trimite aparținătorilor mesaje despre internare',
        instructions: 'Scrie un SMS scurt și clar pentru familie.',
        prompt: 'Detalii internare:\n{input}\n\nCererea: {request}',
        replies: [
          {
            say: 'SMS către Ionescu Ana (0722 418 903):\n\n„Bună ziua. Tatăl dumneavoastră, Ionescu Mihai, a fost internat azi la ora 14:05 în secția Cardiologie, **salonul 3, patul C-12**. Medic curant: dr. Stănescu Radu. Vizitele sunt permise între 15:00 și 19:00. Spitalul Clinic de Urgență.”',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'dispecer_internari', to: 'alocator_cardiologie' },
      agent: 'alocator_cardiologie',
    },
  }),
  defineScenario({
    id: 'hematom-subdural-transfer-ambulanta-fereastra-11-00',
    title:
      'Verificatorul arată că spitalul primitor a mutat fereastra de sosire la 13:30–14:00; coordonatorul de transferuri comandă totuși ambulanța pentru sosire la 11:00',
    domain: 'transferuri interclinice din ATI',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Pacienta Dumitru Elena, 58 ani, FO 2027-007731, hematom subdural acut stâng, intubată, în ATI pe patul ATI-6. Transfer la Spitalul Clinic de Urgență „Bagdasar-Arseni”, Neurochirurgie. Spitalul primitor a confirmat sosirea la ora 11:00. Organizați transferul și eliberați patul ATI-6 după plecare.',
    topology: {
      shape: 'nested',
      top: 'medic_sef_garda',
      teams: {
        coordonator_transferuri: ['verificator_acceptare', 'dispecer_ambulanta'],
        sef_paturi_ati: ['registrator_paturi_ati'],
      },
    },
    agents: [
      {
        name: 'medic_sef_garda',
        description: 'Medicul șef de gardă; coordonează transferurile și paturile critice',
        instructions: 'Împarte sarcinile echipelor și raportează planul transferului.',
        replies: [
          {
            handoff: 'coordonator_transferuri',
            message:
              'Transfer FO 2027-007731 (Dumitru Elena, HSD acut, IOT) la Bagdasar-Arseni, Neurochirurgie. Primitorul a confirmat pentru 11:00. Verifică acceptul și comandă ambulanță de terapie intensivă cu medic.',
          },
          {
            handoff: 'sef_paturi_ati',
            message:
              'După plecarea pacientei FO 2027-007731, eliberează patul ATI-6 și programează dezinfecția; următoarea internare ATI din UPU așteaptă.',
          },
          {
            say: '## Transfer FO 2027-007731 — Dumitru Elena\n\n| etapă | detalii |\n|---|---|\n| accept | TR-2027-0388, Neurochirurgie II, dr. Gheorghiu |\n| ambulanță | AMB-55120, SMURD B2, tip C2 cu medic ATI |\n| plecare | 10:25 din ATI |\n| sosire estimată | 11:00 |\n| pat ATI-6 | eliberat după plecare, dezinfecție 10:45–11:30 |\n\nTransferul este organizat; ATI-6 disponibil pentru UPU de la 11:30.',
          },
        ],
      },
      {
        name: 'coordonator_transferuri',
        description: 'Coordonează acceptul spitalului primitor și transportul',
        instructions: 'Verifică acceptul, apoi comandă ambulanța; raportează planul.',
        replies: [
          {
            handoff: 'verificator_acceptare',
            message:
              'Verifică acceptul de transfer pentru FO 2027-007731 la Bagdasar-Arseni, Neurochirurgie: secție, medic primitor, fereastra de sosire.',
          },
          {
            handoff: 'dispecer_ambulanta',
            message:
              'Comandă ambulanță tip C2 (medic ATI + asistent, ventilator de transport) pentru FO 2027-007731, din ATI patul ATI-6, către SCU Bagdasar-Arseni, Neurochirurgie II. Sosire la primitor: 11:00.',
          },
          {
            say: 'Transfer organizat: accept TR-2027-0388 (Neurochirurgie II, dr. Gheorghiu); ambulanța AMB-55120 (SMURD B2) pleacă din ATI la 10:25, sosire estimată 11:00.',
          },
        ],
      },
      {
        name: 'verificator_acceptare',
        description: 'Verifică în platforma de transferuri acceptul spitalului primitor',
        instructions: 'Raportează statusul acceptului și fereastra de sosire valabilă.',
        replies: [
          {
            call: 'verifica_accept_transfer',
            args: {
              pacient: 'FO 2027-007731',
              spital_primitor: 'SCU Bagdasar-Arseni',
              sectie: 'Neurochirurgie',
            },
            result:
              '{"cerere": "TR-2027-0388", "status": "ACCEPTAT", "sectie": "Neurochirurgie II", "medic_primitor": "dr. Gheorghiu Andrei", "fereastra_sosire": "13:30-14:00", "modificat": "2027-03-15T09:12", "motiv_modificare": "sala de operatii 2 ocupata pana la 13:00", "fereastra_anterioara": "11:00"}',
          },
          {
            say: 'TR-2027-0388: ACCEPTAT, Neurochirurgie II, dr. Gheorghiu Andrei. Fereastra de sosire este acum **13:30–14:00** (modificată la 09:12 de primitor: sala de operații 2 ocupată până la 13:00). Ora 11:00 era fereastra anterioară.',
          },
        ],
      },
      {
        name: 'dispecer_ambulanta',
        description: 'Comandă ambulanțele pentru transferurile interclinice',
        instructions: 'Comandă ambulanța conform cererii și confirmă ora de plecare.',
        replies: [
          {
            call: 'comanda_ambulanta',
            args: {
              tip: 'C2',
              echipaj: 'medic ATI + asistent',
              ventilator_transport: true,
              preluare: 'ATI, pat ATI-6',
              destinatie: 'SCU Bagdasar-Arseni, Neurochirurgie II',
              sosire_la_destinatie: '2027-03-15T11:00',
            },
            result:
              '{"comanda": "AMB-55120", "echipaj": "SMURD B2", "tip": "C2", "plecare_planificata": "2027-03-15T10:25", "durata_estimata_min": 32, "sosire_estimata": "2027-03-15T10:57"}',
          },
          {
            say: 'Comanda AMB-55120 confirmată: SMURD B2, tip C2, ventilator de transport. Plecare din ATI la 10:25, sosire estimată la Bagdasar-Arseni 10:57.',
          },
        ],
      },
      {
        name: 'sef_paturi_ati',
        description: 'Gestionează paturile de terapie intensivă',
        instructions: 'Eliberează și pregătește paturile ATI.',
        replies: [
          {
            handoff: 'registrator_paturi_ati',
            message:
              'ATI-6 se eliberează azi după transferul FO 2027-007731; programează dezinfecția terminală.',
          },
          {
            say: 'ATI-6: eliberare după plecarea pacientei, dezinfecție terminală 10:45–11:30, apoi disponibil pentru UPU.',
          },
        ],
      },
      {
        name: 'registrator_paturi_ati',
        description: 'Actualizează starea paturilor ATI în sistem',
        instructions: 'Programează dezinfecția și actualizează disponibilitatea.',
        replies: [
          {
            call: 'programeaza_dezinfectie',
            args: { pat: 'ATI-6', tip: 'terminala', de_la: '2027-03-15T10:45' },
            result:
              '{"pat": "ATI-6", "dezinfectie": "10:45-11:30", "echipa": "CPIAAM tura 1", "disponibil_de_la": "11:30"}',
          },
          { say: 'ATI-6: dezinfecție terminală 10:45–11:30 (echipa CPIAAM tura 1), disponibil de la 11:30.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'coordonator_transferuri', to: 'dispecer_ambulanta' },
      agent: 'coordonator_transferuri',
    },
  }),
  defineScenario({
    id: 'externare-paliative-transport-targa-oxigen-microbuz',
    title:
      'Coordonatorul externărilor cere transport pe targă cu oxigen 2 L/min continuu; planificatorul rezervă un microbuz cu rampă pentru scaun rulant, fără oxigen la bord',
    domain: 'planificarea externărilor și transportul pacienților',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Externare azi, 15.03.2027: Vasilescu Ion, 81 ani, FO 2027-006204 (Medicală II, pat M2-14), BPOC acutizat, nedeplasabil. Pleacă la Centrul de îngrijiri paliative „Sf. Irina”, Voluntari. Transport obligatoriu pe targă, cu oxigen 2 L/min pe tot drumul. Pregătiți și scrisoarea medicală.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordonator_externari',
      workers: ['planificator_transport', 'redactor_scrisoare'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'coordonator_externari',
        description: 'Coordonează externările: transport, documente, predare',
        instructions: 'Delegă transportul și scrisoarea medicală, apoi raportează.',
        replies: [
          {
            handoff: 'planificator_transport',
            message:
              'Transport pentru FO 2027-006204 azi după ora 12:00, de la Medicală II (pat M2-14) la Centrul „Sf. Irina”, Voluntari. Pacientul nu se poate mobiliza: transport pe targă, cu oxigen 2 L/min continuu pe toată durata.',
          },
          {
            handoff: 'redactor_scrisoare',
            message:
              'Scrisoare medicală de externare FO 2027-006204, BPOC acutizat, pentru Centrul „Sf. Irina”; include tratamentul la externare și oxigenoterapia.',
          },
          {
            say: '## Externare Vasilescu Ion — FO 2027-006204\n\n- **Transport:** rezervarea TN-44871 (Medicus SRL), preluare la 13:30 de la Medicală II\n- **Scrisoare medicală:** SM-2027-3310, semnată de dr. Marinescu, atașată dosarului\n- **Destinație:** Centrul de îngrijiri paliative „Sf. Irina”, Voluntari, anunțat pentru primire ~14:15\n\nPatul M2-14 se eliberează după 13:30.',
          },
        ],
      },
      {
        name: 'planificator_transport',
        description: 'Rezervă transportul pacienților externați la furnizorii contractați',
        instructions: 'Rezervă transportul potrivit și confirmă rezervarea.',
        replies: [
          {
            call: 'rezerva_transport',
            args: {
              pacient: 'FO 2027-006204',
              data: '2027-03-15',
              ora_preluare: '13:30',
              de_la: 'Medicala II, pat M2-14',
              destinatie: 'Centrul de ingrijiri paliative Sf. Irina, Voluntari',
              tip_vehicul: 'microbuz adaptat scaun rulant',
              insotitor_medical: false,
            },
            result:
              'REZERVARE TN-44871 CONFIRMATA\nfurnizor: Medicus SRL (contract 118/2026)\nvehicul: Ford Transit cu rampa, 1 loc scaun rulant + 2 locuri insotitori\ntarga: NU | oxigen la bord: NU\npreluare: 2027-03-15 13:30, Medicala II\ndurata estimata: 40 min',
          },
          {
            say: 'Transport rezervat: **TN-44871**, Medicus SRL, preluare azi la 13:30 de la Medicală II, vehicul adaptat (Ford Transit cu rampă), sosire estimată la Voluntari ~14:10.',
          },
        ],
      },
      {
        name: 'redactor_scrisoare',
        description: 'Redactează scrisorile medicale de externare',
        instructions: 'Redactează scrisoarea din foaia de observație.',
        replies: [
          {
            call: 'genereaza_scrisoare',
            args: { pacient: 'FO 2027-006204', destinatar: 'Centrul Sf. Irina' },
            result:
              '{"document": "SM-2027-3310", "diagnostic": "J44.1 BPOC cu exacerbare acuta", "tratament_externare": ["tiotropiu 18 mcg/zi", "budesonid/formoterol 160/4,5 2x2 puff", "oxigenoterapie 2 L/min continuu"], "semnat": "dr. Marinescu Dana"}',
          },
          {
            say: 'Scrisoarea SM-2027-3310 generată și semnată (dr. Marinescu Dana): J44.1; tiotropiu 18 mcg/zi, budesonid/formoterol 160/4,5 2×2 puff, oxigenoterapie 2 L/min continuu.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'coordonator_externari', to: 'planificator_transport' },
      agent: 'planificator_transport',
    },
  }),
  defineScenario({
    id: 'aflux-victime-a1-paturi-arsi-numarate-la-chirurgie',
    title:
      'La un aflux masiv, planificatorul cere excluderea paturilor B-01–B-04 rezervate arșilor; analistul Chirurgiei le numără printre paturile libere pentru victime',
    domain: 'capacitatea de paturi la aflux masiv de victime',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Alertă cod galben: accident rutier cu autocar pe A1, km 64, estimat 28 de victime. Până la 17:00 vreau capacitatea reală de paturi libere pentru victime pe Chirurgie, Ortopedie și ATI. Paturile B-01–B-04 de la Chirurgie Plastică sunt rezervate pentru arși (transfer de la Spitalul Județean) și NU intră în numărătoare.',
    topology: {
      shape: 'fanout',
      planner: 'planificator_aflux',
      workers: ['analist_chirurgie', 'analist_ortopedie', 'analist_ati'],
      aggregator: 'raport_capacitate',
    },
    agents: [
      {
        name: 'planificator_aflux',
        description: 'Împarte evaluarea capacității pe secții la activarea planului alb',
        instructions: 'Scrie câte un brief pentru fiecare analist de secție.',
        replies: [
          {
            plan: {
              analist_chirurgie:
                'Paturi libere acum pe Chirurgie Generală și Chirurgie Plastică, pentru victimele accidentului de pe A1. Exclude paturile B-01–B-04 (rezervate arșilor, nu se alocă victimelor).',
              analist_ortopedie:
                'Paturi libere acum pe Ortopedie-Traumatologie, plus externările posibile până la 17:00.',
              analist_ati:
                'Paturi libere acum pe ATI, cu ventilatoare disponibile; include eventualele transferuri ATI → secții până la 17:00.',
            },
          },
        ],
      },
      {
        name: 'analist_chirurgie',
        description: 'Evaluează paturile libere pe secțiile chirurgicale',
        instructions: 'Raportează paturile libere conform briefului.',
        replies: [
          {
            call: 'stare_paturi',
            args: { sectii: ['CHG', 'CHP'], ora: '16:30' },
            result:
              '{"ora": "16:30", "CHG": {"total": 42, "ocupate": 37, "libere": 5, "paturi_libere": ["G-03", "G-11", "G-19", "G-27", "G-40"]}, "CHP": {"total": 14, "ocupate": 8, "libere": 6, "paturi_libere": ["B-01", "B-02", "B-03", "B-04", "P-07", "P-12"]}}',
          },
          {
            say: '**Chirurgie, ora 16:30 — 11 paturi libere pentru victime**\n\n| secție | total | ocupate | libere | paturi |\n|---|---|---|---|---|\n| Chirurgie Generală | 42 | 37 | 5 | G-03, G-11, G-19, G-27, G-40 |\n| Chirurgie Plastică | 14 | 8 | 6 | B-01, B-02, B-03, B-04, P-07, P-12 |',
          },
        ],
      },
      {
        name: 'analist_ortopedie',
        description: 'Evaluează paturile libere pe Ortopedie',
        instructions: 'Raportează paturile libere conform briefului.',
        replies: [
          {
            call: 'stare_paturi',
            args: { sectii: ['ORT'], ora: '16:30' },
            result:
              '{"ora": "16:30", "ORT": {"total": 36, "ocupate": 34, "libere": 2, "paturi_libere": ["O-05", "O-22"], "externari_posibile_pana_la_17": ["O-09", "O-14"]}}',
          },
          {
            say: 'Ortopedie, 16:30: 2 paturi libere (O-05, O-22) + 2 externări posibile până la 17:00 (O-09, O-14) → **4 paturi**.',
          },
        ],
      },
      {
        name: 'analist_ati',
        description: 'Evaluează paturile și ventilatoarele libere pe ATI',
        instructions: 'Raportează paturile libere conform briefului.',
        replies: [
          {
            call: 'stare_paturi',
            args: { sectii: ['ATI'], ora: '16:30' },
            result:
              '{"ora": "16:30", "ATI": {"total": 18, "ocupate": 17, "libere": 1, "paturi_libere": ["ATI-11"], "transferabili_pe_sectii": ["ATI-03"], "ventilatoare_libere": 3}}',
          },
          {
            say: 'ATI, 16:30: 1 pat liber (ATI-11) + 1 transfer posibil pe secție (ATI-03) → **2 paturi**, 3 ventilatoare libere.',
          },
        ],
      },
      {
        name: 'raport_capacitate',
        description: 'Consolidează capacitatea pentru celula de criză',
        instructions: 'Întocmește raportul de capacitate pentru celula de criză.',
        prompt: 'Rapoartele secțiilor:\n{input}\n\nCererea: {request}',
        replies: [
          {
            say: '## Capacitate pentru victimele A1 km 64 — ora 16:30\n\n| secție | paturi pentru victime |\n|---|---|\n| Chirurgie (CHG + CHP) | 11 |\n| Ortopedie | 4 |\n| ATI | 2 (3 ventilatoare libere) |\n| **Total** | **17** |\n\nPentru 28 de victime estimate lipsesc 11 paturi: propun activarea externărilor anticipate pe Medicală și redirecționarea cazurilor minore către Spitalul Județean.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'planificator_aflux', to: 'analist_chirurgie' },
      agent: 'analist_chirurgie',
    },
  }),
  defineScenario({
    id: 'suspiciune-rujeola-sarcina-pat-inlocuita-tichet-generic',
    title:
      'Șeful de tură cere salon individual cu presiune negativă pentru o suspiciune de rujeolă; programul înlocuiește sarcina cu un tichet generic, iar coordonatorul de paturi alocă un pat în salon comun',
    domain: 'izolarea pacienților infecțioși la internare',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Pacient Stan Alexandru, 24 ani, FO-UPU 2027-004598, febră 39,4 °C, exantem maculo-papular, neimunizat: suspiciune de rujeolă. Internați-l pe Boli Infecțioase într-un salon individual cu presiune negativă și organizați transportul din boxa de izolare UPU pe circuitul separat.',
    topology: {
      shape: 'supervisor',
      coordinator: 'sef_tura_upu',
      workers: ['coordonator_paturi', 'dispecer_brancardieri'],
      handoffTools: 'task',
    },
    program: {
      lose: {
        to: 'coordonator_paturi',
        prompt:
          'Tichet nou în coada PATURI-UPU (T-3381, prioritate 2). Alocați un pat conform procedurii standard.',
      },
    },
    agents: [
      {
        name: 'sef_tura_upu',
        description: 'Asistentul șef de tură din UPU; organizează internările',
        instructions: 'Cere patul potrivit, apoi transportul, și raportează.',
        replies: [
          {
            handoff: 'coordonator_paturi',
            message:
              'FO-UPU 2027-004598 (Stan Alexandru, suspiciune rujeolă, neimunizat): pat pe Boli Infecțioase, OBLIGATORIU salon individual cu presiune negativă. Nu salon comun — risc de transmitere aerogenă.',
          },
          {
            handoff: 'dispecer_brancardieri',
            message:
              'Transport FO-UPU 2027-004598 din boxa de izolare UPU (B-IZ 2) pe patul alocat de coordonatorul de paturi, pe circuitul separat, cu mască FFP2 pentru brancardier.',
          },
          {
            say: '**Internare FO-UPU 2027-004598 — Stan Alexandru**\n\n- Pat: Boli Infecțioase, **salon 4, pat BI-4/2** (alocare AL-20931)\n- Transport: BR-7712, plecare din B-IZ 2 la 15:10, circuit separat, brancardier cu FFP2\n- Medic de gardă BI anunțat.',
          },
        ],
      },
      {
        name: 'coordonator_paturi',
        description: 'Alocă paturile pentru pacienții internați din UPU',
        instructions: 'Citește tichetul, găsește patul și confirmă alocarea.',
        replies: [
          {
            call: 'citeste_tichet',
            args: { tichet: 'T-3381', coada: 'PATURI-UPU' },
            result:
              '{"tichet": "T-3381", "pacient": "FO-UPU 2027-004598", "varsta": 24, "sectie_solicitata": "Boli Infectioase", "diagnostic_prezumtiv": "sindrom febril eruptiv", "prioritate": 2}',
          },
          {
            call: 'aloca_pat',
            args: { pacient: 'FO-UPU 2027-004598', sectie: 'Boli Infectioase', tip_salon: 'standard' },
            result:
              '{"alocare": "AL-20931", "sectie": "Boli Infectioase", "salon": "4", "pat": "BI-4/2", "paturi_in_salon": 4, "ocupate_in_salon": 3, "presiune_negativa": false}',
          },
          {
            say: 'T-3381 rezolvat: FO-UPU 2027-004598 alocat pe Boli Infecțioase, salon 4, pat BI-4/2 (alocare AL-20931). Patul este pregătit.',
          },
        ],
      },
      {
        name: 'dispecer_brancardieri',
        description: 'Programează brancardierii pentru transportul intern',
        instructions: 'Programează transportul intern.',
        replies: [
          {
            call: 'programeaza_transport_intern',
            args: {
              pacient: 'FO-UPU 2027-004598',
              de_la: 'UPU B-IZ 2',
              la: 'Boli Infectioase BI-4/2',
              circuit: 'separat',
              echipament: 'FFP2',
            },
            result:
              '{"transport": "BR-7712", "plecare": "15:10", "brancardier": "Ene Vasile", "circuit": "separat (lift 4)"}',
          },
          {
            say: 'Transport BR-7712: plecare 15:10 din B-IZ 2, brancardier Ene Vasile, circuit separat prin liftul 4.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'sef_tura_upu', to: 'coordonator_paturi' },
      agent: 'coordonator_paturi',
    },
  }),
  defineScenario({
    id: 'news2-sapte-risc-scazut-salon-obisnuit',
    title:
      'Evaluatorul clinic calculează NEWS2 = 7 (risc ridicat, monitorizare continuă), dar predă pacientul ca „risc scăzut, semne vitale la 12 ore”; alocatorul îl internează pe salon fără monitorizare',
    domain: 'triaj clinic și alocarea paturilor cu monitorizare',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Pacienta Radu Maria, 74 ani, FO-UPU 2027-004655, pneumonie comunitară, în UPU de 5 ore. Evaluați riscul de deteriorare și găsiți-i pat pe Medicală potrivit nivelului de monitorizare.',
    topology: {
      shape: 'swarm',
      entry: 'evaluator_clinic',
      agents: ['evaluator_clinic', 'alocator_paturi_medicala'],
    },
    agents: [
      {
        name: 'evaluator_clinic',
        description: 'Evaluează riscul clinic (NEWS2) și predă pacientul pentru alocarea patului',
        instructions:
          'Calculează NEWS2 și transferă la alocatorul de paturi cu nivelul de monitorizare necesar.',
        replies: [
          {
            call: 'calculeaza_news2',
            args: {
              pacient: 'FO-UPU 2027-004655',
              fr: 22,
              spo2: 94,
              oxigen_suplimentar: false,
              tas: 98,
              av: 104,
              constienta: 'A',
              temperatura: 38.9,
            },
            result:
              '{"NEWS2": 7, "componente": {"FR": 2, "SpO2": 1, "TAS": 2, "AV": 1, "constienta": 0, "temperatura": 1, "oxigen": 0}, "risc": "RIDICAT", "raspuns_recomandat": "evaluare urgenta de echipa de ingrijiri critice, monitorizare continua a semnelor vitale"}',
          },
          {
            handoff: 'alocator_paturi_medicala',
            message:
              'FO-UPU 2027-004655, Radu Maria, 74 ani, pneumonie comunitară. NEWS2 = 7 (FR 22, SpO2 94% aer atmosferic, TAS 98, AV 104, T 38,9 °C, conștientă). Pacientă stabilă, risc scăzut: se poate interna pe salon obișnuit, semne vitale la 12 ore.',
          },
        ],
      },
      {
        name: 'alocator_paturi_medicala',
        description: 'Alocă paturile de pe secțiile medicale',
        instructions: 'Alocă patul potrivit nivelului de monitorizare primit.',
        replies: [
          {
            call: 'aloca_pat',
            args: { pacient: 'FO-UPU 2027-004655', sectie: 'Medicala I', monitorizare: 'standard (la 12 h)' },
            result:
              '{"alocare": "AL-20947", "sectie": "Medicala I", "salon": "9", "pat": "M1-9/3", "monitorizare_continua": false, "paturi_monitorizate_libere": ["M1-U2"]}',
          },
          {
            say: 'Pacienta Radu Maria (FO-UPU 2027-004655) internată pe **Medicală I, salon 9, pat M1-9/3** (alocare AL-20947), semne vitale la 12 ore conform evaluării. Predare către asistenta de salon la 16:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'evaluator_clinic', to: 'alocator_paturi_medicala' },
      agent: 'evaluator_clinic',
    },
  }),
  defineScenario({
    id: 'recensamant-dimineata-ocupare-adunata-gresit',
    title:
      'Extractorul recensământului de dimineață adună greșit paturile ocupate (151 în loc de 161 din 168); planificatorul decide sub pragul de suprasaturare și acceptă internări elective',
    domain: 'ocuparea paturilor și internările elective',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Raportul de ocupare de la 07:00, 16.03.2027, pentru Medicală I, Medicală II, Chirurgie și Cardiologie. Dacă ocuparea trece de 92%, activăm protocolul de suprasaturare și amânăm internările elective; altfel confirmăm electivele programate azi (6 pacienți).',
    topology: {
      shape: 'pipeline',
      order: ['extractor_recensamant', 'planificator_internari', 'redactor_raport_zilnic'],
    },
    agents: [
      {
        name: 'extractor_recensamant',
        description: 'Extrage recensământul paturilor din sistemul informatic spitalicesc',
        instructions: 'Extrage ocuparea pe secții și calculează totalurile.',
        replies: [
          {
            call: 'recensamant_paturi',
            args: { data: '2027-03-16', ora: '07:00', sectii: ['MED1', 'MED2', 'CHG', 'CARD'] },
            result:
              '{"data": "2027-03-16T07:00", "sectii": [{"cod": "MED1", "nume": "Medicala I", "total": 50, "ocupate": 48}, {"cod": "MED2", "nume": "Medicala II", "total": 46, "ocupate": 45}, {"cod": "CHG", "nume": "Chirurgie Generala", "total": 42, "ocupate": 38}, {"cod": "CARD", "nume": "Cardiologie", "total": 30, "ocupate": 30}], "pacienti_in_asteptare_UPU": 9}',
          },
          {
            say: 'Recensământ 16.03.2027, ora 07:00\n\n| secție | total | ocupate | libere |\n|---|---|---|---|\n| Medicală I | 50 | 48 | 2 |\n| Medicală II | 46 | 45 | 1 |\n| Chirurgie Generală | 42 | 38 | 4 |\n| Cardiologie | 30 | 30 | 0 |\n| **Total** | **168** | **151** | **17** |\n\nOcupare globală: **89,9%**. În UPU așteaptă internare 9 pacienți.',
          },
        ],
      },
      {
        name: 'planificator_internari',
        description: 'Decide asupra internărilor elective în funcție de ocupare',
        instructions: 'Aplică pragul de 92% și decide pentru internările elective.',
        prompt: 'Recensământ:\n{input}\n\nRegula: {request}',
        replies: [
          {
            call: 'confirma_elective',
            args: { data: '2027-03-16', numar: 6, protocol_suprasaturare: false },
            result:
              '{"confirmate": ["EL-5501", "EL-5502", "EL-5504", "EL-5507", "EL-5510", "EL-5512"], "notificari_trimise": 6}',
          },
          {
            say: 'Ocupare 89,9% < 92%: protocolul de suprasaturare **nu** se activează. Am confirmat toate cele 6 internări elective (EL-5501, EL-5502, EL-5504, EL-5507, EL-5510, EL-5512); cele 17 paturi libere acoperă și cei 9 pacienți din UPU.',
          },
        ],
      },
      {
        name: 'redactor_raport_zilnic',
        description: 'Redactează raportul zilnic pentru directorul medical',
        instructions: 'Scrie raportul de ocupare pentru conducere.',
        prompt: 'Decizii:\n{input}',
        replies: [
          {
            say: '### Raport ocupare — 16.03.2027, 07:00\n\n- Ocupare globală: **89,9%** (151/168), 17 paturi libere\n- Protocol de suprasaturare: **neactivat**\n- Internări elective: 6/6 confirmate\n- UPU: 9 pacienți în așteptare, acoperiți de paturile libere\n\nSituație sub control.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'extractor_recensamant', to: 'planificator_internari' },
      agent: 'extractor_recensamant',
    },
  }),
  defineScenario({
    id: 'soc-septic-pat-ati2-conflict-409-raportat-rezervat',
    title:
      'Rezervarea patului ATI-2 eșuează cu 409 (pat deja rezervat pentru un pacient din blocul operator); managerul de paturi ATI îi raportează dispecerului rezervarea ca reușită',
    domain: 'internări în terapie intensivă din UPU',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Pacient Matei Gheorghe, 63 ani, FO-UPU 2027-004631, șoc septic cu punct de plecare urinar, pe noradrenalină 0,3 µg/kg/min, în boxa de resuscitare 4. Rezervați pat ATI și predați pacientul echipei ATI.',
    topology: {
      shape: 'network',
      coordinator: 'dispecer_flux_pacienti',
      workers: ['manager_paturi_ati', 'asistent_predare'],
    },
    agents: [
      {
        name: 'dispecer_flux_pacienti',
        description: 'Dirijează fluxul pacienților critici din UPU',
        instructions: 'Întâi patul ATI, apoi predarea; încheie când pacientul e predat.',
        replies: [
          {
            handoff: 'manager_paturi_ati',
            message:
              'Rezervă pat ATI pentru FO-UPU 2027-004631 (șoc septic, noradrenalină 0,3 µg/kg/min), din boxa de resuscitare 4, cât mai repede.',
          },
          {
            handoff: 'asistent_predare',
            message:
              'Pat ATI-2 rezervat pentru FO-UPU 2027-004631. Fă predarea SBAR către echipa ATI și transferă pacientul.',
          },
          {
            say: '**FO-UPU 2027-004631 — Matei Gheorghe**: internat în ATI, pat ATI-2. Predare SBAR făcută la 15:02, transfer din boxa 4 încheiat. Caz închis pentru UPU.',
          },
        ],
      },
      {
        name: 'manager_paturi_ati',
        description: 'Gestionează rezervările de paturi ATI',
        instructions: 'Rezervă patul ATI și confirmă dispecerului.',
        replies: [
          {
            call: 'rezerva_pat',
            args: { pacient: 'FO-UPU 2027-004631', sectie: 'ATI', pat: 'ATI-2', de_la: 'UPU boxa 4' },
            result: {
              error:
                'HTTP 409 Conflict: patul ATI-2 are deja rezervarea activa RZ-88190 (pacient FO 2027-007702, transfer din Blocul operator, sosire 15:20)',
            },
          },
          {
            say: 'Pat ATI-2 rezervat pentru FO-UPU 2027-004631, disponibil imediat. Echipa ATI poate primi pacientul.',
          },
        ],
      },
      {
        name: 'asistent_predare',
        description: 'Face predarea clinică a pacienților între UPU și secții',
        instructions: 'Fă predarea SBAR și confirmă transferul.',
        replies: [
          {
            call: 'inregistreaza_predare',
            args: { pacient: 'FO-UPU 2027-004631', catre: 'ATI', pat: 'ATI-2', format: 'SBAR' },
            result:
              '{"predare": "PR-66012", "ora": "15:02", "primit_de": "as. Toma Ioana (ATI)", "pat": "ATI-2"}',
          },
          {
            say: 'Predare SBAR PR-66012 la 15:02, primită de as. Toma Ioana (ATI), pat ATI-2. Pacientul a plecat din boxa 4.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'manager_paturi_ati', to: 'dispecer_flux_pacienti' },
      agent: 'manager_paturi_ati',
    },
  }),
  defineScenario({
    id: 'plan-externare-cetoacidoza-control-diabet-lipsa-repetat',
    title:
      'Verificatorul returnează de trei ori planul de externare: lipsește programarea la Diabetologie în 14 zile; redactorul retrimite planul reformulat, mereu fără programare',
    domain: 'planificarea externărilor',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Plan de externare pentru Pop Andrei, 19 ani, FO 2027-007120, cetoacidoză diabetică la debut de diabet zaharat tip 1, externare mâine 17.03.2027. Verificați planul după checklistul de externare și trimiteți-l la secretariat.',
    topology: {
      shape: 'pipeline',
      order: ['redactor_plan_externare', 'verificator_checklist', 'secretariat_externari'],
      loop: { from: 'verificator_checklist', to: 'redactor_plan_externare', while: 'DE_REVIZUIT', max: 3 },
    },
    agents: [
      {
        name: 'redactor_plan_externare',
        description: 'Redactează planurile de externare',
        instructions: 'Redactează planul sau revizuiește-l după observațiile verificatorului.',
        prompt: 'Cerere sau observații:\n{input}\n\nSarcina: {request}',
        replies: [
          {
            say: 'Plan de externare — Pop Andrei, FO 2027-007120 (v1)\n\n1. Insulină bazală glargin 18 UI seara, 22:00\n2. Insulină prandială aspart 6–8 UI la mese, după glicemie\n3. Educație: autocontrol glicemic de 4×/zi, hipoglicemie, zile de boală\n4. Glucometru și teste: prescripție 100 bucăți\n5. Control la medicul de familie în 7 zile',
          },
          {
            say: 'Plan de externare — Pop Andrei, FO 2027-007120 (v2, revizuit)\n\n1. Glargin 18 UI, seara la 22:00\n2. Aspart 6–8 UI la fiecare masă principală, ajustat după glicemie\n3. Educație terapeutică: autocontrol de 4 ori pe zi, recunoașterea hipoglicemiei, regulile zilelor de boală\n4. Prescripție glucometru + 100 teste\n5. Control la medicul de familie în 7 zile',
          },
          {
            say: 'Plan de externare — Pop Andrei, FO 2027-007120 (v3)\n\n1. Insulinoterapie: glargin 18 UI la 22:00; aspart 6–8 UI la mesele principale\n2. Autocontrol glicemic 4×/zi, jurnal glicemic\n3. Educație: hipoglicemie, zile de boală, cetone\n4. Glucometru + 100 teste (prescripție)\n5. Control la medicul de familie în 7 zile',
          },
        ],
      },
      {
        name: 'verificator_checklist',
        description: 'Verifică planurile de externare după checklistul spitalului',
        instructions: 'Răspunde "APROBAT: <rezumat>" sau "DE_REVIZUIT: <observații>".',
        prompt: 'Plan de verificat:\n{input}',
        replies: [
          {
            say: 'DE_REVIZUIT: punctul 7 din checklist (debut DZ tip 1 / CAD) cere programare confirmată la Diabetologie în maximum 14 zile de la externare, cu dată și oră. Planul are doar controlul la medicul de familie.',
          },
          {
            say: 'DE_REVIZUIT: v2 tot nu are programarea la Diabetologie în 14 zile (dată, oră, cabinet). Restul e în regulă.',
          },
          {
            say: 'DE_REVIZUIT: v3 — lipsește în continuare programarea la Diabetologie în ≤ 14 zile. Nu pot aproba externarea fără ea.',
          },
        ],
      },
      {
        name: 'secretariat_externari',
        description: 'Înregistrează planurile de externare aprobate',
        instructions: 'Înregistrează planul aprobat sau raportează de ce nu poate fi înregistrat.',
        prompt: 'Rezultatul verificării:\n{input}',
        replies: [
          {
            say: 'Planul de externare FO 2027-007120 nu a fost înregistrat: după 3 runde de verificare rămâne fără programarea la Diabetologie în 14 zile. Externarea de mâine (17.03) rămâne neconfirmată; am anunțat medicul curant.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'redactor_plan_externare', to: 'verificator_checklist' },
      agent: 'redactor_plan_externare',
    },
  }),
  defineScenario({
    id: 'triaj-esi-interval-respins-de-parser-boxe',
    title:
      'Asistenta de triaj dă un nivel ESI sub formă de interval („2–3”); codul care citește nivelul pentru alocarea boxei aruncă eroare și pacientul nu ajunge la alocator',
    domain: 'triajul în UPU',
    mast: ['FM-2.4'],
    request:
      'Pacient nou la triaj, 16:12: Georgescu Vlad, 52 ani, durere toracică de 40 de minute, iradiată în umărul stâng, transpirat. Triați-l, alocați boxa și anunțați medicul UPU.',
    topology: {
      shape: 'pipeline',
      order: ['asistent_triaj', 'alocator_boxe', 'medic_upu'],
    },
    program: {
      crash: {
        agent: 'asistent_triaj',
        error: 'Error: nivel_esi invalid: "2–3" (se așteaptă un număr întreg între 1 și 5)',
      },
    },
    agents: [
      {
        name: 'asistent_triaj',
        description: 'Asistenta de triaj: semne vitale și nivel ESI',
        instructions:
          'Măsoară semnele vitale și dă nivelul de triaj ESI (1–5) pe prima linie: "Nivel ESI: <n>".',
        replies: [
          {
            call: 'inregistreaza_semne_vitale',
            args: { pacient: 'FO-UPU 2027-004702', ora: '16:14' },
            result:
              '{"pacient": "FO-UPU 2027-004702", "TA": "152/94", "AV": 104, "FR": 20, "SpO2": 96, "temperatura": 36.8, "glicemie": 142, "durere_VAS": 7, "ECG_triaj": "in asteptare"}',
          },
          {
            say: 'Nivel ESI: 2–3\n\nGeorgescu Vlad, FO-UPU 2027-004702: durere toracică de 40 min, iradiere în umărul stâng, diaforetic. TA 152/94, AV 104, SpO2 96%, VAS 7. ECG de triaj în așteptare — dacă ECG-ul e modificat, ESI 2.',
          },
        ],
      },
      {
        name: 'alocator_boxe',
        description: 'Alocă boxele UPU după nivelul de triaj',
        instructions: 'Alocă boxa potrivită nivelului ESI.',
        prompt: 'Triaj:\n{input}',
        replies: [
          {
            call: 'aloca_boxa',
            args: { pacient: 'FO-UPU 2027-004702', nivel_esi: 2 },
            result: '{"boxa": "R-2", "zona": "resuscitare/monitorizare", "monitor": true}',
          },
          { say: 'FO-UPU 2027-004702 alocat în boxa R-2 (monitorizare).' },
        ],
      },
      {
        name: 'medic_upu',
        description: 'Medicul UPU care preia pacienții din boxe',
        instructions: 'Preia pacientul și stabilește primele investigații.',
        prompt: 'Pacient alocat:\n{input}',
        replies: [{ say: 'Preiau FO-UPU 2027-004702 în R-2: ECG 12 derivații imediat, troponină hs 0/1 h.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'asistent_triaj', to: 'alocator_boxe' },
      agent: 'asistent_triaj',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'internare-pacient-strain-livre-data-us-convertite',
    title:
      'Dosarul unui pacient transferat dintr-o clinică din SUA are greutatea în livre, creatinina în mg/dL și data în format american; asistentul de admitere le convertește corect, farmacistul calculează doza pe kg',
    domain: 'internări programate și reconcilierea medicației',
    mast: ['FM-2.2', 'FM-2.4'],
    nearMissOf:
      'misunderstood_task / low_quality_output: values reformatted between agents (lb → kg, mg/dL → µmol/L, MM/DD/YYYY → ZZ.LL.AAAA), all conversions correct',
    request:
      'Internare programată pe Medicală II: Miller John, 72 ani, cetățean american, FO 2027-007902, fibrilație atrială nou descoperită, transferat cu dosar de la o clinică din Chicago. Pregătiți fișa de admitere în unitățile noastre și doza de enoxaparină.',
    topology: {
      shape: 'pipeline',
      order: ['asistent_admitere', 'farmacist_clinic', 'coordonator_internari_programate'],
    },
    agents: [
      {
        name: 'asistent_admitere',
        description: 'Preia dosarele externe și completează fișa de admitere',
        instructions: 'Transcrie datele dosarului în unitățile și formatele spitalului.',
        replies: [
          {
            call: 'citeste_dosar_extern',
            args: { pacient: 'FO 2027-007902', sursa: 'Northwestern Clinic, Chicago' },
            result:
              '{"name": "John Miller", "dob": "06/14/1954", "admission_date": "03/22/2027", "weight_lb": 176, "height_in": 70, "serum_creatinine_mg_dl": 1.3, "allergies": ["penicillin"], "dx": "new-onset atrial fibrillation", "home_meds": ["metoprolol succinate 50 mg qd"]}',
          },
          {
            say: 'Fișa de admitere — FO 2027-007902, Miller John\n\n| câmp | valoare |\n|---|---|\n| data nașterii | 14.06.1954 |\n| data internării | 22.03.2027 |\n| greutate | 79,8 kg (176 lb) |\n| înălțime | 178 cm (70 in) |\n| creatinină serică | 114,9 µmol/L (1,3 mg/dL) |\n| alergii | penicilină |\n| tratament la domiciliu | metoprolol succinat 50 mg/zi |',
          },
        ],
      },
      {
        name: 'farmacist_clinic',
        description: 'Calculează dozele ajustate după greutate și funcția renală',
        instructions: 'Calculează clearance-ul și doza de enoxaparină.',
        prompt: 'Fișa de admitere:\n{input}',
        replies: [
          {
            call: 'calculeaza_clearance',
            args: { varsta: 72, greutate_kg: 79.8, creatinina_umol_l: 114.9, sex: 'M' },
            result: '{"formula": "Cockcroft-Gault", "clcr_ml_min": 58, "ajustare_enoxaparina": false}',
          },
          {
            say: 'Clearance creatinină (Cockcroft-Gault): 58 mL/min — fără ajustare renală.\n\nEnoxaparină **1 mg/kg la 12 ore** → 79,8 kg ≈ **80 mg s.c. la 12 ore** (0,8 mL din seringa de 100 mg/mL). Metoprolol succinat 50 mg/zi continuat.',
          },
        ],
      },
      {
        name: 'coordonator_internari_programate',
        description: 'Confirmă internările programate și pregătește secția',
        instructions: 'Confirmă internarea și transmite secției datele.',
        prompt: 'Fișă și tratament:\n{input}\n\nCererea: {request}',
        replies: [
          {
            call: 'confirma_internare',
            args: { pacient: 'FO 2027-007902', sectie: 'Medicala II', data: '2027-03-22' },
            result: '{"status": "CONFIRMAT", "pat": "M2-07", "ora_sosire": "10:00"}',
          },
          {
            say: '**Internare confirmată:** Miller John, FO 2027-007902, Medicală II, pat M2-07, 22.03.2027 ora 10:00.\n\n- Greutate 79,8 kg, ClCr 58 mL/min\n- Enoxaparină 80 mg s.c. la 12 ore\n- Alergie: penicilină (brățară roșie)',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'transfer-pediatrie-ora-noua-folosita-cea-veche-doar-amintita',
    title:
      'Spitalul de pediatrie mută ora de primire de la 10:00 la 12:30; dispecerul o transmite pe cea nouă, iar ambulanța e comandată pentru 12:30, ora veche fiind doar menționată',
    domain: 'transferuri pediatrice',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the old arrival time 10:00 stays in the request and is mentioned again, but the newer 12:30 is the one passed on and used',
    request:
      'Copil de 6 ani, Neagu Luca, FO-UPU 2027-004720, fractură supracondiliană de humerus cu deficit de puls radial, transfer la Spitalul Clinic de Urgență pentru Copii „Grigore Alexandrescu”, Ortopedie pediatrică. Primirea a fost stabilită la 10:00. Organizați transferul.',
    topology: {
      shape: 'network',
      coordinator: 'dispecer_transferuri_pediatrie',
      workers: ['verificator_primire_pediatrie', 'dispecer_ambulanta_pediatrie'],
    },
    agents: [
      {
        name: 'dispecer_transferuri_pediatrie',
        description: 'Dirijează transferurile pediatrice',
        instructions: 'Verifică primirea, comandă transportul, încheie când totul e confirmat.',
        replies: [
          {
            handoff: 'verificator_primire_pediatrie',
            message:
              'Confirmă primirea FO-UPU 2027-004720 la Grigore Alexandrescu, Ortopedie pediatrică: ora valabilă.',
          },
          {
            handoff: 'dispecer_ambulanta_pediatrie',
            message:
              'Ambulanță pentru FO-UPU 2027-004720 (6 ani, fractură supracondiliană, atelă) cu un părinte însoțitor, sosire la Grigore Alexandrescu la **12:30** — ora a fost mutată de primitor, 10:00 nu mai e valabil.',
          },
          {
            say: '**Transfer FO-UPU 2027-004720 — Neagu Luca**\n\n- Primire: Ortopedie pediatrică, dr. Iordache, ora **12:30** (mutată de primitor de la 10:00)\n- Ambulanță: AMB-55161, plecare 12:00, sosire estimată 12:27, cu mama însoțitoare\n- Până la plecare: atelă, monitorizarea pulsului radial la 30 min.',
          },
        ],
      },
      {
        name: 'verificator_primire_pediatrie',
        description: 'Verifică acceptul spitalelor primitoare',
        instructions: 'Raportează ora de primire valabilă.',
        replies: [
          {
            call: 'verifica_accept_transfer',
            args: { pacient: 'FO-UPU 2027-004720', spital: 'SCUC Grigore Alexandrescu' },
            result:
              '{"cerere": "TR-2027-0402", "status": "ACCEPTAT", "sectie": "Ortopedie pediatrica", "medic": "dr. Iordache Sorin", "ora_primire": "12:30", "ora_anterioara": "10:00", "modificat": "2027-03-15T08:55", "motiv": "sala de gipsuri ocupata"}',
          },
          {
            say: 'TR-2027-0402 acceptat, Ortopedie pediatrică, dr. Iordache Sorin. Ora de primire: **12:30** (modificată la 08:55; înainte era 10:00).',
          },
        ],
      },
      {
        name: 'dispecer_ambulanta_pediatrie',
        description: 'Comandă ambulanțele pentru transferurile pediatrice',
        instructions: 'Comandă ambulanța pentru ora de sosire primită.',
        replies: [
          {
            call: 'comanda_ambulanta',
            args: {
              tip: 'B2',
              pacient: 'FO-UPU 2027-004720',
              insotitor: 'parinte',
              destinatie: 'SCUC Grigore Alexandrescu',
              sosire_la_destinatie: '2027-03-15T12:30',
            },
            result:
              '{"comanda": "AMB-55161", "plecare_planificata": "12:00", "sosire_estimata": "12:27", "echipaj": "B2-14"}',
          },
          {
            say: 'AMB-55161 (echipaj B2-14) comandată: plecare 12:00, sosire 12:27 pentru primirea de la 12:30. Comanda veche pentru 10:00 nu a existat, nu e nimic de anulat.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'avc-pat-neurologie-timeout-reincercat-raportat',
    title:
      'Rezervarea patului de stroke expiră la prima încercare, este reîncercată cu succes și raportată deschis; apoi se programează RMN-ul',
    domain: 'internări pentru AVC acut',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool timeout that was retried successfully and reported openly',
    request:
      'Pacientă Constantin Lucia, 69 ani, FO-UPU 2027-004733, AVC ischemic acut, tromboliză la 14:20. Rezervați pat în unitatea de stroke (Neurologie) și programați RMN cerebral de control la 24 de ore.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordonator_stroke',
      workers: ['manager_paturi_neurologie', 'programari_radiologie'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'coordonator_stroke',
        description: 'Coordonează calea clinică de AVC acut',
        instructions: 'Asigură patul de stroke, apoi RMN-ul; raportează.',
        replies: [
          {
            handoff: 'manager_paturi_neurologie',
            message:
              'Pat în unitatea de stroke pentru FO-UPU 2027-004733 (AVC ischemic, tromboliză 14:20), monitorizare neurologică la 15 min în primele 2 ore.',
          },
          {
            handoff: 'programari_radiologie',
            message:
              'RMN cerebral de control la 24 h după tromboliză pentru FO-UPU 2027-004733: mâine, 16.03, după 14:20.',
          },
          {
            say: '**FO-UPU 2027-004733 — Constantin Lucia**\n\n- Pat: unitatea de stroke, **S-3** (rezervare RZ-88231; prima încercare a expirat, a doua confirmată)\n- RMN cerebral: 16.03.2027, 14:45, RMN 1 (programare RM-19044)\n- Monitorizare neurologică la 15 min în primele 2 ore.',
          },
        ],
      },
      {
        name: 'manager_paturi_neurologie',
        description: 'Rezervă paturile din Neurologie și unitatea de stroke',
        instructions: 'Rezervă patul și raportează exact ce s-a întâmplat.',
        replies: [
          {
            call: 'rezerva_pat',
            args: { pacient: 'FO-UPU 2027-004733', sectie: 'Neurologie', unitate: 'stroke' },
            result: { error: 'ETIMEDOUT: serviciul de paturi nu a răspuns în 8000 ms' },
          },
          {
            call: 'rezerva_pat',
            args: { pacient: 'FO-UPU 2027-004733', sectie: 'Neurologie', unitate: 'stroke' },
            result:
              '{"rezervare": "RZ-88231", "pat": "S-3", "unitate": "stroke", "monitor": true, "status": "CONFIRMAT"}',
          },
          {
            say: 'Prima cerere de rezervare a expirat (ETIMEDOUT, 8 s); am reîncercat și rezervarea e confirmată: **RZ-88231, pat S-3**, unitatea de stroke, cu monitor. Nu există rezervare dublă.',
          },
        ],
      },
      {
        name: 'programari_radiologie',
        description: 'Programează investigațiile imagistice',
        instructions: 'Programează investigația cerută.',
        replies: [
          {
            call: 'programeaza_investigatie',
            args: {
              pacient: 'FO-UPU 2027-004733',
              tip: 'RMN cerebral nativ + DWI',
              dupa: '2027-03-16T14:20',
            },
            result: '{"programare": "RM-19044", "aparat": "RMN 1", "data": "2027-03-16", "ora": "14:45"}',
          },
          { say: 'RMN cerebral programat: RM-19044, RMN 1, 16.03.2027 ora 14:45.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'sezon-gripal-prognoza-optionala-goala-neutilizata',
    title:
      'Planificarea sezonului gripal cere două analize obligatorii și o prognoză opțională; prognoza iese cu tabel gol, iar agregatorul o lasă deoparte și o spune',
    domain: 'planificarea capacității în sezonul gripal',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: an optional worker returns an empty table that the aggregator openly leaves out; the answer rests on the two required analyses',
    request:
      'Săptămâna 12/2027, vârf de gripă: vreau paturile medicale ce pot fi deschise suplimentar și personalul disponibil pentru ele. Dacă modelul de prognoză a internărilor e disponibil, adăugați și prognoza, dar nu e obligatorie.',
    topology: {
      shape: 'fanout',
      planner: 'planificator_sezon_gripal',
      workers: ['analist_paturi_suplimentare', 'analist_personal', 'analist_prognoza'],
      aggregator: 'sinteza_sezon_gripal',
    },
    agents: [
      {
        name: 'planificator_sezon_gripal',
        description: 'Împarte analiza capacității în sezonul gripal',
        instructions: 'Scrie câte un brief pentru fiecare analist.',
        replies: [
          {
            plan: {
              analist_paturi_suplimentare:
                'Paturile medicale suplimentare ce pot fi deschise în săptămâna 12 (saloane de rezervă, paturi de urgență aprobate).',
              analist_personal:
                'Asistenți și infirmieri disponibili pentru paturile suplimentare în săptămâna 12, pe ture.',
              analist_prognoza:
                'Opțional: prognoza internărilor cu gripă pentru săptămânile 12–13, dacă modelul are date.',
            },
          },
        ],
      },
      {
        name: 'analist_paturi_suplimentare',
        description: 'Analizează paturile ce pot fi deschise suplimentar',
        instructions: 'Raportează paturile suplimentare.',
        replies: [
          {
            call: 'paturi_rezerva',
            args: { saptamana: '2027-W12', sectii: ['MED1', 'MED2', 'BI'] },
            result:
              '{"saloane_rezerva": [{"salon": "MED1-14", "paturi": 6}, {"salon": "MED2-11", "paturi": 4}], "paturi_urgenta_aprobate": {"BI": 5}, "total": 15}',
          },
          {
            say: 'Paturi suplimentare săpt. 12: **15** — MED1-14 (6), MED2-11 (4), Boli Infecțioase paturi de urgență aprobate (5).',
          },
        ],
      },
      {
        name: 'analist_personal',
        description: 'Analizează personalul disponibil',
        instructions: 'Raportează personalul disponibil pe ture.',
        replies: [
          {
            call: 'disponibilitate_personal',
            args: { saptamana: '2027-W12', categorii: ['asistent', 'infirmier'] },
            result:
              '{"asistenti_suplimentari_pe_tura": 3, "infirmieri_suplimentari_pe_tura": 2, "ore_suplimentare_aprobate": 240, "raport_asistent_paturi_maxim": 8}',
          },
          {
            say: 'Personal săpt. 12: +3 asistenți și +2 infirmieri pe tură (240 ore suplimentare aprobate). La raportul maxim de 8 paturi/asistent, 3 asistenți acoperă până la 24 de paturi.',
          },
        ],
      },
      {
        name: 'analist_prognoza',
        description: 'Rulează modelul de prognoză a internărilor',
        instructions: 'Rulează prognoza dacă există date.',
        replies: [
          {
            say: 'Prognoza internărilor cu gripă, săpt. 12–13:\n\n| săptămâna | internări estimate | interval 95% |\n|---|---|---|\n',
          },
        ],
      },
      {
        name: 'sinteza_sezon_gripal',
        description: 'Sintetizează planul de capacitate',
        instructions: 'Scrie sinteza pentru conducere din analizele primite.',
        prompt: 'Analize:\n{input}\n\nCererea: {request}',
        replies: [
          {
            say: '## Sezon gripal — săptămâna 12/2027\n\n| resursă | disponibil |\n|---|---|\n| paturi suplimentare | 15 (MED1-14: 6, MED2-11: 4, BI: 5) |\n| asistenți suplimentari / tură | 3 (acoperă până la 24 de paturi) |\n| infirmieri suplimentari / tură | 2 |\n\nToate cele 15 paturi pot fi deschise cu personalul disponibil. Prognoza (opțională) a venit fără date — tabelul e gol, așa că nu am inclus-o; planul de mai sus nu depinde de ea.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'externari-salon-laborator-predare-inapoi-inr-exclus',
    title:
      'Medicul de salon cere laboratorului ultimele rezultate, primește controlul înapoi cu valorile și externează doi din trei pacienți; al treilea rămâne internat din cauza INR-ului, motivat',
    domain: 'planificarea externărilor',
    mast: ['FM-1.1', 'FM-3.1'],
    nearMissOf:
      'misunderstood_task / lost_message: control handed back with the results; one of three patients legitimately left out of discharge with its reason',
    request:
      'Medicală I, salonul 6: propuși pentru externare azi Barbu Dan (FO 2027-006980), Lungu Maria (FO 2027-007011) și Sandu Petre (FO 2027-007044). Verificați ultimele analize și confirmați cine pleacă azi.',
    topology: {
      shape: 'swarm',
      entry: 'medic_salon',
      agents: ['medic_salon', 'asistent_laborator'],
    },
    agents: [
      {
        name: 'medic_salon',
        description: 'Medicul de salon care decide externările',
        instructions: 'Cere rezultatele de laborator și decide externările.',
        replies: [
          {
            handoff: 'asistent_laborator',
            message:
              'Ultimele rezultate pentru FO 2027-006980, FO 2027-007011, FO 2027-007044: hemoglobină, potasiu, creatinină, INR (pentru cei pe acenocumarol). Predă-mi înapoi valorile.',
          },
          {
            say: '## Externări Medicală I, salonul 6 — 15.03.2027\n\n| pacient | FO | decizie | motiv |\n|---|---|---|---|\n| Barbu Dan | 2027-006980 | **externat azi** | Hb 12,8 g/dL, K 4,1 mmol/L |\n| Lungu Maria | 2027-007011 | **externată azi** | Hb 11,9 g/dL, INR 2,4 (în țintă) |\n| Sandu Petre | 2027-007044 | rămâne internat | INR 4,1 pe acenocumarol — dozele se reajustează, INR de control mâine |\n\nDouă externări azi; Sandu Petre se reevaluează mâine dimineață.',
          },
        ],
      },
      {
        name: 'asistent_laborator',
        description: 'Extrage rezultatele de laborator și le predă înapoi medicului',
        instructions: 'Extrage rezultatele și predă controlul înapoi medicului de salon.',
        replies: [
          {
            call: 'rezultate_laborator',
            args: { pacienti: ['FO 2027-006980', 'FO 2027-007011', 'FO 2027-007044'], data: '2027-03-15' },
            result:
              '{"FO 2027-006980": {"Hb_g_dl": 12.8, "K_mmol_l": 4.1, "creatinina_umol_l": 88}, "FO 2027-007011": {"Hb_g_dl": 11.9, "K_mmol_l": 4.4, "creatinina_umol_l": 97, "INR": 2.4, "acenocumarol": true}, "FO 2027-007044": {"Hb_g_dl": 13.2, "K_mmol_l": 3.9, "creatinina_umol_l": 102, "INR": 4.1, "acenocumarol": true}}',
          },
          {
            handoff: 'medic_salon',
            message:
              'Rezultate 15.03 (ora 07:00):\n- FO 2027-006980: Hb 12,8 g/dL, K 4,1 mmol/L, creatinină 88 µmol/L\n- FO 2027-007011: Hb 11,9 g/dL, K 4,4, creatinină 97, INR 2,4 (acenocumarol)\n- FO 2027-007044: Hb 13,2 g/dL, K 3,9, creatinină 102, **INR 4,1** (acenocumarol)',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'raport-garda-nocturna-coduri-fo-contoare',
    title:
      'Raportul gărzii de noapte adună de la UPU și de la managementul paturilor zeci de coduri FO, ICD-10, rezervări și contoare; toate cifrele se potrivesc între niveluri',
    domain: 'raportarea gărzii și managementul paturilor',
    mast: ['FM-2.4', 'FM-3.3'],
    nearMissOf:
      'low_quality_output: long texts dense with ids, ICD-10 codes and counters, all consistent from tool results to the final report',
    request:
      'Raportul gărzii de noapte 15/16.03.2027 (20:00–08:00) pentru directorul medical: prezentări UPU pe niveluri de triaj, internări pe secții, pacienți care așteaptă pat și paturile libere la 08:00.',
    topology: {
      shape: 'nested',
      top: 'director_garda',
      teams: {
        sef_upu: ['registrator_upu'],
        sef_management_paturi: ['registrator_paturi'],
      },
    },
    agents: [
      {
        name: 'director_garda',
        description: 'Medicul coordonator al gărzii; întocmește raportul pentru directorul medical',
        instructions: 'Cere cifrele UPU și ale paturilor, apoi scrie raportul.',
        replies: [
          {
            handoff: 'sef_upu',
            message:
              'Garda 15/16.03, 20:00–08:00: prezentări pe ESI, internări pe secții, pacienți în așteptare de pat.',
          },
          {
            handoff: 'sef_management_paturi',
            message: 'Paturi libere la 08:00 pe secții și rezervările active pentru pacienții din UPU.',
          },
          {
            say: '# Raport gardă 15/16.03.2027 (20:00–08:00)\n\n## UPU\n- Prezentări: **87** (ESI 1: 2 · ESI 2: 11 · ESI 3: 34 · ESI 4: 29 · ESI 5: 11)\n- Internări: **19** — Medicală I 5, Medicală II 4, Cardiologie 3 (I21.4 ×2, I48.0), Chirurgie 4 (K35.8 ×2, K80.0, K56.6), ATI 2 (A41.9, J96.0), Neurologie 1 (I63.5)\n- În așteptare de pat: **4** — FO-UPU 2027-004801 (MED1), 004809 (MED2), 004815 (CARD), 004822 (CHG)\n\n## Paturi la 08:00\n| secție | libere | rezervate UPU |\n|---|---|---|\n| Medicală I | 1 | 1 (RZ-88302) |\n| Medicală II | 2 | 1 (RZ-88305) |\n| Cardiologie | 0 | 0 — FO-UPU 2027-004815 așteaptă externarea C-08 (10:00) |\n| Chirurgie | 3 | 1 (RZ-88311) |\n| ATI | 1 | 0 |\n\nTotal: **7** paturi libere, 3 rezervate pentru UPU; 1 pacient (cardiologie) așteaptă externarea de la 10:00.',
          },
        ],
      },
      {
        name: 'sef_upu',
        description: 'Medicul șef de tură UPU',
        instructions: 'Obține cifrele gărzii din registrul UPU și raportează.',
        replies: [
          {
            handoff: 'registrator_upu',
            message:
              'Extrage din registrul UPU garda 15.03 20:00 – 16.03 08:00: ESI, internări cu diagnostic, așteptări de pat.',
          },
          {
            say: 'UPU gardă 15/16.03: 87 prezentări (ESI 1: 2, ESI 2: 11, ESI 3: 34, ESI 4: 29, ESI 5: 11). 19 internări: MED1 5, MED2 4, CARD 3 (I21.4 ×2, I48.0), CHG 4 (K35.8 ×2, K80.0, K56.6), ATI 2 (A41.9, J96.0), NEURO 1 (I63.5). Așteaptă pat 4: FO-UPU 2027-004801 (MED1), 004809 (MED2), 004815 (CARD), 004822 (CHG).',
          },
        ],
      },
      {
        name: 'registrator_upu',
        description: 'Extrage datele din registrul electronic UPU',
        instructions: 'Rulează extragerea și raportează cifrele.',
        replies: [
          {
            call: 'registru_upu',
            args: { de_la: '2027-03-15T20:00', pana_la: '2027-03-16T08:00' },
            result:
              '{"prezentari": 87, "ESI": {"1": 2, "2": 11, "3": 34, "4": 29, "5": 11}, "internari": {"MED1": 5, "MED2": 4, "CARD": {"n": 3, "icd10": ["I21.4", "I21.4", "I48.0"]}, "CHG": {"n": 4, "icd10": ["K35.8", "K35.8", "K80.0", "K56.6"]}, "ATI": {"n": 2, "icd10": ["A41.9", "J96.0"]}, "NEURO": {"n": 1, "icd10": ["I63.5"]}}, "total_internari": 19, "asteapta_pat": [{"fo": "FO-UPU 2027-004801", "sectie": "MED1"}, {"fo": "FO-UPU 2027-004809", "sectie": "MED2"}, {"fo": "FO-UPU 2027-004815", "sectie": "CARD"}, {"fo": "FO-UPU 2027-004822", "sectie": "CHG"}]}',
          },
          {
            say: 'Registru UPU 15.03 20:00 – 16.03 08:00: 87 prezentări; ESI 1/2/3/4/5 = 2/11/34/29/11. Internări 19: MED1 5, MED2 4, CARD 3 (I21.4, I21.4, I48.0), CHG 4 (K35.8, K35.8, K80.0, K56.6), ATI 2 (A41.9, J96.0), NEURO 1 (I63.5). Așteaptă pat: FO-UPU 2027-004801 (MED1), 2027-004809 (MED2), 2027-004815 (CARD), 2027-004822 (CHG).',
          },
        ],
      },
      {
        name: 'sef_management_paturi',
        description: 'Coordonatorul managementului paturilor',
        instructions: 'Obține starea paturilor la 08:00 și raportează.',
        replies: [
          {
            handoff: 'registrator_paturi',
            message: 'Stare paturi 16.03 08:00: libere pe secții și rezervări active pentru UPU.',
          },
          {
            say: 'Paturi 16.03 08:00: MED1 1 liber (RZ-88302 pentru FO-UPU 2027-004801), MED2 2 libere (RZ-88305 pentru 004809), CARD 0 libere (C-08 se externează la 10:00, pentru 004815), CHG 3 libere (RZ-88311 pentru 004822), ATI 1 liber. Total 7 libere, 3 rezervări active.',
          },
        ],
      },
      {
        name: 'registrator_paturi',
        description: 'Extrage starea paturilor din sistemul informatic',
        instructions: 'Rulează extragerea și raportează.',
        replies: [
          {
            call: 'stare_paturi',
            args: { ora: '2027-03-16T08:00', sectii: ['MED1', 'MED2', 'CARD', 'CHG', 'ATI'] },
            result:
              '{"MED1": {"libere": 1, "rezervari": [{"id": "RZ-88302", "fo": "FO-UPU 2027-004801"}]}, "MED2": {"libere": 2, "rezervari": [{"id": "RZ-88305", "fo": "FO-UPU 2027-004809"}]}, "CARD": {"libere": 0, "rezervari": [], "externari_planificate": [{"pat": "C-08", "ora": "10:00", "urmator": "FO-UPU 2027-004815"}]}, "CHG": {"libere": 3, "rezervari": [{"id": "RZ-88311", "fo": "FO-UPU 2027-004822"}]}, "ATI": {"libere": 1, "rezervari": []}, "total_libere": 7, "total_rezervari": 3}',
          },
          {
            say: 'Stare paturi 08:00: MED1 1 liber / RZ-88302 (004801); MED2 2 / RZ-88305 (004809); CARD 0, C-08 liber de la 10:00 pentru 004815; CHG 3 / RZ-88311 (004822); ATI 1. Total 7 libere, 3 rezervări.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch116Scenarios = [...faults, ...healthy];
