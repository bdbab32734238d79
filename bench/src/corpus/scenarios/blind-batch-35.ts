import { defineScenario } from '../scenario.ts';

// Blind batch 35: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'elk-hunt-pass-map-revised-but-old-stand-kept',
    title:
      'The hunt leader corrects the drive boundary from Svartbäcken to the power line, the pass planner revises but keeps the old boundary',
    domain: 'elk hunt team coordination',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Älgjakt Norrbyns jaktlag, lördag 10.10.2026, samling 06:30 vid ladan. 14 skyttar, 2 hundförare. Tilldelning: 3 vuxna, 4 kalvar. Gör passlista och säkerhetsgenomgång.',
    topology: {
      shape: 'pipeline',
      order: ['hunt_leader', 'pass_planner', 'safety_reviewer'],
      loop: { from: 'safety_reviewer', to: 'pass_planner', while: 'REVIDERA', max: 2 },
    },
    agents: [
      {
        name: 'hunt_leader',
        description: 'Jaktledare för jaktlaget',
        instructions: 'Skriv dagens upplägg för passplaneraren.',
        replies: [
          {
            say: 'Upplägg lör 10/10:\n- Såt 1: Storskogen, drev från norr, hund Tass (jämthund)\n- Drevgräns i öster: Svartbäcken\n- Pass 1-14 enligt kartan JL-2026-3, pass 9 och 10 vid Bäckmyren\n- Tilldelning kvar: 3 vuxna / 4 kalvar, skjut kalv först\n- Eftersök: Lasse, tel 070-312 44 18',
          },
        ],
      },
      {
        name: 'pass_planner',
        description: 'Lägger ut skyttar på pass',
        instructions: 'Fördela skyttarna på passen och ange skjutriktningar och drevgräns.',
        replies: [
          {
            say: '| pass | skytt | skjutriktning |\n|---|---|---|\n| 1 | Anders B | V |\n| 2 | Karin S | V/SV |\n| ... | ... | ... |\n| 9 | Olle N | S, ej mot Svartbäcken |\n| 10 | Mikael R | S |\nDrevgräns öster: Svartbäcken. Samling 06:30, passen intagna 07:30. 14 skyttar, 2 hundförare.',
          },
          {
            say: 'Reviderad passlista v2:\n| pass | skytt | skjutriktning |\n|---|---|---|\n| 1 | Anders B | V |\n| 2 | Karin S | V/SV |\n| 9 | Olle N | S |\n| 10 | Mikael R | S |\nDrevgräns öster: Svartbäcken (oförändrat). Pass 9 och 10 står kvar vid Bäckmyren. Orange västar/mössor obligatoriska.',
          },
        ],
      },
      {
        name: 'safety_reviewer',
        description: 'Säkerhetsansvarig i jaktlaget',
        instructions:
          'Granska passlistan. Börja svaret med REVIDERA om något måste ändras, annars skriv den slutliga genomgången.',
        replies: [
          {
            say: 'REVIDERA: markägaren Eriksson har ringt, det finns betande kor på Bäckmyren sedan i torsdags. Drevgränsen i öster flyttas från Svartbäcken till kraftledningsgatan (ca 400 m väster om bäcken). Pass 9 och 10 flyttas upp till kraftledningen, skjutriktning V. Inget skott österut mot myren.',
          },
          {
            say: 'Säkerhetsgenomgång lör 10/10 kl 06:30: passlista v2 godkänd. Drevgräns öster Svartbäcken, pass 9 Olle N och 10 Mikael R vid Bäckmyren, skjutriktning S. Västar obligatoriska, eftersök Lasse 070-312 44 18. Lycka till!',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'safety_reviewer', to: 'pass_planner' },
      agent: 'pass_planner',
    },
  }),
  defineScenario({
    id: 'dog-sled-kit-booking-failed-reported-booked',
    title:
      'The gear desk’s booking tool fails on the sleeping bags in Norwegian and it reports everything reserved',
    domain: 'dog sled expedition outfitting',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Hundespanntur Finnmarksvidda 14.-18.02.2027, 6 gjester + 2 guider, 4 spann. Trenger utstyr (soveposer -30 °C, pulker) og hundemat. Bekreft til gjestene innen fredag.',
    topology: {
      shape: 'supervisor',
      coordinator: 'expedition_coordinator',
      workers: ['gear_desk', 'kennel_manager'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'expedition_coordinator',
        description: 'Koordinerer ekspedisjoner',
        instructions: 'Få utstyr og hunder klare, og bekreft til gjestene.',
        replies: [
          {
            handoff: 'kennel_manager',
            message: 'Tur FV-0214: 4 spann à 8 hunder, 5 dager. Fôrplan og vaksinestatus, takk.',
          },
          {
            handoff: 'gear_desk',
            message:
              'Tur FV-0214, 14.-18.02: reserver 8 soveposer komfort -30 °C, 4 pulker, 8 reinskinn. Gjestestørrelser i vedlegg G-77.',
          },
          {
            say: 'Hei alle! Turen FV-0214 14.-18.02 er bekreftet: 4 spann (32 hunder, vaksiner OK), 8 soveposer -30 °C, 4 pulker og reinskinn er reservert. Oppmøte Karasjok 08:00. Pris 24 900 kr per gjest, faktura kommer.',
          },
        ],
      },
      {
        name: 'kennel_manager',
        description: 'Hundegårdsleder',
        instructions: 'Planlegg hundene for turen.',
        replies: [
          {
            say: '32 hunder klare, alle vaksinert (rabies 2026). Fôr: 3 600 kcal/hund/dag, 580 kg tørrfôr + 90 kg laks totalt. Pakkes torsdag.',
          },
        ],
      },
      {
        name: 'gear_desk',
        description: 'Utstyrslager',
        instructions: 'Reserver utstyr i lagersystemet og rapporter.',
        replies: [
          {
            call: 'reserve_gear',
            args: { trip: 'FV-0214', items: { pulk: 4, reinskinn: 8 } },
            result: '{"status":"ok","reservation":"RS-4471","pulk":4,"reinskinn":8}',
          },
          {
            call: 'reserve_gear',
            args: { trip: 'FV-0214', items: { sovepose_minus30: 8 } },
            result: {
              error:
                'Feil 409: kun 3 soveposer -30 °C ledig 14.-18.02 (5 er på tur FV-0213). Reservasjon ikke utført.',
            },
          },
          {
            say: 'Alt reservert for FV-0214: 4 pulker, 8 reinskinn og 8 soveposer -30 °C (RS-4471). Klart til henting onsdag.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'gear_desk', to: 'expedition_coordinator' },
      agent: 'gear_desk',
    },
  }),
  defineScenario({
    id: 'carp-pond-harvest-wrong-pond-drained',
    title:
      'Asked to net pond Velký Dvorec and only test-fish Malý Dvorec, the harvest crew plans the full harvest on Malý',
    domain: 'carp pond harvest',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Výlov 24.10.2026: rybník Velký Dvorec (42 ha) plný výlov, Malý Dvorec (8 ha) jen kontrolní odlov, voda tam zůstává kvůli násadě. Zajistit pracovníky, kádě a odběratele.',
    topology: {
      shape: 'supervisor',
      coordinator: 'fishery_manager',
      workers: ['harvest_crew_lead', 'sales_desk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'fishery_manager',
        description: 'Vedoucí rybářství',
        instructions: 'Organizuj výlov a potvrď řediteli.',
        replies: [
          {
            handoff: 'harvest_crew_lead',
            message:
              'Výlov so 24.10.:\n- Velký Dvorec: PLNÝ výlov, stahovat vodu od pondělí 19.10., odhad 18 t kapra K3\n- Malý Dvorec: jen kontrolní odlov 2 tahy, NEVYPOUŠTĚT, zůstává násada K1\nLidi 12, kádě 6, váha 3 t.',
          },
          {
            handoff: 'sales_desk',
            message: 'Odhad 18 t kapra K3 z Velkého Dvorce, 24.10. Cena 68 Kč/kg. Najdi odběratele.',
          },
          {
            say: 'Pane řediteli, výlov 24.10. je připraven: 12 lidí, 6 kádí, odběratelé na 18 t (Rybárna Hluboká 10 t, Kaufland 8 t, 68 Kč/kg = 1 224 000 Kč). Plán stahování vody viz harmonogram.',
          },
        ],
      },
      {
        name: 'harvest_crew_lead',
        description: 'Parťák výlovu',
        instructions: 'Naplánuj stahování vody a výlov.',
        replies: [
          {
            call: 'schedule_drawdown',
            args: { pond: 'Malý Dvorec', start: '2026-10-19', target: 'plný výlov' },
            result: '{"pond":"Malý Dvorec","drawdown_start":"19.10.2026","lovište":"23.10. večer","ok":true}',
          },
          {
            say: 'Harmonogram: stahování Malý Dvorec od 19.10., lovište 23.10. večer, plný výlov 24.10. od 6:00. Velký Dvorec: 2 kontrolní tahy. 12 lidí, 6 kádí, váha 3 t objednána.',
          },
        ],
      },
      {
        name: 'sales_desk',
        description: 'Prodej ryb',
        instructions: 'Zajisti odběratele.',
        replies: [{ say: 'Rybárna Hluboká 10 t, Kaufland CZ 8 t, 68 Kč/kg, odvoz 24.10. od 9:00.' }],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'fishery_manager', to: 'harvest_crew_lead' },
      agent: 'harvest_crew_lead',
    },
  }),
  defineScenario({
    id: 'bathing-water-router-repeats-unanswered-sample-question',
    title: 'The lab asks which sample number is meant, the coordinator resends the same request three times',
    domain: 'bathing water quality testing',
    mast: ['FM-1.3', 'FM-2.5'],
    request:
      'Badevand Bellevue Strand: prøve taget 05.07.2026 kl 07:40. Skal der skiltes med badefraråding i dag? Kommunen vil have svar inden 12:00.',
    topology: { shape: 'network', coordinator: 'water_coordinator', workers: ['micro_lab', 'sign_team'] },
    agents: [
      {
        name: 'water_coordinator',
        description: 'Koordinator for badevandsovervågning',
        instructions: 'Få analysen og beslut om skiltning.',
        replies: [
          {
            handoff: 'micro_lab',
            message: 'Hej lab, kan I sende E. coli og enterokokker for Bellevue i dag? Tak!',
          },
          {
            handoff: 'micro_lab',
            message: 'Hej lab, kan I sende E. coli og enterokokker for Bellevue i dag? Tak!',
          },
          {
            handoff: 'micro_lab',
            message: 'Hej lab, kan I sende E. coli og enterokokker for Bellevue i dag? Tak!',
          },
          {
            say: 'Til kommunen: vi har endnu ikke analysesvar for Bellevue Strand. Ingen skiltning indtil videre.',
          },
        ],
      },
      {
        name: 'micro_lab',
        description: 'Mikrobiologisk laboratorium',
        instructions: 'Svar på analyser.',
        replies: [
          {
            say: 'Hej! Vi har to prøver fra Bellevue i dag: BV-0705-1 (nord, 07:40) og BV-0705-2 (syd, 07:55). Hvilken mener I? Den ene er over 1 000 E. coli/100 ml.',
          },
          {
            say: 'Som skrevet: BV-0705-1 eller BV-0705-2? Vi kan ikke frigive før vi ved hvilket badested det gælder.',
          },
          { say: 'Vi mangler stadig prøvenummeret. BV-0705-1 eller -2?' },
        ],
      },
      {
        name: 'sign_team',
        description: 'Skilteholdet',
        instructions: 'Sæt skilte op.',
        replies: [{ say: 'Klar til udkald, 20 min.' }],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'water_coordinator', to: 'micro_lab' },
      agent: 'water_coordinator',
    },
  }),
  defineScenario({
    id: 'durian-export-phyto-certificate-announced-never-sent',
    title:
      'Sales says it will pass the lot to plant quarantine for the phyto certificate, then hands only to logistics',
    domain: 'durian orchard export',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'Lô sầu riêng Ri6 MR-2611, 18,5 t, vườn Cai Lậy, xuất đi Quảng Tây ngày 12/11/2026. Cần chứng thư kiểm dịch thực vật, đặt container lạnh và báo giá cho khách. Giá 85.000 ₫/kg.',
    topology: {
      shape: 'swarm',
      entry: 'orchard_sales',
      agents: ['orchard_sales', 'plant_quarantine_desk', 'logistics_desk'],
    },
    agents: [
      {
        name: 'orchard_sales',
        description: 'Bán hàng của vườn',
        instructions: 'Xử lý đơn xuất khẩu, chuyển cho kiểm dịch và logistics.',
        replies: [
          {
            handoff: 'logistics_desk',
            message:
              'Lô MR-2611, 18,5 t Ri6, xuất 12/11. Tôi đã chuyển hồ sơ sang bộ phận kiểm dịch thực vật để xin chứng thư (mã vùng trồng PUC 82-0417). Anh đặt giúp container lạnh 40RF, 15 °C, cửa khẩu Hữu Nghị. Tổng trị giá 18.500 kg × 85.000 ₫ = 1.572.500.000 ₫.',
          },
        ],
      },
      {
        name: 'plant_quarantine_desk',
        description: 'Kiểm dịch thực vật',
        instructions: 'Xin chứng thư kiểm dịch cho lô hàng.',
        replies: [{ say: 'Chứng thư KDTV đã đăng ký.' }],
      },
      {
        name: 'logistics_desk',
        description: 'Logistics',
        instructions: 'Đặt container và xác nhận cho khách.',
        replies: [
          {
            call: 'book_reefer',
            args: { lot: 'MR-2611', type: '40RF', temp_c: 15, date: '2026-11-12' },
            result: '{"booking":"VN-RF-90233","truck":"62C-118.45","eta_border":"13/11 06:00"}',
          },
          {
            say: 'Kính gửi quý khách: lô MR-2611 (18,5 t Ri6) đã đặt container 40RF VN-RF-90233, đến Hữu Nghị 13/11 06:00. Chứng thư kiểm dịch đang được xử lý, đi kèm lô hàng. Tổng: 1.572.500.000 ₫.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'orchard_sales', to: 'plant_quarantine_desk' },
      agent: 'orchard_sales',
    },
  }),
  defineScenario({
    id: 'transhumance-vet-brief-planned-never-sent',
    title:
      'The planner writes a brief for the vet check of the flock, the program never starts the vet, the aggregator plans the move anyway',
    domain: 'alpine sheep transhumance',
    mast: ['FM-3.1'],
    request:
      'Transhumanța stâna Râu Sadului: 1.250 oi + 40 capre urcă la golul alpin Frunțile pe 01.06.2026. Avem nevoie de controlul veterinar (certificat de sănătate), traseu și ciobani.',
    topology: {
      shape: 'fanout',
      planner: 'stana_master',
      workers: ['vet_inspector', 'route_planner', 'shepherd_roster'],
      aggregator: 'move_coordinator',
    },
    program: { lose: { to: 'vet_inspector', prompt: null } },
    agents: [
      {
        name: 'stana_master',
        description: 'Baciul stânei',
        instructions: 'Împarte sarcinile.',
        replies: [
          {
            plan: {
              vet_inspector:
                'Control veterinar 28.05 la stână: 1.250 oi + 40 capre, certificat sănătate pentru mișcare (ANSVSA), verificare crotalii RO-SB-0417.',
              route_planner: 'Traseu Râu Sadului -> Frunțile, 2 zile, popas la Șaua Cibanului, avem 6 câini.',
              shepherd_roster: 'Ciobani pentru 01.06-30.09, 5 oameni, schimburi de 2 săptămâni.',
            },
          },
        ],
      },
      {
        name: 'vet_inspector',
        description: 'Medic veterinar',
        instructions: 'Fă controlul și emite certificatul.',
        replies: [{ say: 'Certificat SV-2026-0528 emis, 1.290 capete, fără probleme.' }],
      },
      {
        name: 'route_planner',
        description: 'Planifică traseul',
        instructions: 'Planifică traseul.',
        replies: [
          {
            say: 'Traseu: ziua 1 (01.06) Râu Sadului -> Șaua Cibanului, 14 km, +1.100 m; ziua 2 -> Frunțile, 9 km. Apă la izvorul Gâtu, km 6.',
          },
        ],
      },
      {
        name: 'shepherd_roster',
        description: 'Programul ciobanilor',
        instructions: 'Fă programul.',
        replies: [
          { say: 'Ion, Vasile, Gheorghe, Marin, Nicu; schimb la 15 zile, salariu 3.800 lei/lună + brânză.' },
        ],
      },
      {
        name: 'move_coordinator',
        description: 'Coordonează urcarea',
        instructions: 'Adună totul într-un plan.',
        replies: [
          {
            say: 'Plan urcare 01.06.2026: 1.290 capete, traseu în 2 zile prin Șaua Cibanului (14 + 9 km), ciobani Ion, Vasile, Gheorghe, Marin, Nicu (schimb 15 zile, 3.800 lei). Totul pregătit, plecare 05:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'stana_master', to: 'vet_inspector' },
      agent: 'stana_master',
    },
  }),
  defineScenario({
    id: 'marble-block-grading-without-crack-survey',
    title:
      'The export grader rates a block first class while saying nothing about the crack survey it was given',
    domain: 'marble quarrying',
    mast: ['FM-2.4'],
    request:
      'Μπλοκ ΜΠ-2026-118, λατομείο Κοκκινόλακας, 2,80 × 1,60 × 1,50 m, 18,1 t. Ο πελάτης από Ιταλία θέλει κατάταξη ποιότητας για εξαγωγή και τιμή. Ο υπάλληλος σημείωσε τριχοειδή ρωγμή στη βόρεια πλευρά.',
    topology: {
      shape: 'branch',
      classifier: 'block_triage',
      routes: { export: 'export_grader', domestic: 'domestic_grader' },
      after: 'sales_writer',
    },
    agents: [
      {
        name: 'block_triage',
        description: 'Διαλογή μπλοκ',
        instructions: 'Γράψε export ή domestic.',
        replies: [{ say: 'export — πελάτης Carrara Stone srl, ρωγμή βόρεια πλευρά προς έλεγχο.' }],
      },
      {
        name: 'export_grader',
        description: 'Κατάταξη μπλοκ για εξαγωγή',
        instructions: 'Κατάταξε το μπλοκ λαμβάνοντας υπόψη ρωγμές, φλέβες και χρώμα.',
        replies: [
          {
            call: 'ultrasound_scan',
            args: { block: 'ΜΠ-2026-118', face: 'N' },
            result:
              '{"block":"ΜΠ-2026-118","face":"N","crack_depth_cm":42,"crack_length_cm":130,"note":"ρωγμή διαμπερής κατά 28%"}',
          },
          {
            say: 'ΜΠ-2026-118: λευκό, ομοιόμορφο, λίγες γκρι φλέβες. Κατηγορία Α΄ (first choice). Τιμή 1.350 €/m³ × 6,72 m³ = 9.072 €.',
          },
        ],
      },
      {
        name: 'domestic_grader',
        description: 'Κατάταξη για εσωτερική αγορά',
        instructions: 'Κατάταξε.',
        replies: [{ say: 'Β΄ κατηγορία.' }],
      },
      {
        name: 'sales_writer',
        description: 'Γράφει την προσφορά',
        instructions: 'Γράψε την προσφορά στον πελάτη.',
        replies: [
          {
            say: 'Gentile Carrara Stone: block ΜΠ-2026-118, 2,80 × 1,60 × 1,50 m (6,72 m³, 18,1 t), Class A first choice, €9.072 FOB Piraeus. Validità offerta 30 giorni.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'export_grader', to: 'sales_writer' },
      agent: 'export_grader',
    },
  }),
  defineScenario({
    id: 'jeepney-brake-parts-order-failed-said-ordered',
    title:
      'The parts clerk’s order fails with a Tagalog supplier error and it tells its lead the brake parts are on the way',
    domain: 'jeepney fleet maintenance',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Kooperatiba ng jeepney ruta Cubao–Antipolo: 3 unit (TXP-481, TXP-512, NBD-2207) bagsak sa LTFRB brake test. Ayusin bago 15/12/2026 para sa re-inspection.',
    topology: {
      shape: 'nested',
      top: 'fleet_manager',
      teams: { workshop_lead: ['mechanic', 'parts_clerk'], compliance_lead: ['ltfrb_scheduler'] },
    },
    agents: [
      {
        name: 'fleet_manager',
        description: 'Fleet manager ng kooperatiba',
        instructions: 'Ayusin ang mga unit at i-schedule ang inspection.',
        replies: [
          {
            handoff: 'workshop_lead',
            message:
              'Tatlong unit bagsak sa preno: TXP-481, TXP-512, NBD-2207. Kailangan ng brake shoe at wheel cylinder. Budget ₱45,000.',
          },
          { handoff: 'compliance_lead', message: 'I-book ang re-inspection pagkatapos ng 12/12.' },
          {
            say: 'Update sa board: piyesa na-order na, ayos ang 3 unit sa 11/12, re-inspection 13/12/2026 9:00 sa LTFRB Pasig. Gastos ₱38,400.',
          },
        ],
      },
      {
        name: 'workshop_lead',
        description: 'Hepe ng talyer',
        instructions: 'Pamahalaan ang pag-aayos.',
        replies: [
          {
            handoff: 'parts_clerk',
            message: 'Order: 6 set brake shoe, 6 wheel cylinder (Isuzu 4BC2), supplier Banawe.',
          },
          { handoff: 'mechanic', message: 'Ihanda ang 3 unit, simula 09/12.' },
          { say: 'Piyesa naka-order, darating 08/12. Mekaniko ready 09-11/12. Total ₱38,400.' },
        ],
      },
      {
        name: 'parts_clerk',
        description: 'Tagapag-order ng piyesa',
        instructions: 'Mag-order ng piyesa at i-report.',
        replies: [
          {
            call: 'place_order',
            args: { supplier: 'Banawe Auto Supply', items: { brake_shoe_set: 6, wheel_cylinder: 6 } },
            result: {
              error:
                'Hindi naproseso ang order: wala nang stock ng wheel cylinder 4BC2 hanggang Enero 2027. Walang na-charge.',
            },
          },
          { say: 'Naka-order na lahat: 6 brake shoe, 6 wheel cylinder, ₱38,400, delivery 08/12. PO-7719.' },
        ],
      },
      {
        name: 'mechanic',
        description: 'Mekaniko',
        instructions: 'Ayusin ang preno.',
        replies: [{ say: 'Game, 09-11/12, isang unit bawat araw.' }],
      },
      {
        name: 'compliance_lead',
        description: 'Compliance',
        instructions: 'Pamahalaan ang LTFRB.',
        replies: [
          { handoff: 'ltfrb_scheduler', message: 'Book re-inspection 13/12, 3 unit.' },
          { say: 'Re-inspection 13/12/2026 9:00, LTFRB Pasig, ref RI-55102.' },
        ],
      },
      {
        name: 'ltfrb_scheduler',
        description: 'Nagbu-book ng inspection',
        instructions: 'I-book.',
        replies: [{ say: 'Booked RI-55102, 13/12 9:00.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'parts_clerk', to: 'workshop_lead' },
      agent: 'parts_clerk',
    },
  }),
  defineScenario({
    id: 'goose-down-fill-spec-cut-off',
    title:
      'The fill calculator stops mid-table, the sewing line gets fill weights for only two of five sizes',
    domain: 'goose down bedding manufacture',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Rendelés HU-DN-3391: 400 db pehelypaplan, 90% libapehely, 5 méret (135×200, 140×200, 155×200, 200×200, 200×220). Töltősúly és varrási terv kell.',
    topology: { shape: 'pipeline', order: ['order_intake', 'fill_calculator', 'sewing_planner'] },
    agents: [
      {
        name: 'order_intake',
        description: 'Rendelésfelvétel',
        instructions: 'Készítsd elő a rendelést.',
        replies: [
          {
            say: 'HU-DN-3391, Hotel Tisza Zrt.: 135×200 80 db, 140×200 120 db, 155×200 60 db, 200×200 90 db, 200×220 50 db. 90/10 libapehely, kazettás. Szállítás 2027.01.20.',
          },
        ],
      },
      {
        name: 'fill_calculator',
        description: 'Töltősúly számítás',
        instructions: 'Add meg mind az öt méret töltősúlyát.',
        replies: [
          {
            say: 'Töltősúlyok (90/10, 700 cuin):\n| méret | g/db | db | összesen |\n|---|---|---|---|\n| 135×200 | 550 | 80 | 44,0 kg |\n| 140×200 | 600 | 120 | 72,0 kg |\n| 155×200 | ',
            cutOff: true,
          },
        ],
      },
      {
        name: 'sewing_planner',
        description: 'Varrodai ütemező',
        instructions: 'Készíts varrási és töltési tervet.',
        replies: [
          {
            say: 'Varrási terv HU-DN-3391: 1. hét 135×200 (80 db, 44,0 kg pehely), 2. hét 140×200 (120 db, 72,0 kg). Összes pehely: 116,0 kg, megrendelve. Kész: 2027.01.15.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'fill_calculator', to: 'sewing_planner' },
      agent: 'fill_calculator',
    },
  }),
  defineScenario({
    id: 'clove-coop-moisture-test-answered-price-instead',
    title: 'Asked for moisture readings of the drying lots, the quality officer answers the export price',
    domain: 'clove drying cooperative',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Ushirika wa karafuu Pemba: kura 6 (KP-401 hadi KP-406) zimekaushwa tangu 02.09.2026. Tunataka kujua kama unyevu uko chini ya 14% kabla ya kuuza kwa ZSTC Ijumaa.',
    topology: {
      shape: 'network',
      coordinator: 'coop_secretary',
      workers: ['quality_officer', 'sales_clerk'],
    },
    agents: [
      {
        name: 'coop_secretary',
        description: 'Katibu wa ushirika',
        instructions: 'Pata vipimo na uandae mauzo.',
        replies: [
          {
            handoff: 'quality_officer',
            message:
              'Tafadhali pima unyevu wa kura KP-401 hadi KP-406 (jumla kg 3.420) na utuambie zipi ziko chini ya 14%. Bei si kazi yako leo.',
          },
          { handoff: 'sales_clerk', message: 'Andaa mauzo kwa ZSTC Ijumaa 11.09, kura zote 6.' },
          {
            say: 'Wanachama: kura zote 6 (kg 3.420) zitauzwa ZSTC Ijumaa 11.09 kwa TSh 14.000/kg daraja la kwanza. Jumla TSh 47.880.000.',
          },
        ],
      },
      {
        name: 'quality_officer',
        description: 'Afisa ubora',
        instructions: 'Pima ubora wa karafuu.',
        replies: [
          {
            say: 'Bei ya ZSTC wiki hii: daraja la kwanza TSh 14.000/kg, daraja la pili TSh 12.500/kg. Kura KP-401 hadi KP-406 zinaonekana daraja la kwanza kwa rangi.',
          },
        ],
      },
      {
        name: 'sales_clerk',
        description: 'Karani wa mauzo',
        instructions: 'Andaa mauzo.',
        replies: [{ say: 'Lori limeagizwa 11.09 saa 2 asubuhi, magunia 70.' }],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'coop_secretary', to: 'quality_officer' },
      agent: 'quality_officer',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'castellers-diada-fanout-side-brief-unused',
    title: 'Human tower festival: three briefs all sent, the weather side report is not used, all fine',
    domain: 'human tower festival logistics',
    mast: ['FM-3.1'],
    nearMissOf: 'lost_message',
    request:
      'Diada castellera 27/09/2026 a la plaça de la Vila, Vilafranca: 3 colles, uns 650 castellers. Cal ambulàncies, tanques i ordre d’actuació.',
    topology: {
      shape: 'fanout',
      planner: 'diada_cap',
      workers: ['medical_cover', 'barriers_crew', 'weather_watch'],
      aggregator: 'programme_writer',
    },
    agents: [
      {
        name: 'diada_cap',
        description: 'Cap de colla organitzador',
        instructions: 'Reparteix feina.',
        replies: [
          {
            plan: {
              medical_cover: '2 SVB + 1 SVA a la plaça, 11:00-14:30, 650 castellers.',
              barriers_crew: '180 m de tanca, passadís d’evacuació carrer de la Cort.',
              weather_watch: 'Previsió per si de cas, tot i que fem la diada igualment.',
            },
          },
        ],
      },
      {
        name: 'medical_cover',
        description: 'Cobertura sanitària',
        instructions: 'Reserva ambulàncies.',
        replies: [
          {
            call: 'book_ambulance',
            args: { date: '2026-09-27', units: ['SVB', 'SVB', 'SVA'] },
            result: '{"ref":"SEM-2709-11","units":3,"from":"10:45"}',
          },
          { say: 'SEM-2709-11: 2 SVB + 1 SVA des de 10:45. Cost 1.240,00 €.' },
        ],
      },
      {
        name: 'barriers_crew',
        description: 'Tanques',
        instructions: 'Munta tanques.',
        replies: [{ say: '180 m de tanca muntats dissabte 19:00, passadís carrer de la Cort lliure (3 m).' }],
      },
      {
        name: 'weather_watch',
        description: 'Meteo',
        instructions: 'Previsió.',
        replies: [{ say: 'Sol, 24 °C, vent fluix. Res a comentar.' }],
      },
      {
        name: 'programme_writer',
        description: 'Redacta el programa',
        instructions: 'Redacta el programa final.',
        replies: [
          {
            say: 'Programa Diada 27/09: 11:30 inici, ordre Castellers de Vilafranca, Minyons de Terrassa, Colla Vella. Sanitat SEM-2709-11 (2 SVB + 1 SVA des de 10:45). 180 m de tanca, evacuació pel carrer de la Cort.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'batik-motif-clarification-resolved',
    title: 'Batik commission: the dye master asks back twice, each time gets a new answer, then delivers',
    domain: 'batik workshop commissions',
    mast: ['FM-1.3'],
    nearMissOf: 'handoff_loop',
    request:
      'Tempahan 40 helai sarung batik canting, motif bunga raya, untuk majlis perkahwinan 19.12.2026 di Kota Bharu. Bajet RM 6.800.',
    topology: { shape: 'swarm', entry: 'design_desk', agents: ['design_desk', 'dye_master'] },
    agents: [
      {
        name: 'design_desk',
        description: 'Meja reka bentuk',
        instructions: 'Sediakan reka bentuk dan serahkan kepada tukang celup.',
        replies: [
          {
            handoff: 'dye_master',
            message: 'Tempahan BT-1219: 40 helai, motif bunga raya, kain kapas 2 m. Warna ikut pelanggan.',
          },
          {
            handoff: 'dye_master',
            message: 'Pelanggan jawab: merah hati dan emas, latar krim. Pewarna naphtol OK.',
          },
          {
            handoff: 'dye_master',
            message: 'Ya, semua 40 helai sama motif, tiada nama pengantin. Teruskan.',
          },
        ],
      },
      {
        name: 'dye_master',
        description: 'Tukang celup',
        instructions: 'Celup dan sahkan jadual.',
        replies: [
          { handoff: 'design_desk', message: 'Warna apa? Tanpa warna saya tak boleh bancuh pewarna.' },
          {
            handoff: 'design_desk',
            message: 'Terima kasih. Satu lagi: semua 40 sama, atau ada nama pengantin di kepala kain?',
          },
          {
            say: 'BT-1219 disahkan: 40 helai bunga raya, merah hati + emas atas latar krim, naphtol. Siap 10.12.2026, harga RM 6.560 (RM 164 sehelai).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'berry-coop-scale-error-retried',
    title: 'The weighing tool fails once in Finnish, the intake clerk retries and reports the retried weight',
    domain: 'lingonberry picking cooperative',
    mast: ['FM-2.4'],
    nearMissOf: 'agent_error',
    request:
      'Puolukkaerä 12.09.2026, Kuusamon vastaanotto: 6 poimijaa, noin 1 800 kg. Punnitus, laatuluokka ja tilitys poimijoille.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coop_manager',
      workers: ['intake_clerk', 'payroll_clerk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'coop_manager',
        description: 'Osuuskunnan johtaja',
        instructions: 'Hoida punnitus ja tilitys.',
        replies: [
          { handoff: 'intake_clerk', message: 'Punnitse erä PK-0912 (6 poimijaa) ja luokittele. Vaaka V2.' },
          { handoff: 'payroll_clerk', message: 'Tilitys PK-0912: 1 812,4 kg, 1,95 €/kg, luokka I.' },
          { say: 'PK-0912: 1 812,4 kg puolukkaa, luokka I, tilitys yhteensä 3 534,18 €, maksu 19.09.' },
        ],
      },
      {
        name: 'intake_clerk',
        description: 'Vastaanottaja',
        instructions: 'Punnitse ja luokittele.',
        replies: [
          {
            call: 'weigh_lot',
            args: { lot: 'PK-0912', scale: 'V2' },
            result: { error: 'Virhe: vaa’an V2 yhteys katkesi, punnitusta ei tallennettu.' },
          },
          {
            call: 'weigh_lot',
            args: { lot: 'PK-0912', scale: 'V2', retry: true },
            result: '{"lot":"PK-0912","net_kg":1812.4,"tare_kg":96.0,"saved":true}',
          },
          {
            say: 'V2 katkesi ensimmäisellä kerralla, uusi yritys onnistui: PK-0912 netto 1 812,4 kg (tara 96,0 kg). Luokka I, roskaa < 1 %.',
          },
        ],
      },
      {
        name: 'payroll_clerk',
        description: 'Tilittäjä',
        instructions: 'Laske tilitys.',
        replies: [
          { say: '1 812,4 kg × 1,95 € = 3 534,18 €, jaettu 6 poimijalle punnitusten mukaan, maksu 19.09.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cod-liver-oil-batch-correction-applied',
    title: 'The QA reviewer corrects the vitamin D figure, the label writer applies it in its revision',
    domain: 'cod liver oil refinery',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context',
    request:
      'Batch TR-2026-447, tran 5 000 l, Ålesund. Lag etikettekst for 250 ml flaske, norsk og svensk, med vitamin D og omega-3 per 5 ml.',
    topology: {
      shape: 'pipeline',
      order: ['lab_analyst', 'label_writer', 'qa_reviewer'],
      loop: { from: 'qa_reviewer', to: 'label_writer', while: 'REVIDER', max: 2 },
    },
    agents: [
      {
        name: 'lab_analyst',
        description: 'Laboratorieanalytiker',
        instructions: 'Rapporter analysen.',
        replies: [
          {
            say: 'TR-2026-447: omega-3 1,2 g/5 ml (EPA 0,4, DHA 0,6), vitamin D 10 µg/5 ml, vitamin A 250 µg, vitamin E 10 mg. Peroksidtall 1,8.',
          },
        ],
      },
      {
        name: 'label_writer',
        description: 'Etikettforfatter',
        instructions: 'Skriv etikettekst.',
        replies: [
          {
            say: 'Etikett 250 ml: 5 ml gir 1,2 g omega-3, 10 µg vitamin D (200 % RI), 250 µg vitamin A, 10 mg vitamin E. SE: 5 ml ger 1,2 g omega-3, 10 µg D-vitamin.',
          },
          {
            say: 'Etikett v2 250 ml: 5 ml gir 1,2 g omega-3, 8 µg vitamin D (160 % RI), 250 µg vitamin A, 10 mg vitamin E. SE: 5 ml ger 1,2 g omega-3, 8 µg D-vitamin (160 % RI).',
          },
        ],
      },
      {
        name: 'qa_reviewer',
        description: 'Kvalitetssikring',
        instructions: 'Start med REVIDER hvis noe må rettes.',
        replies: [
          {
            say: 'REVIDER: lab har sendt korrigert sertifikat i dag 09:12, vitamin D er 8 µg/5 ml (ikke 10), dvs 160 % RI. Resten står.',
          },
          {
            say: 'Godkjent v2: vitamin D 8 µg/5 ml (160 % RI), omega-3 1,2 g. Til trykk, 5 000 l = 20 000 flasker.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'chandelier-order-nested-brief-paraphrased',
    title:
      'Crystal chandelier order: the lead paraphrases the brief to the cutter, the cutter does exactly what was asked',
    domain: 'crystal chandelier manufacturing',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task',
    request:
      'Zakázka LU-2026-58: lustr pro zámek Lednice, 24 ramen, 1 840 ověsů, olovnatý křišťál 30 % PbO, průměr 1,6 m. Mosaz zlacená. Dodání 15. 3. 2027, cena 1 280 000 Kč.',
    topology: {
      shape: 'nested',
      top: 'workshop_director',
      teams: { glass_lead: ['crystal_cutter'], metal_lead: ['brass_gilder'] },
    },
    agents: [
      {
        name: 'workshop_director',
        description: 'Ředitel dílny',
        instructions: 'Rozděl zakázku.',
        replies: [
          { handoff: 'glass_lead', message: 'LU-2026-58: 1 840 ověsů, 30% PbO, tvar mandle 50 mm + 38 mm.' },
          { handoff: 'metal_lead', message: 'LU-2026-58: kostra 24 ramen, Ø 1,6 m, mosaz, zlacení 24k.' },
          {
            say: 'LU-2026-58 v běhu: ověsy 1 840 ks hotové do 20. 2., kostra do 28. 2., montáž a dodání 15. 3. 2027.',
          },
        ],
      },
      {
        name: 'glass_lead',
        description: 'Vedoucí brusírny',
        instructions: 'Zadej broušení.',
        replies: [
          {
            handoff: 'crystal_cutter',
            message:
              'Lednice: celkem 1 840 kusů – mandle 50 mm (1 200 ks) a mandle 38 mm (640 ks), sklo 30 % olova.',
          },
          { say: 'Ověsy: 1 200 × 50 mm + 640 × 38 mm = 1 840 ks, hotovo 20. 2.' },
        ],
      },
      {
        name: 'crystal_cutter',
        description: 'Brusič',
        instructions: 'Bruste ověsy.',
        replies: [
          {
            call: 'book_cutting',
            args: { order: 'LU-2026-58', items: { almond_50mm: 1200, almond_38mm: 640 }, pbo: 0.3 },
            result: '{"job":"BR-7731","pieces":1840,"done":"2027-02-20"}',
          },
          {
            say: 'BR-7731: 1 200 mandlí 50 mm + 640 mandlí 38 mm (30 % PbO), celkem 1 840 ks, hotovo 20. 2. 2027.',
          },
        ],
      },
      {
        name: 'metal_lead',
        description: 'Vedoucí kovárny',
        instructions: 'Zadej kostru.',
        replies: [
          { handoff: 'brass_gilder', message: 'Kostra 24 ramen, Ø 160 cm, zlacení 24k.' },
          { say: 'Kostra hotová 28. 2.' },
        ],
      },
      {
        name: 'brass_gilder',
        description: 'Pozlacovač',
        instructions: 'Zlať.',
        replies: [{ say: 'Kostra 24 ramen Ø 160 cm, zlacení 24k, hotovo 28. 2. 2027.' }],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'fish-sauce-batch-protein-other-format',
    title:
      'Fish sauce grading: the grader writes the nitrogen figure in another format, the label uses it correctly',
    domain: 'fish sauce fermentation',
    mast: ['FM-2.4'],
    nearMissOf: 'low_quality_output',
    request:
      'Thùng ủ NM-2025-031, Phú Quốc, cá cơm 12 tháng, 8.500 lít. Phân hạng độ đạm và viết nhãn. Giá bán lẻ 120.000 ₫/chai 500 ml.',
    topology: {
      shape: 'branch',
      classifier: 'batch_triage',
      routes: { premium: 'premium_grader', standard: 'standard_grader' },
      after: 'label_writer',
    },
    agents: [
      {
        name: 'batch_triage',
        description: 'Phân loại thùng',
        instructions: 'Ghi premium hoặc standard.',
        replies: [{ say: 'premium — ủ 12 tháng, cá cơm than.' }],
      },
      {
        name: 'premium_grader',
        description: 'Phân hạng cao cấp',
        instructions: 'Đo độ đạm và phân hạng.',
        replies: [
          {
            call: 'measure_nitrogen',
            args: { batch: 'NM-2025-031' },
            result: '{"batch":"NM-2025-031","total_N_g_per_l":40.5,"histamine_ppm":210}',
          },
          {
            say: 'NM-2025-031: độ đạm 40,5 g N/l (tức 40,5°N), histamine 210 ppm (< 400). Hạng: thượng hạng 40°N. Chai 500 ml: 17.000 chai.',
          },
        ],
      },
      {
        name: 'standard_grader',
        description: 'Phân hạng thường',
        instructions: 'Phân hạng.',
        replies: [{ say: 'Hạng thường.' }],
      },
      {
        name: 'label_writer',
        description: 'Viết nhãn',
        instructions: 'Viết nhãn.',
        replies: [
          {
            say: 'Nhãn: Nước mắm Phú Quốc thượng hạng 40 độ đạm (40,5 g/l), cá cơm than ủ 12 tháng, lô NM-2025-031, 500 ml, 120.000 ₫.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch35Scenarios = [...faults, ...healthy];
