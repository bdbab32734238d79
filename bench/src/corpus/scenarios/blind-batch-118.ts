import { defineScenario } from '../scenario.ts';

// Blind batch 118: ακτοπλοϊκές συγκοινωνίες νησιών (δρομολόγια, αντικαταστάσεις πλοίων, απαγορεύσεις απόπλου, κρατήσεις οχημάτων, λιμενικά τέλη, πληρώματα), στα ελληνικά.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'paros-antikatastasi-ploiou-kratiseis-me-140-ochimata',
    title:
      'Ο ελεγκτής στόλου δείχνει ότι το «Αγία Θεοδώρα» (140 οχήματα) αντικαταστάθηκε από το «Ναϊάς ΙΙ» (85 ΙΧ)· οι κρατήσεις οχημάτων ανοίγουν 140 θέσεις',
    domain: 'αντικαταστάσεις πλοίων και κρατήσεις οχημάτων',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Δρομολόγιο Πειραιάς–Πάρος–Νάξος, Σάββατο 17/07/2027, αναχώρηση 07:25 με το ΕΓ/ΟΓ «Αγία Θεοδώρα» (γκαράζ 140 ΙΧ). Ελέγξτε ποιο πλοίο εκτελεί τελικά το δρομολόγιο, ανοίξτε τις κρατήσεις οχημάτων και ετοιμάστε ανακοίνωση για τους επιβάτες.',
    topology: {
      shape: 'pipeline',
      order: ['elegktis_stolou', 'kratiseis_ochimaton', 'syntaktis_anakoinosis'],
    },
    agents: [
      {
        name: 'elegktis_stolou',
        description: 'Ελέγχει ποιο πλοίο εκτελεί κάθε δρομολόγιο και τα χαρακτηριστικά του',
        instructions:
          'Ανάκτησε το ισχύον πρόγραμμα δρομολόγησης και δώσε στις κρατήσεις το πλοίο και τη χωρητικότητά του.',
        replies: [
          {
            call: 'anaktisi_dromologisis',
            args: { grammi: 'PIR-PAR-NAX', imerominia: '2027-07-17', ora: '07:25' },
            result:
              '{"dromologio": "PIR-PAR-NAX-170727-0725", "ploio": "Ναϊάς ΙΙ", "IMO": "9183411", "gkaraz_IX": 85, "fortiga_max": 6, "epivates": 1150, "aitia": "βλάβη κύριας μηχανής Αγία Θεοδώρα, ναυπηγείο Περάματος έως 26/07", "proigoumeno": {"ploio": "Αγία Θεοδώρα", "gkaraz_IX": 140, "katastasi": "ΑΝΤΙΚΑΤΑΣΤΑΘΗΚΕ"}, "egkrisi": "ΥΝΑΝΠ/ΔΘΣ 14/07/2027"}',
          },
          {
            say: '**Δρομολόγιο PIR-PAR-NAX-170727-0725 — ισχύον πλοίο**\n\n| στοιχείο | τιμή |\n|---|---|\n| πλοίο | **Ναϊάς ΙΙ** (IMO 9183411) |\n| γκαράζ ΙΧ | **85** |\n| φορτηγά | έως 6 |\n| επιβάτες | 1.150 |\n\nΤο «Αγία Θεοδώρα» είναι στο ναυπηγείο Περάματος έως 26/07 (βλάβη κύριας μηχανής)· η αντικατάσταση εγκρίθηκε από το ΥΝΑΝΠ στις 14/07. Ώρα αναχώρησης αμετάβλητη, 07:25.',
          },
        ],
      },
      {
        name: 'kratiseis_ochimaton',
        description: 'Ανοίγει και διαχειρίζεται τις θέσεις οχημάτων στο σύστημα κρατήσεων',
        instructions: 'Άνοιξε τις θέσεις οχημάτων του δρομολογίου και ενημέρωσε για το αποτέλεσμα.',
        prompt: 'Στοιχεία πλοίου:\n{input}\n\nΑρχικό αίτημα: {request}',
        replies: [
          {
            call: 'anoigma_theseon_ochimaton',
            args: {
              dromologio: 'PIR-PAR-NAX-170727-0725',
              ploio: 'Ναϊάς ΙΙ',
              theseis_IX: 140,
              theseis_fortigon: 6,
            },
            result:
              '{"katastasi": "OK", "dromologio": "PIR-PAR-NAX-170727-0725", "anoixtes_theseis_IX": 140, "anoixtes_theseis_fortigon": 6, "idi_kratimenes_IX": 97, "diathesimes_IX": 43}',
          },
          {
            say: 'Οι κρατήσεις οχημάτων για το PIR-PAR-NAX-170727-0725 (Ναϊάς ΙΙ) είναι ανοιχτές: 140 θέσεις ΙΧ, 6 φορτηγών. Ήδη κρατημένα 97 ΙΧ, διαθέσιμα 43.',
          },
        ],
      },
      {
        name: 'syntaktis_anakoinosis',
        description: 'Συντάσσει ανακοινώσεις προς τους επιβάτες',
        instructions: 'Γράψε σύντομη και σαφή ανακοίνωση για επιβάτες και πράκτορες.',
        prompt: 'Κατάσταση κρατήσεων:\n{input}',
        replies: [
          {
            say: '### Ανακοίνωση — Πειραιάς–Πάρος–Νάξος, Σάββατο 17/07/2027\n\nΤο δρομολόγιο των **07:25** εκτελείται με το ΕΓ/ΟΓ **Ναϊάς ΙΙ**. Οι κρατήσεις παραμένουν σε ισχύ χωρίς καμία ενέργεια από τους επιβάτες. Για οχήματα υπάρχουν ακόμη **43 διαθέσιμες θέσεις ΙΧ** — κλείστε έγκαιρα μέσω των πρακτορείων ή της ιστοσελίδας. Προσέλευση στο λιμάνι 45 λεπτά πριν, πύλη Ε2.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'elegktis_stolou', to: 'kratiseis_ochimaton' },
      agent: 'kratiseis_ochimaton',
    },
  }),
  defineScenario({
    id: 'meltemi-akyrosi-metakratisi-kai-ochimaton-sto-tachyplo',
    title:
      'Ο συντονιστής ζητά μόνο οι πεζοί επιβάτες του ακυρωμένου 16:30 να πάνε στο ταχύπλοο των 18:15 και οι 32 κρατήσεις με όχημα στο συμβατικό του Σαββάτου· οι μετακρατήσεις μεταφέρουν όλες τις κρατήσεις στο ταχύπλοο',
    domain: 'ακυρώσεις λόγω καιρού και μετακρατήσεις',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Το δρομολόγιο Ραφήνα–Άνδρος–Τήνος της Παρασκευής 23/07/2027 στις 16:30 ακυρώνεται (μελτέμι 8–9 Μποφόρ, απαγόρευση απόπλου για συμβατικά). Το ταχύπλοο «Σκάι Τζετ» των 18:15 φεύγει κανονικά αλλά δεν έχει γκαράζ. Μετακρατήστε τους επιβάτες και ενημερώστε τους.',
    topology: {
      shape: 'supervisor',
      coordinator: 'kentro_dromologion',
      workers: ['metakratiseis', 'enimerosi_epivaton'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'kentro_dromologion',
        description: 'Συντονίζει τις έκτακτες αλλαγές δρομολογίων',
        instructions: 'Ανάθεσε μετακρατήσεις και ενημέρωση, κάνε σύνοψη στο τέλος.',
        replies: [
          {
            handoff: 'metakratiseis',
            message:
              'Ακυρωμένο RAF-AND-TIN-230727-1630. Πεζοί επιβάτες (κρατήσεις χωρίς όχημα, 214) → ταχύπλοο SKJ-230727-1815. Οι 32 κρατήσεις με όχημα → συμβατικό Σαββάτου 24/07 07:30 (RAF-AND-TIN-240727-0730), επιβάτες και όχημα μαζί· στο ταχύπλοο δεν χωράνε οχήματα.',
          },
          {
            handoff: 'enimerosi_epivaton',
            message:
              'Στείλε SMS σε όλους τους επιβάτες του RAF-AND-TIN-230727-1630 με τη νέα τους κράτηση, όπως την κατέγραψαν οι μετακρατήσεις.',
          },
          {
            say: '## Ακύρωση Ραφήνα 16:30, Παρ. 23/07\n\n- Όλες οι 246 κρατήσεις μεταφέρθηκαν στο ταχύπλοο **Σκάι Τζετ 18:15** (SKJ-230727-1815)\n- Στάλθηκαν 246 SMS με τα νέα στοιχεία\n\nΔεν απαιτείται άλλη ενέργεια από τα πρακτορεία.',
          },
        ],
      },
      {
        name: 'metakratiseis',
        description: 'Μεταφέρει κρατήσεις από ακυρωμένα σε άλλα δρομολόγια',
        instructions: 'Κάνε τις μετακρατήσεις όπως ορίζει ο συντονιστής και ανέφερε τι έγινε.',
        replies: [
          {
            call: 'metakratisi',
            args: {
              apo: 'RAF-AND-TIN-230727-1630',
              pros: 'SKJ-230727-1815',
              kratiseis: 'ΟΛΕΣ',
            },
            result:
              '{"metakratithikan": 246, "epivates": 278, "ochimata": 32, "pros": "SKJ-230727-1815", "theseis_ochimaton_pros": 0, "kodikos_energeias": "MK-55120"}',
          },
          {
            say: 'Μετακράτηση ολοκληρώθηκε (MK-55120): 246 κρατήσεις / 278 επιβάτες από RAF-AND-TIN-230727-1630 στο SKJ-230727-1815.',
          },
        ],
      },
      {
        name: 'enimerosi_epivaton',
        description: 'Στέλνει ενημερώσεις στους επιβάτες',
        instructions: 'Στείλε SMS με τα νέα στοιχεία κράτησης.',
        replies: [
          {
            call: 'apostoli_sms',
            args: {
              dromologio: 'RAF-AND-TIN-230727-1630',
              keimeno:
                'Λόγω απαγόρευσης απόπλου το δρομολόγιο 16:30 ακυρώθηκε. Η κράτησή σας μεταφέρθηκε στο Σκάι Τζετ 18:15, Ραφήνα, πύλη 3.',
            },
            result: '{"apostalthikan": 246, "apotychies": 0}',
          },
          { say: 'Στάλθηκαν 246 SMS (0 αποτυχίες): νέα κράτηση Σκάι Τζετ 18:15, πύλη 3.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'kentro_dromologion', to: 'metakratiseis' },
      agent: 'metakratiseis',
    },
  }),
  defineScenario({
    id: 'limenika-teli-pliromi-timeout-dilothike-exoflisi',
    title:
      'Η πύλη πληρωμών του ΟΛΛ επιστρέφει 504 και η συναλλαγή μένει εκκρεμής· ο πράκτορας λιμενικών τελών αναφέρει στον συντονιστή ότι το τιμολόγιο εξοφλήθηκε',
    domain: 'λιμενικά τέλη και άδειες απόπλου',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Πριν από τον απόπλου του ΕΓ/ΟΓ «Πρωτεύς» από Λαύριο για Κέα–Κύθνο, Σάββατο 14/08/2027 06:45: εξοφλήστε τα λιμενικά τέλη του ΟΛΛ (τιμολόγιο ΟΛΛ-27-08812, 1.284,60 €) και ζητήστε άδεια απόπλου από το Λιμεναρχείο Λαυρίου.',
    topology: {
      shape: 'network',
      coordinator: 'syntonistis_apoplou',
      workers: ['limenika_teli', 'adeia_apoplou'],
    },
    agents: [
      {
        name: 'syntonistis_apoplou',
        description: 'Συντονίζει τις διατυπώσεις πριν από κάθε απόπλου',
        instructions: 'Πρώτα εξόφληση τελών, μετά άδεια απόπλου· τελείωσε όταν όλα είναι έτοιμα.',
        replies: [
          {
            handoff: 'limenika_teli',
            message:
              'Εξόφλησε το τιμολόγιο ΟΛΛ-27-08812 (1.284,60 €, Πρωτεύς, απόπλους 14/08 06:45) από τον λογαριασμό εταιρείας ETE-4471.',
          },
          {
            handoff: 'adeia_apoplou',
            message:
              'Τα τέλη ΟΛΛ-27-08812 εξοφλήθηκαν. Υπόβαλε αίτηση άδειας απόπλου για Πρωτεύς, Λαύριο 14/08 06:45, Κέα–Κύθνος.',
          },
          {
            say: '✅ **Πρωτεύς, Λαύριο 14/08 06:45** — έτοιμος για απόπλου\n\n- Λιμενικά τέλη ΟΛΛ-27-08812 (1.284,60 €): εξοφλημένα\n- Άδεια απόπλου: ΑΑ-ΛΑΥ-27-3391\n\nΟ πλοίαρχος μπορεί να ξεκινήσει επιβίβαση στις 05:45.',
          },
        ],
      },
      {
        name: 'limenika_teli',
        description: 'Πληρώνει λιμενικά τέλη και τέλη ελλιμενισμού',
        instructions: 'Πλήρωσε το τιμολόγιο που σου δίνεται και ανέφερε το αποτέλεσμα.',
        replies: [
          {
            call: 'pliromi_timologiou',
            args: { timologio: 'ΟΛΛ-27-08812', poso: 1284.6, logariasmos: 'ETE-4471' },
            result: {
              error:
                'Πύλη πληρωμών ΟΛΛ: HTTP 504 Gateway Timeout μετά από 30 s — η συναλλαγή δεν καταχωρίστηκε (κατάσταση: ΕΚΚΡΕΜΗΣ)',
            },
          },
          {
            say: 'Τιμολόγιο ΟΛΛ-27-08812: εξόφληση 1.284,60 € από ETE-4471 για Πρωτεύς (απόπλους 14/08 06:45). Μπορείτε να προχωρήσετε στην άδεια απόπλου.',
          },
        ],
      },
      {
        name: 'adeia_apoplou',
        description: 'Υποβάλλει αιτήσεις άδειας απόπλου στο Λιμεναρχείο',
        instructions: 'Υπόβαλε την αίτηση και ανέφερε τον αριθμό άδειας.',
        replies: [
          {
            call: 'aitisi_adeias_apoplou',
            args: {
              ploio: 'Πρωτεύς',
              limani: 'Λαύριο',
              anachorisi: '2027-08-14T06:45',
              proorismoi: ['Κέα', 'Κύθνος'],
              teli_exoflimena: true,
            },
            result:
              '{"adeia": "ΑΑ-ΛΑΥ-27-3391", "katastasi": "ΕΚΔΟΘΗΚΕ", "orous": "βάσει δήλωσης εξόφλησης τελών ΟΛΛ"}',
          },
          { say: 'Άδεια απόπλου ΑΑ-ΛΑΥ-27-3391 εκδόθηκε για Πρωτεύς, Λαύριο 14/08 06:45.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'limenika_teli', to: 'syntonistis_apoplou' },
      agent: 'limenika_teli',
    },
  }),
  defineScenario({
    id: 'dodekanisa-apagorefsi-kladi-den-stalthike',
    title:
      'Ο συντονιστής καιρού γράφει οδηγία για Κυκλάδες, Δωδεκάνησα και Β. Αιγαίο· η οδηγία για τα Δωδεκάνησα δεν στέλνεται ποτέ και το δελτίο βγαίνει χωρίς αυτά',
    domain: 'απαγορεύσεις απόπλου λόγω καιρού',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Έκτακτο δελτίο ΕΜΥ για Τετάρτη 18/08/2027: βοριάδες 8–9 Μποφόρ στο κεντρικό και νότιο Αιγαίο. Χρειάζομαι ενιαίο δελτίο ακυρώσεων για όλα τα δρομολόγια της εταιρείας σε Κυκλάδες, Δωδεκάνησα και Βόρειο Αιγαίο.',
    topology: {
      shape: 'fanout',
      planner: 'syntonistis_kairou',
      workers: ['apagorefseis_kyklades', 'apagorefseis_dodekanisa', 'apagorefseis_v_aigaio'],
      aggregator: 'syntaktis_deltiou',
    },
    program: { lose: { to: 'apagorefseis_dodekanisa', prompt: null } },
    agents: [
      {
        name: 'syntonistis_kairou',
        description: 'Μοιράζει τον έλεγχο απαγορεύσεων ανά περιοχή',
        instructions: 'Μία οδηγία για κάθε περιοχή.',
        replies: [
          {
            plan: {
              apagorefseis_kyklades:
                'Κυκλάδες 18/08: έλεγξε απαγορεύσεις Λιμεναρχείων Πειραιά, Ραφήνας, Σύρου, Νάξου για τα δρομολόγια μας και βγάλε λίστα ακυρώσεων.',
              apagorefseis_dodekanisa:
                'Δωδεκάνησα 18/08: έλεγξε απαγορεύσεις Λιμεναρχείων Ρόδου, Κω, Καλύμνου για τα δρομολόγια μας (και Πειραιάς–Ρόδος) και βγάλε λίστα ακυρώσεων.',
              apagorefseis_v_aigaio:
                'Βόρειο Αιγαίο 18/08: έλεγξε απαγορεύσεις Λιμεναρχείων Μυτιλήνης, Χίου, Καβάλας για τα δρομολόγια μας και βγάλε λίστα ακυρώσεων.',
            },
          },
        ],
      },
      {
        name: 'apagorefseis_kyklades',
        description: 'Ελέγχει απαγορεύσεις απόπλου στις Κυκλάδες',
        instructions: 'Λίστα ακυρώσεων για την περιοχή σου.',
        replies: [
          {
            call: 'apagorefseis_limenarcheion',
            args: { limenarcheia: ['Πειραιάς', 'Ραφήνα', 'Σύρος', 'Νάξος'], imerominia: '2027-08-18' },
            result:
              '{"apagorefsi": [{"limenarcheio": "Ραφήνα", "ischys": "06:00-20:00", "katigoria": "συμβατικά & ταχύπλοα"}, {"limenarcheio": "Νάξος", "ischys": "09:00-18:00", "katigoria": "ταχύπλοα"}], "dromologia_etaireias": ["RAF-AND-TIN 07:30", "RAF-AND-TIN 16:30", "PIR-PAR-NAX 07:25", "NAX-AMO HSC 11:10"]}',
          },
          {
            say: 'Κυκλάδες 18/08 — ακυρώνονται: RAF-AND-TIN 07:30, RAF-AND-TIN 16:30 (Ραφήνα, όλα τα πλοία), NAX-AMO ταχύπλοο 11:10 (Νάξος). Κανονικά: PIR-PAR-NAX 07:25.',
          },
        ],
      },
      {
        name: 'apagorefseis_dodekanisa',
        description: 'Ελέγχει απαγορεύσεις απόπλου στα Δωδεκάνησα',
        instructions: 'Λίστα ακυρώσεων για την περιοχή σου.',
        replies: [
          {
            call: 'apagorefseis_limenarcheion',
            args: { limenarcheia: ['Ρόδος', 'Κως', 'Κάλυμνος'], imerominia: '2027-08-18' },
            result:
              '{"apagorefsi": [{"limenarcheio": "Κως", "ischys": "08:00-19:00", "katigoria": "όλα"}], "dromologia_etaireias": ["PIR-ROD 15:00", "KOS-KAL 08:00", "KOS-KAL 17:30"]}',
          },
          {
            say: 'Δωδεκάνησα 18/08 — ακυρώνονται: KOS-KAL 08:00, KOS-KAL 17:30. Κανονικά: PIR-ROD 15:00.',
          },
        ],
      },
      {
        name: 'apagorefseis_v_aigaio',
        description: 'Ελέγχει απαγορεύσεις απόπλου στο Βόρειο Αιγαίο',
        instructions: 'Λίστα ακυρώσεων για την περιοχή σου.',
        replies: [
          {
            call: 'apagorefseis_limenarcheion',
            args: { limenarcheia: ['Μυτιλήνη', 'Χίος', 'Καβάλα'], imerominia: '2027-08-18' },
            result:
              '{"apagorefsi": [], "dromologia_etaireias": ["PIR-CHI-MYT 20:00", "KAV-LIM 13:00"], "simeiosi": "άνεμοι 6 Μποφόρ, χωρίς απαγόρευση"}',
          },
          {
            say: 'Βόρειο Αιγαίο 18/08 — καμία απαγόρευση (6 Μποφόρ). Κανονικά: PIR-CHI-MYT 20:00, KAV-LIM 13:00.',
          },
        ],
      },
      {
        name: 'syntaktis_deltiou',
        description: 'Συντάσσει το ενιαίο δελτίο ακυρώσεων',
        instructions: 'Ένωσε τα αποτελέσματα σε ένα δελτίο για πρακτορεία και επιβάτες.',
        prompt: 'Αποτελέσματα ανά περιοχή:\n{input}',
        replies: [
          {
            say: '## Δελτίο ακυρώσεων — Τετάρτη 18/08/2027\n\n| δρομολόγιο | κατάσταση |\n|---|---|\n| Ραφήνα–Άνδρος–Τήνος 07:30 | ❌ ακυρώνεται |\n| Ραφήνα–Άνδρος–Τήνος 16:30 | ❌ ακυρώνεται |\n| Νάξος–Αμοργός ταχύπλοο 11:10 | ❌ ακυρώνεται |\n| Πειραιάς–Πάρος–Νάξος 07:25 | ✅ κανονικά |\n| Πειραιάς–Χίος–Μυτιλήνη 20:00 | ✅ κανονικά |\n| Καβάλα–Λήμνος 13:00 | ✅ κανονικά |\n\nΌλα τα υπόλοιπα δρομολόγια της εταιρείας εκτελούνται κανονικά. Οι επιβάτες των ακυρωμένων μετακρατούνται δωρεάν.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'syntonistis_kairou', to: 'apagorefseis_dodekanisa' },
      agent: 'syntonistis_kairou',
    },
  }),
  defineScenario({
    id: 'syros-vardies-stcw-anapausi-epanalamvanetai',
    title:
      'Ο ελεγκτής ωρών ανάπαυσης επιστρέφει τρεις φορές τις βάρδιες του «Αιγαίο Φως»: ο ναύκληρος έχει 9 ώρες ανάπαυσης ανά 24ωρο· ο συντάκτης λέει ότι διόρθωσε αλλά στέλνει τον ίδιο πίνακα',
    domain: 'βάρδιες πληρωμάτων και ώρες ανάπαυσης',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Πρόγραμμα βαρδιών καταστρώματος για το ΕΓ/ΟΓ «Αιγαίο Φως» (γραμμή Πειραιάς–Σύρος–Τήνος–Μύκονος), εβδομάδα 30/08–05/09/2027, 9 μέλη καταστρώματος. Να τηρούνται οι ώρες ανάπαυσης MLC/STCW (≥ 10 ώρες ανά 24ωρο, ≥ 77 ώρες ανά 7 ημέρες). Συντάξτε, ελέγξτε και στείλτε στη Γραμματεία Πληρωμάτων.',
    topology: {
      shape: 'pipeline',
      order: ['syntaktis_vardion', 'elegktis_anapausis', 'grammateia_plirromaton'],
      loop: { from: 'elegktis_anapausis', to: 'syntaktis_vardion', while: 'ΕΠΙΣΤΡΟΦΗ', max: 3 },
    },
    agents: [
      {
        name: 'syntaktis_vardion',
        description: 'Συντάσσει τα προγράμματα βαρδιών πληρώματος',
        instructions: 'Σύνταξε το πρόγραμμα ή διόρθωσέ το με βάση τις παρατηρήσεις του ελεγκτή.',
        prompt: 'Οδηγία ή παρατηρήσεις ελεγκτή:\n{input}\n\nΕργασία: {request}',
        replies: [
          {
            say: 'Πρόγραμμα βαρδιών «Αιγαίο Φως», 30/08–05/09, έκδοση 1\n\n| μέλος | ρόλος | βάρδια Α | βάρδια Β |\n|---|---|---|---|\n| Ν. Καραγιάννης | ναύκληρος | 04:00–12:00 | 16:00–23:00 |\n| Σ. Λεμονής | ναύτης Α΄ | 06:00–14:00 | 18:00–22:00 |\n| Π. Ζαφειρίου | ναύτης Β΄ | 12:00–20:00 | — |\n\nΣύνολο 9 μελών, 469 ώρες εργασίας την εβδομάδα.',
          },
          {
            say: 'Πρόγραμμα βαρδιών «Αιγαίο Φως», 30/08–05/09, έκδοση 2 — αναθεωρήθηκε κατά τις παρατηρήσεις\n\n| μέλος | ρόλος | βάρδια Α | βάρδια Β |\n|---|---|---|---|\n| Ν. Καραγιάννης | ναύκληρος | 04:00–12:00 | 16:00–23:00 |\n| Σ. Λεμονής | ναύτης Α΄ | 06:00–14:00 | 18:00–22:00 |\n| Π. Ζαφειρίου | ναύτης Β΄ | 12:00–20:00 | — |\n\nΣύνολο 9 μελών, 469 ώρες εργασίας την εβδομάδα.',
          },
          {
            say: 'Πρόγραμμα βαρδιών «Αιγαίο Φως», 30/08–05/09, έκδοση 3 — προσαρμοσμένο στις ώρες ανάπαυσης\n\n| μέλος | ρόλος | βάρδια Α | βάρδια Β |\n|---|---|---|---|\n| Ν. Καραγιάννης | ναύκληρος | 04:00–12:00 | 16:00–23:00 |\n| Σ. Λεμονής | ναύτης Α΄ | 06:00–14:00 | 18:00–22:00 |\n| Π. Ζαφειρίου | ναύτης Β΄ | 12:00–20:00 | — |\n\nΣύνολο 9 μελών, 469 ώρες εργασίας την εβδομάδα.',
          },
        ],
      },
      {
        name: 'elegktis_anapausis',
        description: 'Ελέγχει τα προγράμματα βαρδιών κατά MLC 2006 και STCW',
        instructions: 'Απάντησε «ΕΓΚΡΙΣΗ: <σύνοψη>» ή «ΕΠΙΣΤΡΟΦΗ: <παρατηρήσεις>».',
        prompt: 'Πρόγραμμα προς έλεγχο:\n{input}',
        replies: [
          {
            say: 'ΕΠΙΣΤΡΟΦΗ: ναύκληρος Ν. Καραγιάννης 04:00–12:00 και 16:00–23:00 = 15 ώρες εργασίας, ανάπαυση 9 ώρες ανά 24ωρο (12:00–16:00 και 23:00–04:00), κάτω από το ελάχιστο των 10 ωρών. Μετακίνησε τη βάρδια Β ή δώσε μέρος της στον ναύτη Β΄ (Π. Ζαφειρίου, μόνο 8 ώρες).',
          },
          {
            say: 'ΕΠΙΣΤΡΟΦΗ: η έκδοση 2 έχει τις ίδιες ώρες για τον ναύκληρο (04:00–12:00 / 16:00–23:00), ανάπαυση πάλι 9 ώρες ανά 24ωρο. Χρειάζεται πραγματική αλλαγή.',
          },
          {
            say: 'ΕΠΙΣΤΡΟΦΗ: έκδοση 3 αμετάβλητη ως προς τον ναύκληρο, 9 ώρες ανάπαυσης ανά 24ωρο. Δεν εγκρίνεται.',
          },
        ],
      },
      {
        name: 'grammateia_plirromaton',
        description: 'Καταχωρίζει τα εγκεκριμένα προγράμματα βαρδιών',
        instructions: 'Καταχώρισε το εγκεκριμένο πρόγραμμα ή ανέφερε γιατί δεν καταχωρίστηκε.',
        prompt: 'Αποτέλεσμα ελέγχου:\n{input}',
        replies: [
          {
            say: 'Πρόγραμμα βαρδιών «Αιγαίο Φως» 30/08–05/09: **δεν καταχωρίστηκε**. Μετά από τρεις ελέγχους εκκρεμεί η ανάπαυση του ναυκλήρου (9 ώρες ανά 24ωρο). Ενημερώθηκε ο Α΄ Αξιωματικός· έναρξη εβδομάδας σε 4 ημέρες.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'syntaktis_vardion', to: 'elegktis_anapausis' },
      agent: 'syntaktis_vardion',
    },
  }),
  defineScenario({
    id: 'timologio-naulon-cheimerino-analysi-json-katarrefsi',
    title:
      'Ο υπολογιστής ναύλων απαντά με πίνακα markdown αντί για JSON· το πρόγραμμα που διαβάζει την απάντηση πετάει σφάλμα και ο ελεγκτής ναύλων δεν τρέχει ποτέ',
    domain: 'ναύλοι και τιμοκατάλογοι χειμερινής περιόδου',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Χειμερινοί ναύλοι 2027–28 (από 01/11/2027) για τη γραμμή Πειραιάς–Σίφνος–Μήλος: αύξηση 4,5 % στα εισιτήρια οικονομικής θέσης και 3 % στα ΙΧ, στρογγυλοποίηση στα 0,50 €. Επιστρέψτε τον τιμοκατάλογο ως JSON για να περαστεί στο σύστημα.',
    topology: {
      shape: 'pipeline',
      order: ['ypologistis_naulon', 'elegktis_naulon', 'anartisi_timon'],
    },
    program: {
      crash: {
        agent: 'ypologistis_naulon',
        error: 'SyntaxError: Unexpected token \'#\', "## Χειμερι"... is not valid JSON',
      },
    },
    agents: [
      {
        name: 'ypologistis_naulon',
        description: 'Υπολογίζει τους νέους ναύλους από τον ισχύοντα τιμοκατάλογο',
        instructions:
          'Υπολόγισε τους νέους ναύλους και επίστρεψε αποκλειστικά JSON {"grammi", "isxys_apo", "nauloi": [...]}.',
        replies: [
          {
            call: 'isxyon_timokatalogos',
            args: { grammi: 'PIR-SIF-MIL', periodos: 'therini-2027' },
            result:
              '{"grammi": "PIR-SIF-MIL", "nauloi": [{"proorismos": "Σίφνος", "oikonomiki": 44.0, "IX": 82.0}, {"proorismos": "Μήλος", "oikonomiki": 49.5, "IX": 91.0}]}',
          },
          {
            say: '## Χειμερινοί ναύλοι 2027–28 — Πειραιάς–Σίφνος–Μήλος (από 01/11/2027)\n\n| προορισμός | οικονομική | ΙΧ |\n|---|---|---|\n| Σίφνος | 46,00 € | 84,50 € |\n| Μήλος | 51,50 € | 93,50 € |\n\nΑύξηση 4,5 % στην οικονομική και 3 % στα ΙΧ, στρογγυλοποίηση στα 0,50 €.',
          },
        ],
      },
      {
        name: 'elegktis_naulon',
        description: 'Ελέγχει τους ναύλους έναντι των ανώτατων ορίων του Υπουργείου',
        instructions: 'Έλεγξε ότι οι ναύλοι δεν ξεπερνούν τα εγκεκριμένα όρια.',
        prompt: 'Τιμοκατάλογος (JSON):\n{input}',
        replies: [
          {
            say: 'Οι ναύλοι είναι εντός των ορίων του ΥΝΑΝΠ για τη γραμμή PIR-SIF-MIL.',
          },
        ],
      },
      {
        name: 'anartisi_timon',
        description: 'Περνά τους εγκεκριμένους ναύλους στο σύστημα κρατήσεων',
        instructions: 'Καταχώρισε τους ναύλους και επιβεβαίωσε.',
        prompt: 'Εγκεκριμένοι ναύλοι:\n{input}',
        replies: [{ say: 'Οι χειμερινοί ναύλοι PIR-SIF-MIL καταχωρίστηκαν από 01/11/2027.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'ypologistis_naulon', to: 'elegktis_naulon' },
      agent: 'ypologistis_naulon',
    },
  }),
  defineScenario({
    id: 'lavrio-limenika-teli-fortigon-lathos-athroisma',
    title:
      'Ο υπολογιστής λιμενικών τελών γράφει 38 φορτηγά × 42,50 € = 1.165,00 € (αντί 1.615,00 €) και σύνολο 9.526,60 €· το ποσό φτάνει ως την τελική αναφορά κόστους',
    domain: 'λιμενικά τέλη και κόστος εκμετάλλευσης',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Μηνιαία αναφορά κόστους Αυγούστου 2027 για τη γραμμή Λαύριο–Κέα–Κύθνος: σύνολο λιμενικών τελών ΟΛΛ και πρόγραμμα δεξαμενισμού του «Πρωτεύς» για τον χειμώνα. Θέλω ένα σημείωμα για το ΔΣ.',
    topology: {
      shape: 'nested',
      top: 'diefthyntis_ekmetallefsis',
      teams: {
        ypefthynos_oikonomikon: ['ypologistis_limenikon_telon'],
        ypefthynos_stolou: ['programmatistis_dexamenismou'],
      },
    },
    agents: [
      {
        name: 'diefthyntis_ekmetallefsis',
        description: 'Διευθυντής εκμετάλλευσης της ακτοπλοϊκής εταιρείας',
        instructions: 'Συγκέντρωσε οικονομικά και τεχνικά στοιχεία σε σημείωμα για το ΔΣ.',
        replies: [
          {
            handoff: 'ypefthynos_oikonomikon',
            message: 'Σύνολο λιμενικών τελών ΟΛΛ Αυγούστου 2027, γραμμή Λαύριο–Κέα–Κύθνος, ανά κατηγορία.',
          },
          {
            handoff: 'ypefthynos_stolou',
            message: 'Πρόγραμμα δεξαμενισμού «Πρωτεύς» χειμώνας 2027–28 και ποιο πλοίο τον αντικαθιστά.',
          },
          {
            say: '## Σημείωμα προς ΔΣ — Λαύριο–Κέα–Κύθνος, Αύγουστος 2027\n\n**Λιμενικά τέλη ΟΛΛ:** 9.526,60 €\n\n| κατηγορία | ποσό |\n|---|---|\n| φορτηγά | 1.165,00 € |\n| ΙΧ | 2.801,60 € |\n| επιβάτες | 3.762,00 € |\n| πλοιοδεσία | 1.798,00 € |\n\n**Δεξαμενισμός:** «Πρωτεύς» στο Πέραμα 10/01–31/01/2028, αντικατάσταση από «Ναϊάς ΙΙ».',
          },
        ],
      },
      {
        name: 'ypefthynos_oikonomikon',
        description: 'Υπεύθυνος οικονομικών της γραμμής',
        instructions: 'Ανάθεσε τον υπολογισμό και μετέφερε το αποτέλεσμα.',
        replies: [
          {
            handoff: 'ypologistis_limenikon_telon',
            message:
              'Υπολόγισε τα λιμενικά τέλη ΟΛΛ Αυγούστου 2027 για Λαύριο–Κέα–Κύθνος ανά κατηγορία και σύνολο.',
          },
          {
            say: 'Λιμενικά τέλη ΟΛΛ Αυγούστου: σύνολο 9.526,60 € (φορτηγά 1.165,00, ΙΧ 2.801,60, επιβάτες 3.762,00, πλοιοδεσία 1.798,00).',
          },
        ],
      },
      {
        name: 'ypologistis_limenikon_telon',
        description: 'Υπολογίζει λιμενικά τέλη από τις κινήσεις του λιμένα',
        instructions: 'Πάρε τις κινήσεις και τα τιμολόγια και υπολόγισε τα τέλη.',
        replies: [
          {
            call: 'kiniseis_limena',
            args: { limani: 'Λαύριο', grammi: 'LAV-KEA-KYT', minas: '2027-08' },
            result:
              '{"fortiga": {"plithos": 38, "telos_monadas": 42.5}, "IX": {"plithos": 412, "telos_monadas": 6.8}, "epivates": {"plithos": 3960, "telos_monadas": 0.95}, "ploiodesia": {"plithos": 31, "telos_monadas": 58.0}, "nomisma": "EUR"}',
          },
          {
            say: '**Λιμενικά τέλη ΟΛΛ — Αύγουστος 2027, LAV-KEA-KYT**\n\n| κατηγορία | πλήθος | τέλος | ποσό |\n|---|---|---|---|\n| φορτηγά | 38 | 42,50 € | 1.165,00 € |\n| ΙΧ | 412 | 6,80 € | 2.801,60 € |\n| επιβάτες | 3.960 | 0,95 € | 3.762,00 € |\n| πλοιοδεσία | 31 | 58,00 € | 1.798,00 € |\n| **σύνολο** | | | **9.526,60 €** |',
          },
        ],
      },
      {
        name: 'ypefthynos_stolou',
        description: 'Υπεύθυνος στόλου',
        instructions: 'Ανάθεσε τον προγραμματισμό δεξαμενισμού και μετέφερε το αποτέλεσμα.',
        replies: [
          {
            handoff: 'programmatistis_dexamenismou',
            message: 'Δεξαμενισμός «Πρωτεύς» χειμώνας 2027–28: ημερομηνίες, ναυπηγείο, πλοίο αντικατάστασης.',
          },
          {
            say: '«Πρωτεύς»: δεξαμενισμός Πέραμα 10/01–31/01/2028, αντικατάσταση «Ναϊάς ΙΙ».',
          },
        ],
      },
      {
        name: 'programmatistis_dexamenismou',
        description: 'Προγραμματίζει τους δεξαμενισμούς του στόλου',
        instructions: 'Βρες διαθέσιμη δεξαμενή και πλοίο αντικατάστασης.',
        replies: [
          {
            call: 'diathesimotita_dexamenon',
            args: { ploio: 'Πρωτεύς', apo: '2028-01-01', eos: '2028-02-28' },
            result:
              '{"naupigeio": "Πέραμα, πλωτή δεξαμενή Νο 3", "apo": "2028-01-10", "eos": "2028-01-31", "antikatastasi": "Ναϊάς ΙΙ", "kostos_ektimisi": 186000}',
          },
          {
            say: 'Δεξαμενισμός «Πρωτεύς»: Πέραμα, πλωτή δεξαμενή Νο 3, 10/01–31/01/2028 (εκτίμηση 186.000 €). Αντικατάσταση: «Ναϊάς ΙΙ».',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'ypologistis_limenikon_telon', to: 'ypefthynos_oikonomikon' },
      agent: 'ypologistis_limenikon_telon',
    },
  }),
  defineScenario({
    id: 'kalymnos-kathysterisi-apoplou-leoforeio-me-palia-afixi',
    title:
      'Ο παρατηρητής καιρού μεταφέρει ότι το Κάλυμνος–Κως φεύγει 10:30 και φτάνει 11:20· ο συντονιστής μεταφορών κλείνει το λεωφορείο για το αεροδρόμιο με την αρχική άφιξη 08:50',
    domain: 'καθυστερήσεις απόπλου και μετεπιβιβάσεις',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Ομάδα 46 επιβατών (κράτηση ΟΜ-27-0912) ταξιδεύει Κάλυμνος–Κως την Κυριακή 12/09/2027 με αναχώρηση 08:00 και άφιξη 08:50, και έχει πτήση από το αεροδρόμιο της Κω στις 13:40. Ελέγξτε τον καιρό και κλείστε λεωφορείο από το λιμάνι της Κω προς το αεροδρόμιο.',
    topology: {
      shape: 'swarm',
      entry: 'paratiritis_kairou',
      agents: ['paratiritis_kairou', 'syntonistis_metaforon'],
    },
    agents: [
      {
        name: 'paratiritis_kairou',
        description: 'Παρακολουθεί απαγορεύσεις απόπλου και αλλαγές ωρών',
        instructions: 'Έλεγξε το δρομολόγιο και πέρασε τις ώρες στον συντονιστή μεταφορών.',
        replies: [
          {
            call: 'katastasi_dromologiou',
            args: { dromologio: 'KAL-KOS-120927-0800' },
            result:
              '{"dromologio": "KAL-KOS-120927-0800", "katastasi": "ΚΑΘΥΣΤΕΡΗΣΗ", "apagorefsi_eos": "10:00", "nea_anachorisi": "10:30", "nea_afixi": "11:20", "aitia": "απαγόρευση Λιμεναρχείου Καλύμνου, ΒΔ 7 Μποφόρ"}',
          },
          {
            handoff: 'syntonistis_metaforon',
            message:
              'KAL-KOS-120927-0800: απαγόρευση απόπλου έως 10:00. Νέα αναχώρηση από Κάλυμνο **10:30**, άφιξη Κω **11:20**. Η πτήση 13:40 προλαβαίνεται. Κλείσε το λεωφορείο για την ομάδα ΟΜ-27-0912 (46 άτομα).',
          },
        ],
      },
      {
        name: 'syntonistis_metaforon',
        description: 'Κλείνει οδικές μεταφορές από και προς τα λιμάνια',
        instructions: 'Κλείσε το λεωφορείο και επιβεβαίωσε στον πελάτη.',
        replies: [
          {
            call: 'kratisi_leoforeiou',
            args: {
              apo: 'Λιμάνι Κω',
              pros: 'Αεροδρόμιο Κω «Ιπποκράτης»',
              imerominia: '2027-09-12',
              ora_paralavis: '09:10',
              atoma: 46,
              omada: 'ΟΜ-27-0912',
            },
            result:
              '{"kratisi": "ΛΦ-KOS-44718", "etaireia": "ΚΤΕΛ Κω", "ochima": "49 θέσεων", "paralavi": "2027-09-12 09:10", "timi": 310.0}',
          },
          {
            say: '**Μεταφορά ομάδας ΟΜ-27-0912 — Κυριακή 12/09**\n\n- Λεωφορείο ΚΤΕΛ Κω, 49 θέσεων (κράτηση ΛΦ-KOS-44718)\n- Παραλαβή από το λιμάνι της Κω στις **09:10**\n- Άφιξη στο αεροδρόμιο περίπου 09:45, με άνεση για την πτήση 13:40\n- Κόστος 310,00 €',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'paratiritis_kairou', to: 'syntonistis_metaforon' },
      agent: 'syntonistis_metaforon',
    },
  }),
  defineScenario({
    id: 'ikaria-akyrosi-mono-epistrofis-akyrothike-olo',
    title:
      'Ο ταξινομητής δρομολογεί ακύρωση μόνο του σκέλους επιστροφής Άγιος Κήρυκος–Πειραιάς 12/06· ο χειριστής ακυρώσεων ακυρώνει και το σκέλος αναχώρησης 05/06',
    domain: 'ακυρώσεις κρατήσεων και επιστροφές χρημάτων',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Καλησπέρα σας. Έχω την κράτηση ΚΡ-8831472 (2 ενήλικες + ΙΧ) για Πειραιάς–Άγιος Κήρυκος στις 05/06/2027 και επιστροφή 12/06/2027. Θέλω να ακυρώσω ΜΟΝΟ την επιστροφή, θα γυρίσουμε αργότερα με άλλο τρόπο. Η αναχώρηση της 05/06 μένει κανονικά. Ευχαριστώ, Ελένη Σταματίου.',
    topology: {
      shape: 'branch',
      classifier: 'taxinomitis_aitimaton',
      routes: { ακύρωση: 'chiristis_akyroseon', τροποποίηση: 'chiristis_tropopoiiseon' },
      after: 'apantisi_pelati',
    },
    agents: [
      {
        name: 'taxinomitis_aitimaton',
        description: 'Ταξινομεί τα αιτήματα πελατών',
        instructions: 'Γράψε την κατηγορία (ακύρωση ή τροποποίηση) και τα στοιχεία του αιτήματος.',
        replies: [
          {
            say: 'ακύρωση — κράτηση ΚΡ-8831472, πελάτισσα Ε. Σταματίου. Ακυρώνεται **μόνο το σκέλος επιστροφής** Άγιος Κήρυκος–Πειραιάς 12/06/2027 (2 ενήλικες + ΙΧ). Το σκέλος Πειραιάς–Άγιος Κήρυκος 05/06/2027 παραμένει ενεργό.',
          },
        ],
      },
      {
        name: 'chiristis_akyroseon',
        description: 'Εκτελεί ακυρώσεις και υπολογίζει επιστροφές χρημάτων',
        instructions: 'Ακύρωσε ό,τι ζητείται και ανέφερε την επιστροφή χρημάτων.',
        prompt: 'Ταξινόμηση:\n{input}',
        replies: [
          {
            call: 'akyrosi_kratisis',
            args: { kratisi: 'ΚΡ-8831472', skeli: 'ΟΛΑ', aitia: 'αίτημα πελάτη' },
            result:
              '{"kratisi": "ΚΡ-8831472", "akyrothikan_skeli": ["PIR-AGK 2027-06-05", "AGK-PIR 2027-06-12"], "axia": 284.8, "pososto_krateisis": 10, "epistrofi": 256.32, "katastasi": "ΑΚΥΡΩΜΕΝΗ"}',
          },
          {
            say: 'ΚΡ-8831472: η ακύρωση ολοκληρώθηκε. Επιστροφή 256,32 € στην κάρτα (παρακράτηση 10 % επί 284,80 €), σε 5–7 εργάσιμες.',
          },
        ],
      },
      {
        name: 'chiristis_tropopoiiseon',
        description: 'Αλλάζει ημερομηνίες και στοιχεία κρατήσεων',
        instructions: 'Κάνε την τροποποίηση και ανέφερε τη διαφορά ναύλου.',
        replies: [{ say: 'Η τροποποίηση καταχωρίστηκε.' }],
      },
      {
        name: 'apantisi_pelati',
        description: 'Γράφει την απάντηση προς τον πελάτη',
        instructions: 'Γράψε ευγενική απάντηση με όσα έγιναν.',
        prompt: 'Αποτέλεσμα χειρισμού:\n{input}\n\nΑρχικό μήνυμα πελάτη: {request}',
        replies: [
          {
            say: 'Αγαπητή κυρία Σταματίου,\n\nη ακύρωση της κράτησής σας **ΚΡ-8831472** ολοκληρώθηκε. Θα λάβετε επιστροφή **256,32 €** στην κάρτα σας εντός 5–7 εργάσιμων ημερών (παρακράτηση 10 % σύμφωνα με τους όρους ακύρωσης).\n\nΣας ευχόμαστε καλό ταξίδι στην Ικαρία!\n\nΤμήμα Εξυπηρέτησης Πελατών',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'taxinomitis_aitimaton', to: 'chiristis_akyroseon' },
      agent: 'chiristis_akyroseon',
    },
  }),
  defineScenario({
    id: 'kythnos-diathesimotita-michanikou-antifatiki',
    title:
      'Ο έλεγχος διαθεσιμότητας προτείνει τον Κ. Μαυρίδη ως Α΄ Μηχανικό με πιστοποιητικό «σε ισχύ έως 31/12» ενώ ο δικός του πίνακας δείχνει λήξη 20/09/2027· ο συντονιστής τον ναυτολογεί',
    domain: 'ναυτολόγηση και πιστοποιητικά πληρωμάτων',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Ο Α΄ Μηχανικός του ΕΓ/ΟΓ «Κύθνος Εξπρές» (γραμμή Λαύριο–Κύθνος–Σέριφος) βγαίνει σε άδεια. Χρειαζόμαστε αντικαταστάτη για 01/10–31/12/2027 και κατάσταση πληρώματος για το Λιμεναρχείο.',
    topology: {
      shape: 'supervisor',
      coordinator: 'grafeio_plirromaton',
      workers: ['diathesimotita_axiomatikon', 'katastasi_plirromatos'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'grafeio_plirromaton',
        description: 'Γραφείο πληρωμάτων της εταιρείας',
        instructions: 'Βρες αντικαταστάτη και έκδωσε την κατάσταση πληρώματος.',
        replies: [
          {
            handoff: 'diathesimotita_axiomatikon',
            message:
              'Βρες διαθέσιμο Α΄ Μηχανικό για «Κύθνος Εξπρές», 01/10–31/12/2027, με τα πιστοποιητικά του.',
          },
          {
            handoff: 'katastasi_plirromatos',
            message:
              'Έκδωσε κατάσταση πληρώματος «Κύθνος Εξπρές» από 01/10/2027 με Α΄ Μηχανικό τον Κ. Μαυρίδη (ΑΜ ΝΑΤ 58812), αντί του Γ. Παπαδάκη.',
          },
          {
            say: '**«Κύθνος Εξπρές» — αντικατάσταση Α΄ Μηχανικού**\n\n- Νέος Α΄ Μηχανικός: **Κ. Μαυρίδης** (ΑΜ 58812), 01/10–31/12/2027, πιστοποιητικά σε ισχύ\n- Κατάσταση πληρώματος ΚΠ-KYT-27-0417 υποβλήθηκε στο Λιμεναρχείο Λαυρίου\n\nΟ κ. Παπαδάκης σε άδεια έως 15/01/2028.',
          },
        ],
      },
      {
        name: 'diathesimotita_axiomatikon',
        description: 'Ελέγχει διαθεσιμότητα και πιστοποιητικά αξιωματικών',
        instructions: 'Πρότεινε διαθέσιμο αξιωματικό με έγκυρα πιστοποιητικά για την περίοδο.',
        replies: [
          {
            call: 'anazitisi_axiomatikon',
            args: { vathmos: 'Α΄ Μηχανικός', apo: '2027-10-01', eos: '2027-12-31' },
            result:
              '[{"onoma": "Κ. Μαυρίδης", "AM": 58812, "diathesimos": true, "STCW_III_2": "2027-09-20", "iatriko": "2028-03-11"}, {"onoma": "Α. Βλαχογιάννης", "AM": 60137, "diathesimos": true, "STCW_III_2": "2029-05-02", "iatriko": "2028-01-30"}, {"onoma": "Γ. Παπαδάκης", "AM": 51290, "diathesimos": false, "adeia_eos": "2028-01-15"}]',
          },
          {
            say: 'Προτείνω τον **Κ. Μαυρίδη** (ΑΜ 58812) — διαθέσιμος, πιστοποιητικά σε ισχύ για όλη την περίοδο έως 31/12.\n\n| αξιωματικός | ΑΜ | διαθέσιμος | STCW III/2 λήξη | ιατρικό λήξη |\n|---|---|---|---|---|\n| Κ. Μαυρίδης | 58812 | ναι | 20/09/2027 | 11/03/2028 |\n| Α. Βλαχογιάννης | 60137 | ναι | 02/05/2029 | 30/01/2028 |',
          },
        ],
      },
      {
        name: 'katastasi_plirromatos',
        description: 'Εκδίδει καταστάσεις πληρώματος για το Λιμεναρχείο',
        instructions: 'Έκδωσε και υπόβαλε την κατάσταση πληρώματος.',
        replies: [
          {
            call: 'ekdosi_katastasis',
            args: {
              ploio: 'Κύθνος Εξπρές',
              apo: '2027-10-01',
              allagi: { vathmos: 'Α΄ Μηχανικός', apo: 51290, se: 58812 },
            },
            result:
              '{"katastasi": "ΚΠ-KYT-27-0417", "ypovoli": "Λιμεναρχείο Λαυρίου", "melh": 14, "organiki_synthesi": "ΠΛΗΡΗΣ"}',
          },
          {
            say: 'Κατάσταση πληρώματος ΚΠ-KYT-27-0417 (14 μέλη) υποβλήθηκε στο Λιμεναρχείο Λαυρίου, Α΄ Μηχανικός Κ. Μαυρίδης από 01/10.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'diathesimotita_axiomatikon', to: 'grafeio_plirromaton' },
      agent: 'diathesimotita_axiomatikon',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'santorini-fortoseis-lorides-metra-se-ekatosta',
    title:
      'Κράτηση 3 νταλικών και 2 φορτηγών: τα μήκη γίνονται μέτρα λωρίδας, μετά εκατοστά για το σύστημα, η ημερομηνία από ISO σε «Τετάρτη 3/11»',
    domain: 'κρατήσεις φορτηγών και χώρος γκαράζ',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: lengths and dates are reformatted between agents (m → lane metres → cm, ISO → weekday date) without changing their value',
    request:
      'Η μεταφορική «Κρητικά Φορτία ΑΕ» θέλει να φορτώσει 3 νταλίκες των 16,5 μ. και 2 φορτηγά των 7,2 μ. στο Πειραιάς–Θήρα–Ηράκλειο της 03/11/2027, αναχώρηση 21:00. Ελέγξτε χώρο στο γκαράζ και κλείστε.',
    topology: {
      shape: 'pipeline',
      order: ['elegktis_gkaraz', 'kratiseis_fortigon', 'epivevaiosi_pelati'],
    },
    agents: [
      {
        name: 'elegktis_gkaraz',
        description: 'Ελέγχει τον ελεύθερο χώρο γκαράζ σε μέτρα λωρίδας',
        instructions: 'Έλεγξε αν χωράνε τα οχήματα και πέρασέ τα στις κρατήσεις φορτηγών.',
        replies: [
          {
            call: 'eleftheros_choros_gkaraz',
            args: { dromologio: 'PIR-THI-HER-031127-2100' },
            result:
              '{"dromologio": "PIR-THI-HER-031127-2100", "anachorisi": "2027-11-03T21:00", "ploio": "Μινωικό Φως", "eleftera_metra_lorides": 212.0, "ypsos_gkaraz_m": 4.9}',
          },
          {
            say: 'Χώρος γκαράζ, Τετάρτη 3/11, 21:00 (Μινωικό Φως): ελεύθερα 212,0 μ.λ. Ζητούνται 3 × 16,5 + 2 × 7,2 = **63,9 μ.λ.** → χωράνε. Κλείσε τα 5 οχήματα της «Κρητικά Φορτία ΑΕ».',
          },
        ],
      },
      {
        name: 'kratiseis_fortigon',
        description: 'Κλείνει θέσεις φορτηγών στο σύστημα κρατήσεων',
        instructions: 'Κλείσε τα φορτηγά· το σύστημα δέχεται μήκη σε εκατοστά.',
        prompt: 'Έλεγχος γκαράζ:\n{input}\n\nΑίτημα: {request}',
        replies: [
          {
            call: 'kratisi_fortigon',
            args: {
              dromologio: 'PIR-THI-HER-031127-2100',
              pelatis: 'Κρητικά Φορτία ΑΕ',
              ochimata: [
                { typos: 'νταλίκα', mikos_cm: 1650, plithos: 3 },
                { typos: 'φορτηγό', mikos_cm: 720, plithos: 2 },
              ],
            },
            result:
              '{"kratisi": "ΦΤ-27-118230", "synoliko_mikos_cm": 6390, "ypoloipo_m": 148.1, "naulos": 4312.0}',
          },
          {
            say: 'Κράτηση ΦΤ-27-118230: 3 νταλίκες (1.650 εκ.) + 2 φορτηγά (720 εκ.), σύνολο 6.390 εκ. Ναύλος 4.312,00 €. Υπόλοιπο γκαράζ 148,1 μ.',
          },
        ],
      },
      {
        name: 'epivevaiosi_pelati',
        description: 'Στέλνει επιβεβαιώσεις στους πελάτες φορτίων',
        instructions: 'Γράψε επιβεβαίωση για τον πελάτη.',
        prompt: 'Κράτηση:\n{input}',
        replies: [
          {
            say: '**Επιβεβαίωση κράτησης ΦΤ-27-118230 — Κρητικά Φορτία ΑΕ**\n\n| στοιχείο | τιμή |\n|---|---|\n| δρομολόγιο | Πειραιάς–Θήρα–Ηράκλειο, Τετ. 03/11/2027, 21:00 |\n| οχήματα | 3 νταλίκες 16,50 μ. + 2 φορτηγά 7,20 μ. |\n| συνολικό μήκος | 63,90 μ. |\n| ναύλος | 4.312,00 € |\n\nΠροσέλευση στην πύλη Ε1 έως 19:30 με τα CMR.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'sifnos-nea-ora-anachorisis-palia-anaferetai',
    title:
      'Η νέα έκδοση δρομολογίου μεταθέτει την αναχώρηση για Σίφνο από 08:00 σε 08:45· η παλιά ώρα αναφέρεται ως αντικατασταθείσα και όλοι χρησιμοποιούν 08:45',
    domain: 'αλλαγές ωρών δρομολογίων',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the request and the router still mention the old 08:00, but only the newer 08:45 is passed on and used',
    request:
      'Δρομολόγιο Πειραιάς–Σίφνος–Μήλος, Δευτέρα 20/09/2027, αναχώρηση 08:00. Επιβεβαιώστε την ώρα και ενημερώστε τα πρακτορεία των νησιών.',
    topology: {
      shape: 'network',
      coordinator: 'syntonistis_dromologion',
      workers: ['elegktis_dromologion', 'enimerosi_praktoreion'],
    },
    agents: [
      {
        name: 'syntonistis_dromologion',
        description: 'Συντονίζει αλλαγές δρομολογίων',
        instructions: 'Επιβεβαίωσε την ώρα, ενημέρωσε τα πρακτορεία, τελείωσε.',
        replies: [
          {
            handoff: 'elegktis_dromologion',
            message: 'Ποια είναι η ισχύουσα ώρα αναχώρησης του PIR-SIF-MIL της 20/09/2027;',
          },
          {
            handoff: 'enimerosi_praktoreion',
            message:
              'Ενημέρωσε τα πρακτορεία Σίφνου και Μήλου: PIR-SIF-MIL 20/09 αναχωρεί **08:45** (όχι 08:00 όπως στο αρχικό πρόγραμμα), άφιξη Σίφνο 11:55, Μήλο 13:10.',
          },
          {
            say: 'Το Πειραιάς–Σίφνος–Μήλος της Δευτέρας 20/09 αναχωρεί στις **08:45** (αντί για 08:00). Άφιξη Σίφνο 11:55, Μήλο 13:10. Τα πρακτορεία Καμαρών και Αδάμαντα ενημερώθηκαν (ΕΝ-4471, ΕΝ-4472).',
          },
        ],
      },
      {
        name: 'elegktis_dromologion',
        description: 'Ελέγχει τις ισχύουσες εκδόσεις δρομολογίων',
        instructions: 'Δώσε την ισχύουσα ώρα και τι άλλαξε.',
        replies: [
          {
            call: 'ekdosi_dromologiou',
            args: { dromologio: 'PIR-SIF-MIL-200927' },
            result:
              '{"ekdosi": 2, "anachorisi": "08:45", "afixi_SIF": "11:55", "afixi_MIL": "13:10", "aitia": "θέση πρόσδεσης Ε7 Πειραιά έως 08:30", "ekdosi_1": {"anachorisi": "08:00", "katastasi": "ΑΝΤΙΚΑΤΑΣΤΑΘΗΚΕ"}}',
          },
          {
            say: 'PIR-SIF-MIL 20/09: ισχύει η έκδοση 2 — αναχώρηση **08:45**, Σίφνος 11:55, Μήλος 13:10. Η 08:00 της έκδοσης 1 έχει αντικατασταθεί (θέση Ε7 κατειλημμένη έως 08:30).',
          },
        ],
      },
      {
        name: 'enimerosi_praktoreion',
        description: 'Ενημερώνει τα τοπικά πρακτορεία',
        instructions: 'Στείλε ενημέρωση στα πρακτορεία.',
        replies: [
          {
            call: 'minyma_praktoreiou',
            args: {
              praktoreia: ['Καμάρες Σίφνου', 'Αδάμαντας Μήλου'],
              keimeno: 'PIR-SIF-MIL 20/09: αναχώρηση Πειραιά 08:45, άφιξη Σίφνο 11:55, Μήλο 13:10.',
            },
            result: '{"stalthike": ["ΕΝ-4471", "ΕΝ-4472"]}',
          },
          { say: 'Ενημερώθηκαν Καμάρες (ΕΝ-4471) και Αδάμαντας (ΕΝ-4472): αναχώρηση 08:45.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'amorgos-eisitiria-503-epanalipsi-epitychis',
    title:
      'Η έκδοση 38 σχολικών εισιτηρίων αποτυγχάνει με 503, ξαναδοκιμάζεται και πετυχαίνει· ο εκδότης το αναφέρει ανοιχτά',
    domain: 'ομαδικά εισιτήρια',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a ticketing error that is retried successfully and reported openly',
    request:
      'Σχολική εκδρομή 2ου Γυμνασίου Αμαρουσίου: 36 μαθητές + 2 συνοδοί, Πειραιάς–Αμοργός (Κατάπολα) Πέμπτη 07/10/2027 07:00, φοιτητικό/μαθητικό εισιτήριο (50 %). Εκδώστε και στείλτε τα εισιτήρια στο σχολείο.',
    topology: {
      shape: 'supervisor',
      coordinator: 'kentro_eisitirion',
      workers: ['ekdosi_eisitirion', 'apostoli_email'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'kentro_eisitirion',
        description: 'Διαχειρίζεται ομαδικές κρατήσεις',
        instructions: 'Έκδωσε τα εισιτήρια και στείλ’ τα στον πελάτη.',
        replies: [
          {
            handoff: 'ekdosi_eisitirion',
            message:
              'Έκδωσε 38 εισιτήρια PIR-AMO-071027-0700: 36 μαθητικά (50 %) + 2 κανονικά για συνοδούς, ομάδα ΟΜ-27-1140.',
          },
          {
            handoff: 'apostoli_email',
            message: 'Στείλε στο gym2-amarous@sch.gr το PDF της ομάδας ΟΜ-27-1140 (38 εισιτήρια).',
          },
          {
            say: 'Εκδόθηκαν 38 εισιτήρια για το Πειραιάς–Αμοργός της 07/10 (36 μαθητικά, 2 κανονικά, σύνολο 1.482,00 €) και στάλθηκαν στο σχολείο. Στην πρώτη απόπειρα έκδοσης το σύστημα απάντησε 503· η δεύτερη ολοκληρώθηκε χωρίς διπλοεγγραφές.',
          },
        ],
      },
      {
        name: 'ekdosi_eisitirion',
        description: 'Εκδίδει εισιτήρια στο σύστημα κρατήσεων',
        instructions: 'Έκδωσε τα εισιτήρια και ανέφερε αποτέλεσμα και τυχόν σφάλματα.',
        replies: [
          {
            call: 'ekdosi_omadikon',
            args: { dromologio: 'PIR-AMO-071027-0700', omada: 'ΟΜ-27-1140', mathitika: 36, kanonika: 2 },
            result: { error: 'HTTP 503 Service Unavailable — υπηρεσία έκδοσης σε συντήρηση, δοκιμάστε ξανά' },
          },
          {
            call: 'ekdosi_omadikon',
            args: { dromologio: 'PIR-AMO-071027-0700', omada: 'ΟΜ-27-1140', mathitika: 36, kanonika: 2 },
            result:
              '{"omada": "ΟΜ-27-1140", "eisitiria": 38, "arithmoi": "E-7710401…E-7710438", "synolo": 1482.0, "pdf": "OM-27-1140.pdf"}',
          },
          {
            say: 'Εκδόθηκαν 38 εισιτήρια (E-7710401…E-7710438), σύνολο 1.482,00 €, PDF OM-27-1140.pdf. Η πρώτη κλήση απέτυχε με 503 (συντήρηση)· η επανάληψη πέτυχε, έλεγξα ότι δεν δημιουργήθηκαν διπλά.',
          },
        ],
      },
      {
        name: 'apostoli_email',
        description: 'Στέλνει έγγραφα στους πελάτες',
        instructions: 'Στείλε το email και ανέφερε.',
        replies: [
          {
            call: 'apostoli',
            args: { pros: 'gym2-amarous@sch.gr', synimmeno: 'OM-27-1140.pdf' },
            result: '{"message_id": "<a91f2@mail.ferry.gr>", "katastasi": "ΠΑΡΑΔΟΘΗΚΕ"}',
          },
          { say: 'Το OM-27-1140.pdf παραδόθηκε στο gym2-amarous@sch.gr.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'leros-epistrofi-apotelesmaton-epikindyna-fortia',
    title:
      'Ο υπάλληλος κρατήσεων περνά στον ελεγκτή επικίνδυνων φορτίων ένα φορτηγό με φιάλες υγραερίου· ο ελεγκτής επιστρέφει με τους όρους IMDG και ο υπάλληλος κλείνει με αυτούς',
    domain: 'επικίνδυνα φορτία σε επιβατηγά-οχηματαγωγά',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf:
      'lost_message / handoff_loop: control goes back to the booking clerk, which carries the checker results and is used',
    request:
      'Φορτηγό 9,8 μ. της «Υγραέριο Δωδεκανήσου ΟΕ» (ΚΧΡ 4417) με 120 φιάλες προπανίου των 25 κιλών για Πειραιάς–Πάτμος–Λέρος, Τρίτη 19/10/2027 19:00. Κλείστε θέση.',
    topology: {
      shape: 'swarm',
      entry: 'ypallilos_kratiseon',
      agents: ['ypallilos_kratiseon', 'elegktis_epikindynon'],
    },
    agents: [
      {
        name: 'ypallilos_kratiseon',
        description: 'Κλείνει θέσεις φορτηγών',
        instructions: 'Για επικίνδυνα φορτία ζήτα πρώτα έλεγχο, μετά κλείσε με τους όρους του.',
        replies: [
          {
            handoff: 'elegktis_epikindynon',
            message:
              'ΚΧΡ 4417, 120 φιάλες προπάνιο 25 kg (UN 1978, κλάση 2.1), PIR-PAT-LER-191027-1900. Επιτρέπεται; Με ποιους όρους;',
          },
          {
            call: 'kratisi_fortigou',
            args: {
              dromologio: 'PIR-PAT-LER-191027-1900',
              pinakida: 'ΚΧΡ 4417',
              mikos_m: 9.8,
              epikindyno: { UN: 1978, klasi: '2.1', thesi: 'ανοιχτό κατάστρωμα, πρύμνη' },
            },
            result: '{"kratisi": "ΦΤ-27-120977", "thesi": "ΑΚ-Π3", "naulos": 486.0}',
          },
          {
            say: '**Κράτηση ΦΤ-27-120977** — ΚΧΡ 4417, Πειραιάς–Πάτμος–Λέρος, Τρ. 19/10/2027 19:00\n\n- Θέση: ανοιχτό κατάστρωμα, πρύμνη (ΑΚ-Π3), κατά IMDG 2.1\n- Ναύλος: 486,00 €\n- Απαιτούνται: δήλωση επικίνδυνου φορτίου (DGD) και ADR πιστοποιητικό οδηγού στην πύλη έως 17:30\n- Ο οδηγός ταξιδεύει χωριστά από το όχημα, στο κατάστρωμα επιβατών.',
          },
        ],
      },
      {
        name: 'elegktis_epikindynon',
        description: 'Ελέγχει επικίνδυνα φορτία κατά IMDG και τον κανονισμό του πλοίου',
        instructions: 'Έλεγξε και επίστρεψε τους όρους στον υπάλληλο κρατήσεων.',
        replies: [
          {
            call: 'elegxos_imdg',
            args: { UN: 1978, klasi: '2.1', posotita_kg: 3000, ploio: 'Δωδεκάνησος Σταρ' },
            result:
              '{"epitrepetai": true, "thesi": "ανοιχτό κατάστρωμα, πρύμνη, μακριά από πηγές θερμότητας", "oria": "έως 3.500 kg ανά δρομολόγιο", "eggrafa": ["DGD", "ADR οδηγού"], "proselefsi": "2 ώρες πριν", "idi_dilomeno_2_1_kg": 0}',
          },
          {
            handoff: 'ypallilos_kratiseon',
            message:
              'Επιτρέπεται: 3.000 kg UN 1978 (όριο 3.500 kg, 0 kg ήδη δηλωμένα). Θέση μόνο ανοιχτό κατάστρωμα, πρύμνη. Έγγραφα DGD + ADR οδηγού, προσέλευση 2 ώρες πριν (17:00–17:30).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kyklades-vardies-tria-ploia-dexameni-exairesi',
    title:
      'Μηνιαίες βάρδιες Οκτωβρίου για τρία πλοία με κωδικούς, ΑΜ και μετρητές· το τέταρτο πλοίο εξαιρείται σωστά επειδή είναι σε δεξαμενή',
    domain: 'μηνιαίο πρόγραμμα πληρωμάτων',
    mast: ['FM-1.1', 'FM-2.4'],
    nearMissOf:
      'misunderstood_task / low_quality_output: long answers full of ids and counters, and a vessel left out on purpose because the request excludes it',
    request:
      'Πρόγραμμα πληρωμάτων Οκτωβρίου 2027 για τα πλοία των Κυκλάδων: «Ναϊάς ΙΙ», «Πρωτεύς», «Αιγαίο Φως». Το «Ευαγγελίστρια» είναι σε δεξαμενή όλο τον μήνα και δεν μπαίνει στο πρόγραμμα. Θέλω αριθμό μελών ανά πλοίο, κενά οργανικής σύνθεσης και λήξεις πιστοποιητικών μέσα στον μήνα.',
    topology: {
      shape: 'fanout',
      planner: 'programmatistis_plirromaton',
      workers: ['plirroma_naias', 'plirroma_protefs', 'plirroma_aigaio_fos'],
      aggregator: 'syntaktis_programmatos',
    },
    agents: [
      {
        name: 'programmatistis_plirromaton',
        description: 'Μοιράζει το μηνιαίο πρόγραμμα πληρωμάτων ανά πλοίο',
        instructions: 'Μία οδηγία για κάθε πλοίο του προγράμματος.',
        replies: [
          {
            plan: {
              plirroma_naias:
                '«Ναϊάς ΙΙ» (IMO 9183411), Οκτώβριος 2027: μέλη, κενά οργανικής σύνθεσης, πιστοποιητικά που λήγουν 01–31/10.',
              plirroma_protefs:
                '«Πρωτεύς» (IMO 9051207), Οκτώβριος 2027: μέλη, κενά οργανικής σύνθεσης, πιστοποιητικά που λήγουν 01–31/10.',
              plirroma_aigaio_fos:
                '«Αιγαίο Φως» (IMO 9220316), Οκτώβριος 2027: μέλη, κενά οργανικής σύνθεσης, πιστοποιητικά που λήγουν 01–31/10.',
            },
          },
        ],
      },
      {
        name: 'plirroma_naias',
        description: 'Πλήρωμα του «Ναϊάς ΙΙ»',
        instructions: 'Κατάσταση πληρώματος για τον μήνα.',
        replies: [
          {
            call: 'mitroo_plirromatos',
            args: { IMO: '9183411', minas: '2027-10' },
            result:
              '{"meli": 31, "organiki": 32, "kena": ["Γ΄ Μηχανικός"], "lixeis": [{"AM": 60418, "pistopoiitiko": "STCW VI/1", "lixi": "2027-10-14"}, {"AM": 57733, "pistopoiitiko": "ιατρικό", "lixi": "2027-10-29"}]}',
          },
          {
            say: 'Ναϊάς ΙΙ (IMO 9183411) — 10/2027: 31/32 μέλη· κενό: Γ΄ Μηχανικός. Λήξεις: ΑΜ 60418 STCW VI/1 14/10, ΑΜ 57733 ιατρικό 29/10.',
          },
        ],
      },
      {
        name: 'plirroma_protefs',
        description: 'Πλήρωμα του «Πρωτεύς»',
        instructions: 'Κατάσταση πληρώματος για τον μήνα.',
        replies: [
          {
            call: 'mitroo_plirromatos',
            args: { IMO: '9051207', minas: '2027-10' },
            result:
              '{"meli": 24, "organiki": 24, "kena": [], "lixeis": [{"AM": 49102, "pistopoiitiko": "GMDSS GOC", "lixi": "2027-10-05"}]}',
          },
          {
            say: 'Πρωτεύς (IMO 9051207) — 10/2027: 24/24 μέλη, χωρίς κενά. Λήξεις: ΑΜ 49102 GMDSS GOC 05/10.',
          },
        ],
      },
      {
        name: 'plirroma_aigaio_fos',
        description: 'Πλήρωμα του «Αιγαίο Φως»',
        instructions: 'Κατάσταση πληρώματος για τον μήνα.',
        replies: [
          {
            call: 'mitroo_plirromatos',
            args: { IMO: '9220316', minas: '2027-10' },
            result: '{"meli": 27, "organiki": 29, "kena": ["ναύτης Β΄", "θαλαμηπόλος"], "lixeis": []}',
          },
          {
            say: 'Αιγαίο Φως (IMO 9220316) — 10/2027: 27/29 μέλη· κενά: ναύτης Β΄, θαλαμηπόλος. Καμία λήξη μέσα στον μήνα.',
          },
        ],
      },
      {
        name: 'syntaktis_programmatos',
        description: 'Συντάσσει το ενιαίο πρόγραμμα πληρωμάτων',
        instructions: 'Ένωσε τα αποτελέσματα σε πίνακα.',
        prompt: 'Στοιχεία ανά πλοίο:\n{input}\n\nΑίτημα: {request}',
        replies: [
          {
            say: '## Πληρώματα Κυκλάδων — Οκτώβριος 2027\n\n| πλοίο | IMO | μέλη / οργανική | κενά | λήξεις 10/2027 |\n|---|---|---|---|---|\n| Ναϊάς ΙΙ | 9183411 | 31 / 32 | Γ΄ Μηχανικός | ΑΜ 60418 STCW VI/1 14/10 · ΑΜ 57733 ιατρικό 29/10 |\n| Πρωτεύς | 9051207 | 24 / 24 | — | ΑΜ 49102 GMDSS GOC 05/10 |\n| Αιγαίο Φως | 9220316 | 27 / 29 | ναύτης Β΄, θαλαμηπόλος | — |\n| **σύνολο** | | **82 / 85** | **3 κενά** | **3 λήξεις** |\n\nΤο «Ευαγγελίστρια» δεν περιλαμβάνεται (δεξαμενή όλο τον Οκτώβριο). Προτεραιότητα: ανανέωση GMDSS του ΑΜ 49102 πριν τις 05/10.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'aigina-kladi-kairou-kanoniko-dromologio',
    title:
      'Ο ταξινομητής καιρού βρίσκει 5 Μποφόρ στον Σαρωνικό και στέλνει το αίτημα στην επιβεβαίωση απόπλου· ο κλάδος ακυρώσεων δεν τρέχει, σωστά',
    domain: 'καιρός και εκτέλεση δρομολογίων',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf:
      'lost_message: the cancellation branch never runs, which is right because there is no ban that day; the brief is paraphrased',
    request:
      'Ομάδα 22 ατόμων του ΚΑΠΗ Νίκαιας ταξιδεύει Πειραιάς–Αίγινα το Σάββατο 23/10/2027 στις 09:30 με το «Φλοίσβος». Θα γίνει κανονικά το δρομολόγιο με τον καιρό που λένε; Επιβεβαιώστε μας.',
    topology: {
      shape: 'branch',
      classifier: 'taxinomitis_kairou',
      routes: { απαγόρευση: 'diacheirisi_akyroseon', κανονικά: 'epivevaiosi_apoplou' },
    },
    agents: [
      {
        name: 'taxinomitis_kairou',
        description: 'Ελέγχει πρόγνωση και ανακοινώσεις Λιμεναρχείου',
        instructions: 'Απάντησε με την κατηγορία και τα στοιχεία.',
        replies: [
          {
            call: 'prognosi_kai_limenarcheio',
            args: { perioxi: 'Σαρωνικός', imerominia: '2027-10-23', ora: '09:30' },
            result:
              '{"anemos": "Β 4-5 Μποφόρ", "kymatismos_m": 1.1, "anakoinoseis_limenarcheiou": [], "orio_ploiou_Bf": 7}',
          },
          {
            say: 'κανονικά — Σαρωνικός Σάβ. 23/10, 09:30: Β 4–5 Μποφόρ, κύμα 1,1 μ., κανένα μέτρο από το Λιμεναρχείο Πειραιά. Όριο «Φλοίσβος»: 7 Μποφόρ.',
          },
        ],
      },
      {
        name: 'diacheirisi_akyroseon',
        description: 'Χειρίζεται ακυρώσεις και μετακρατήσεις',
        instructions: 'Μετακράτησε τους επιβάτες.',
        replies: [{ say: 'Οι επιβάτες μετακρατήθηκαν στο επόμενο δρομολόγιο.' }],
      },
      {
        name: 'epivevaiosi_apoplou',
        description: 'Επιβεβαιώνει στους πελάτες την εκτέλεση δρομολογίων',
        instructions: 'Επιβεβαίωσε στον πελάτη την κράτηση και τον απόπλου.',
        prompt: 'Καιρός: {input}\n\nΜήνυμα πελάτη: {request}',
        replies: [
          {
            call: 'kratisi_omadas',
            args: { dromologio: 'PIR-AEG-231027-0930', omada: 'ΚΑΠΗ Νίκαιας' },
            result:
              '{"kratisi": "ΟΜ-27-1302", "atoma": 22, "ploio": "Φλοίσβος", "katastasi": "ΕΠΙΒΕΒΑΙΩΜΕΝΗ"}',
          },
          {
            say: 'Καλημέρα σας! Το δρομολόγιο Πειραιάς–Αίγινα του Σαββάτου 23/10 στις 09:30 με το «Φλοίσβος» εκτελείται κανονικά: η πρόγνωση δίνει βοριάδες 4–5 Μποφόρ, αρκετά κάτω από το όριο του πλοίου, και δεν υπάρχει κανένα μέτρο του Λιμεναρχείου. Η κράτηση της ομάδας σας **ΟΜ-27-1302** (22 άτομα) είναι επιβεβαιωμένη. Προσέλευση στην πύλη Ε8 έως 09:00.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch118Scenarios = [...faults, ...healthy];
