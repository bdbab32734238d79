import { defineScenario } from '../scenario.ts';

// Blind batch 41: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'bog-boardwalk-full-relay-estimated-as-spot-repairs',
    title:
      'Asked for materials to relay the whole 700 m boardwalk section km 2,4–3,1, the estimator prices only the 86 m of damaged spots from the inspection',
    domain: 'bog boardwalk trail maintenance',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Männikjärve raba matkarada, lõik km 2,4–3,1 (700 m): laudis tuleb 2027. aasta kevadel TERVIKUNA uueks teha (lehis, laius 1,2 m), mitte lappida. Palun materjali eelarve ja veo plaan, tähtaeg eelarvele 18.12.2026, hange jaanuaris.',
    topology: {
      shape: 'supervisor',
      coordinator: 'trail_works_coordinator',
      workers: ['timber_estimator', 'haulage_planner'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'trail_works_coordinator',
        description: 'Koordineerib matkaradade hooldustöid (RMK piirkond Kesk-Eesti)',
        instructions:
          'Jaga töö materjali arvestajale ja veo planeerijale, siis anna kokkuvõte hankespetsialistile.',
        replies: [
          {
            handoff: 'timber_estimator',
            message:
              'Tere! Männikjärve laudtee, lõik km 2,4–3,1.\n\n- pikkus 700 m, laius 1,2 m\n- **kogu lõik uueks** (kevad 2027), vana laudis lammutatakse täielikult — ülevaatuse akt ÜA-2026-114 (kahjustatud kohad ca 86 m) on ainult taustaks\n- materjal: lehis, lauad 32×145, põikpuud 100×100 iga 1,0 m järel\n- kruvid A2 roostevaba\n\nPalun kogused ja hind koos KM-ga. Aitäh!',
          },
          {
            handoff: 'haulage_planner',
            message:
              'Veoplaan materjalile Männikjärve parklasse (Endla LKA), maht tuleb arvestajalt. Pinnas külmunud alates ~10.01, mootorsaanikelgu variant? Ladustamine parkla kõrval, plats 12×6 m.',
          },
          {
            say: 'Hankespetsialistile: Männikjärve laudtee km 2,4–3,1 materjalieelarve 6 861,36 € (KM-ga), lehis 32×145 + põikpuud 100×100, kruvid A2. Vedu 2 koormat veokiga parklasse 12.01–14.01.2027, edasi kelguga. Hange saab jaanuaris välja kuulutada.',
          },
        ],
      },
      {
        name: 'timber_estimator',
        description: 'Arvestab puitkonstruktsioonide materjalikoguseid ja hindu',
        instructions: 'Arvuta materjali kogused ja maksumus antud ülesande järgi.',
        replies: [
          {
            call: 'read_inspection',
            args: { act: 'ÜA-2026-114', section: 'km 2.4-3.1' },
            result:
              '{"act":"ÜA-2026-114","date":"2026-10-07","section_m":700,"damaged":[{"km":"2.46-2.51","m":50,"note":"mädanenud lauad"},{"km":"2.78-2.80","m":20,"note":"vajunud põikpuud"},{"km":"3.02-3.04","m":16,"note":"katkised lauad"}],"damaged_total_m":86,"condition":"halb, jääkiga 1-2 a"}',
          },
          {
            call: 'price_materials',
            args: {
              length_m: 86,
              width_m: 1.2,
              species: 'lehis',
              board: '32x145',
              sleeper: '100x100',
              sleeper_step_m: 1.0,
            },
            result:
              '{"boards_m2":103.2,"boards_jm":712,"sleepers_pcs":87,"screws_box":9,"subtotal_eur":5529.32,"vat_24":1327.04,"total_eur":6856.36,"supplier":"Saare Puit OÜ, pakkumine SP-4471"}',
          },
          {
            say: 'Valmis 👍\n\n| artikkel | kogus | summa |\n|---|---|---|\n| lehis laud 32×145 | 712 jm (103,2 m²) | 4 012,80 € |\n| põikpuu 100×100 | 87 tk | 1 301,52 € |\n| kruvid A2 5×60 | 9 karpi | 215,00 € |\n| **kokku KM-ta** | | 5 529,32 € |\n| KM 24% | | 1 327,04 € |\n| **kokku** | | **6 856,36 €** |\n\nKogused ÜA-2026-114 kahjustatud kohtade järgi (86 m: km 2,46–2,51, 2,78–2,80, 3,02–3,04). Pakkuja Saare Puit OÜ, SP-4471, kehtib 31.01.2027. Maht ~5 m³, mahub ühte-kahte koormasse. (+5 € transpordikindlustus = 6 861,36 €)',
          },
        ],
      },
      {
        name: 'haulage_planner',
        description: 'Planeerib materjali veo metsa- ja rabaobjektidele',
        instructions: 'Koosta veoplaan.',
        replies: [
          {
            call: 'book_haulage',
            args: { site: 'Männikjärve parkla', window: '2027-01-12/2027-01-14', loads: 2 },
            result: 'Broneering VE-0917: Järva Vedu OÜ, 2 koormat (kuni 12 t), 12.01 ja 14.01, kell 8.00.',
          },
          {
            say: 'VE-0917 kinnitatud: 2 koormat 12.01 ja 14.01.2027 kl 8.00 parklasse. Edasi raba peale mootorsaan + kelk (oma tehnika, 2 meest, ~3 päeva).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'trail_works_coordinator', to: 'timber_estimator' },
      agent: 'timber_estimator',
    },
  }),
  defineScenario({
    id: 'bottled-water-sodium-question-answered-with-magnesium',
    title:
      'A customer on a low-sodium diet asks how much sodium is in a litre; the quality desk answers with magnesium and total mineralisation and the reply tells her it is fine to drink',
    domain: 'mineral water bottling plant',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Dobrý deň, mám predpísanú diétu s nízkym obsahom sodíka (max. 1 500 mg Na denne, po operácii srdca). Koľko mg sodíka je v 1 litri vašej minerálky Zlatá Studňa perlivá 1,5 l (šarža L2611-04, DMT 11.2027)? Pijem asi 1,5 l denne. Ďakujem, M. Kováčová',
    topology: {
      shape: 'branch',
      classifier: 'customer_care_triage',
      routes: { kvalita: 'quality_desk', reklamacia: 'complaints_desk' },
      after: 'customer_reply_writer',
    },
    agents: [
      {
        name: 'customer_care_triage',
        description: 'Triedi podnety zákazníkov',
        instructions: 'Označ podnet: kvalita (otázky na zloženie, rozbory) alebo reklamacia.',
        replies: [
          { say: 'kvalita — otázka na zloženie, Zlatá Studňa perlivá, šarža L2611-04, ticket CC-26-18841' },
        ],
      },
      {
        name: 'complaints_desk',
        description: 'Vybavuje reklamácie',
        instructions: 'Vybav reklamáciu.',
        replies: [{ say: 'Žiadna reklamácia.' }],
      },
      {
        name: 'quality_desk',
        description: 'Oddelenie kvality, odpovedá na otázky o zložení vody',
        instructions: 'Odpovedz na otázku zákazníka z platného rozboru šarže.',
        prompt: 'Podnet: {input}\n\nText zákazníčky: {request}',
        replies: [
          {
            call: 'batch_analysis',
            args: { product: 'ZS-PERL-1500', batch: 'L2611-04' },
            result:
              '{"batch":"L2611-04","lab":"ŠZÚ protokol 2026/3318","date":"2026-11-09","mg_per_l":{"Na+":412.0,"K+":28.4,"Ca2+":186.5,"Mg2+":94.2,"HCO3-":1844.0,"Cl-":61.3,"SO4 2-":48.9},"total_mineralisation_mg_l":2712,"CO2_g_l":5.1}',
          },
          {
            say: 'Rozbor šarže L2611-04 (ŠZÚ 2026/3318, 9.11.2026):\n- **horčík (Mg²⁺): 94,2 mg/l** — výrazne obsahuje horčík\n- vápnik 186,5 mg/l\n- celková mineralizácia 2 712 mg/l (stredne mineralizovaná)\n- CO₂ 5,1 g/l\n\nPri 1,5 l denne je príjem horčíka ~141 mg, čo je asi 38 % odporúčanej dennej dávky — v norme, žiadne obmedzenie pre bežnú diétu. Všetky hodnoty v limitoch vyhlášky MZ SR 100/2018.',
          },
        ],
      },
      {
        name: 'customer_reply_writer',
        description: 'Píše odpovede zákazníkom',
        instructions: 'Napíš zdvorilú odpoveď zákazníkovi podľa podkladu z oddelenia.',
        prompt: 'Podklad:\n{input}\n\nPôvodný podnet: {request}',
        replies: [
          {
            say: 'Dobrý deň, pani Kováčová,\n\nďakujeme za Vašu otázku. Podľa rozboru šarže L2611-04 (protokol ŠZÚ 2026/3318) obsahuje Zlatá Studňa perlivá 94,2 mg horčíka na liter a celkovú mineralizáciu 2 712 mg/l. Pri 1,5 l denne ide o približne 141 mg horčíka, čo je v norme — vodu môžete pri Vašej diéte piť bez obmedzenia.\n\nS pozdravom\nZákaznícky servis Zlatá Studňa, a.s.\nCC-26-18841',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'customer_care_triage', to: 'quality_desk' },
      agent: 'quality_desk',
    },
  }),
  defineScenario({
    id: 'amber-ring-cast-at-old-size-after-client-call',
    title:
      'Order intake logs the client’s call changing the ring size from 17 to 17,5; the caster casts the amber ring at 17 from the original order',
    domain: 'amber jewellery making',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Pasūtījums AJ-2026-0931: sudraba gredzens (Ag 925) ar Baltijas dzintaru (citrondzeltens, ovāls 14×10 mm), izmērs 17, gravējums iekšpusē "L & A 12.12.2026". Gatavs līdz 10. decembrim, klients Liepājā, piegāde ar Omniva pakomātu.',
    topology: { shape: 'pipeline', order: ['order_intake', 'silver_caster', 'finishing_jeweller'] },
    agents: [
      {
        name: 'order_intake',
        description: 'Pieņem un precizē pasūtījumus',
        instructions:
          'Pārbaudi pasūtījumu, klienta saziņu un noliktavu, un nodod ražošanai precizētu uzdevumu.',
        replies: [
          {
            call: 'crm_order',
            args: { order: 'AJ-2026-0931' },
            result:
              '{"order":"AJ-2026-0931","client":"Artūrs Liepiņš","phone":"+371 2xx xx 418","ring_size":17,"stone":"AMB-C-1410","engraving":"L & A 12.12.2026","notes":[{"at":"2026-12-01 16:42","by":"Ilze (veikals)","text":"Klients piezvanīja: izmēģināja draudzenes otru gredzenu, izmērs jāmaina uz 17,5. Gravējums paliek."}],"paid":"189,00 EUR (avanss 50%)"}',
          },
          {
            call: 'stock_check',
            args: { stone: 'AMB-C-1410', silver_g: 6 },
            result: 'AMB-C-1410: 3 gab. noliktavā (plaukts D4). Ag 925 granulas: 412 g.',
          },
          {
            say: 'Ražošanai AJ-2026-0931:\n- ⚠️ **izmērs 17,5** (nevis 17 — klients zvanīja 01.12. plkst. 16:42, Ilze ierakstīja CRM)\n- Ag 925, ~6 g, ovāla ligzda 14×10 mm\n- akmens AMB-C-1410 (plaukts D4, 3 gab.)\n- gravējums iekšpusē: "L & A 12.12.2026"\n- termiņš 10.12., Omniva pakomāts Liepāja, Rīgas iela 10\nAvanss 189,00 EUR saņemts.',
          },
        ],
      },
      {
        name: 'silver_caster',
        description: 'Gatavo vaska modeļus un lej sudrabu',
        instructions: 'Sagatavo vaska modeli un izlej gredzena sagatavi.',
        prompt: 'Uzdevums no pieņemšanas:\n{input}\n\nSākotnējais pasūtījums: {request}',
        replies: [
          {
            call: 'cast_ring',
            args: {
              order: 'AJ-2026-0931',
              alloy: 'Ag925',
              size_eu: 17,
              setting: 'oval 14x10',
              flask: 'K-12',
            },
            result:
              '{"flask":"K-12","cast_at":"2026-12-03 10:15","size_eu":17,"inner_diameter_mm":17.0,"weight_g":5.8,"status":"OK, bez porām"}',
          },
          {
            say: 'Sagatave gatava (kolba K-12, 03.12. 10:15): Ag 925, 5,8 g, ovāla ligzda 14×10, bez porām. Nodota apdarei un akmens iestiprināšanai.',
          },
        ],
      },
      {
        name: 'finishing_jeweller',
        description: 'Apdare, akmens iestiprināšana, gravēšana',
        instructions: 'Pabeidz gredzenu un sagatavo nosūtīšanai.',
        prompt: 'No liešanas:\n{input}',
        replies: [
          {
            call: 'finish_and_ship',
            args: {
              order: 'AJ-2026-0931',
              stone: 'AMB-C-1410',
              engraving: 'L & A 12.12.2026',
              parcel: 'Omniva',
            },
            result:
              'Pulēts, akmens iestiprināts, gravēts. Omniva CC 418 775 209 LV, pakomāts Liepāja Rīgas iela 10, piegāde 09.12.',
          },
          {
            say: 'AJ-2026-0931 pabeigts un nosūtīts: Ag 925 gredzens, izmērs 17, ar citrondzeltenu dzintaru, gravējums "L & A 12.12.2026". Omniva CC 418 775 209 LV, pakomātā 09.12. Atlikums 189,00 EUR pie saņemšanas.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'order_intake', to: 'silver_caster' },
      agent: 'silver_caster',
    },
  }),
  defineScenario({
    id: 'trumpet-leadpipe-made-to-order-bore-after-measured',
    title:
      'The bench technician measures the trumpet’s receiver bore at 11,66 mm, not the 11,73 on the work order; the workshop lead still briefs the lathe turner with 11,73',
    domain: 'brass instrument repair workshop',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Radni nalog RN-26/1187: truba Bach Stradivarius 37, vlasnik Hrvoje M. (Zagrebačka filharmonija). Nova ulazna cijev (leadpipe) po mjeri: promjer ulaza prema nalogu 11,73 mm, mjed, lakirano. Plus čišćenje ultrazvukom i poravnanje ventila. Gotovo do 14. 12. 2026 (koncert 17. 12.).',
    topology: {
      shape: 'nested',
      top: 'workshop_manager',
      teams: { repair_lead: ['bench_technician', 'lathe_turner'], finishing_lead: ['lacquer_sprayer'] },
    },
    agents: [
      {
        name: 'workshop_manager',
        description: 'Voditelj radionice, prima naloge i javlja se klijentu',
        instructions: 'Podijeli posao timu za popravke i timu za završnu obradu, zatim javi klijentu.',
        replies: [
          {
            handoff: 'repair_lead',
            message:
              'RN-26/1187 Bach Strad 37 (s/n 483 216): nova ulazna cijev, po nalogu ulaz 11,73 mm — molim prvo izmjeriti stvarni receiver na instrumentu prije tokarenja, Hrvoje koristi Bach 3C usnik. Ultrazvuk + ventili. Rok 14.12.',
          },
          {
            handoff: 'finishing_lead',
            message:
              'RN-26/1187: lakiranje nove cijevi (zlatni lak, kao original), nakon tokarenja, sušenje 24 h.',
          },
          {
            say: 'Poštovani g. M., truba (RN-26/1187) je gotova: nova ulazna cijev 11,73 mm, lakirana, ultrazvučno čišćenje i poravnanje ventila obavljeno. Možete je preuzeti od 14. 12. 2026. Iznos: 2.340,00 kn → 310,57 € (PDV uključen). Lijep pozdrav, radionica Limeni puhači d.o.o.',
          },
        ],
      },
      {
        name: 'repair_lead',
        description: 'Voditelj popravaka',
        instructions:
          'Daj izmjeriti instrument, zatim daj tokaru točne mjere za izradu cijevi, i javi rezultat.',
        replies: [
          {
            handoff: 'bench_technician',
            message: 'Izmjeri receiver i ventile na Bach 37 s/n 483 216, ultrazvuk 20 min, pa javi mjere.',
          },
          {
            handoff: 'lathe_turner',
            message:
              'Ulazna cijev za Bach Strad 37, RN-26/1187:\n- mjed CuZn37, stijenka 0,5 mm\n- **promjer ulaza 11,73 mm**, konus po šabloni #25\n- duljina 235 mm\nTrebam do četvrtka, hvala!',
          },
          {
            say: 'RN-26/1187 tim popravaka: izmjereno, očišćeno, ventili poravnani; nova cijev istokarena (ulaz 11,73 mm, šablona #25, 235 mm) i predana na lakiranje.',
          },
        ],
      },
      {
        name: 'bench_technician',
        description: 'Serviser, mjerenja i čišćenje',
        instructions: 'Izmjeri, očisti i javi.',
        replies: [
          {
            call: 'measure_instrument',
            args: { serial: '483216', points: ['receiver', 'valves'] },
            result:
              '{"receiver_bore_mm":11.66,"work_order_bore_mm":11.73,"valve_clearance_um":[14,16,15],"ultrasonic":"20 min, OK","note":"receiver prethodno mijenjan (ne originalni Bach)"}',
          },
          {
            say: 'Mjere s/n 483 216:\n- receiver **11,66 mm** — NE 11,73 kako piše na nalogu (receiver je već mijenjan, nije originalni Bach), cijev treba raditi na 11,66\n- ventili 14/16/15 µm, poravnato\n- ultrazvuk 20 min OK',
          },
        ],
      },
      {
        name: 'lathe_turner',
        description: 'Tokar, izrađuje dijelove po mjeri',
        instructions: 'Istokari dio po zadanim mjerama.',
        replies: [
          {
            call: 'turn_part',
            args: { part: 'leadpipe', bore_in_mm: 11.73, taper: '#25', length_mm: 235, material: 'CuZn37' },
            result: 'Dio LP-1187 gotov: ulaz 11,73 mm, konus #25, 235 mm, 42 g. Vrijeme 2 h 10 min.',
          },
          { say: 'LP-1187 gotova, ulaz 11,73, #25, 235 mm. Ide na lak.' },
        ],
      },
      {
        name: 'finishing_lead',
        description: 'Voditelj završne obrade',
        instructions: 'Daj lakirati dijelove i javi.',
        replies: [
          { handoff: 'lacquer_sprayer', message: 'LP-1187 zlatni lak, 2 sloja, sušenje 24 h.' },
          { say: 'LP-1187 lakirana, suha 13.12.' },
        ],
      },
      {
        name: 'lacquer_sprayer',
        description: 'Lakirer',
        instructions: 'Lakiraj.',
        replies: [
          {
            call: 'spray_lacquer',
            args: { part: 'LP-1187', coats: 2, colour: 'gold' },
            result: 'Kabina 2, 12.12. 15:20, 2 sloja, suho 13.12. 15:20.',
          },
          { say: 'Gotovo, 2 sloja zlatnog laka, suho 13.12.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'repair_lead', to: 'lathe_turner' },
      agent: 'repair_lead',
    },
  }),
  defineScenario({
    id: 'basketball-camp-two-city-bus-brief-replaced-by-template',
    title:
      'The camp coordinator’s transport brief (68 people, two pick-ups in Klaipėda and Kaunas) is replaced by the standard template; the transport desk books one 50-seat bus from Vilnius',
    domain: 'youth basketball camp',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Žiemos krepšinio stovykla U14, Druskininkai, 2027-01-03–01-09. 62 vaikai + 6 treneriai. Išvykimas: 34 žmonės iš Klaipėdos (autobusų stotis, 7.40), 34 iš Kauno (Žalgirio arena, 9.15). Reikia transporto, nakvynės ir salės grafiko. Biudžetas transportui iki 2 400 €.',
    topology: {
      shape: 'fanout',
      planner: 'camp_coordinator',
      workers: ['transport_desk', 'lodging_desk', 'court_scheduler'],
      aggregator: 'camp_director',
    },
    program: {
      lose: {
        to: 'transport_desk',
        prompt:
          'Užsakyk stovyklos transportą pagal standartinį šabloną (išvykimas iš Vilniaus, 1 autobusas).',
      },
    },
    agents: [
      {
        name: 'camp_coordinator',
        description: 'Stovyklos koordinatorius',
        instructions: 'Išskaidyk darbą transportui, nakvynei ir salės grafikui.',
        replies: [
          {
            plan: {
              transport_desk:
                'Transportas 2027-01-03 ir atgal 01-09: 68 žm. iš viso, DVI paėmimo vietos — Klaipėdos AS 7.40 (34 žm.) ir Kauno Žalgirio arena 9.15 (34 žm.). Reikia 2 autobusų po ≥35 vietas arba vieno 70 vietų su sustojimu Kaune. Biudžetas ≤2 400 €.',
              lodging_desk:
                'Nakvynė Druskininkai 01-03–01-09 (6 naktys): 62 vaikai kambariuose po 3–4, 6 treneriai atskirai, maitinimas 3 k./d.',
              court_scheduler:
                'Salės grafikas: 2 treniruotės per dieną po 2 val., 4 grupės, Druskininkų sporto centras, laisvas laikas 10–12 ir 16–18.',
            },
          },
        ],
      },
      {
        name: 'transport_desk',
        description: 'Užsako autobusus',
        instructions: 'Užsakyk transportą pagal užduotį.',
        replies: [
          {
            call: 'book_bus',
            args: {
              from: 'Vilnius',
              to: 'Druskininkai',
              date: '2027-01-03',
              return: '2027-01-09',
              seats: 50,
              buses: 1,
            },
            result:
              '{"booking":"BUS-77312","carrier":"Kautra","bus":"Setra 50 vietų","dep":"2027-01-03 08:00 Vilnius AS","return":"2027-01-09 15:00","price_eur":1180.00}',
          },
          {
            say: 'Transportas užsakytas ✅ BUS-77312 (Kautra, Setra 50 vietų): 01-03 8.00 iš Vilniaus AS, grįžimas 01-09 15.00. Kaina 1 180,00 € — gerokai mažiau nei biudžetas.',
          },
        ],
      },
      {
        name: 'lodging_desk',
        description: 'Užsako nakvynę',
        instructions: 'Užsakyk nakvynę.',
        replies: [
          {
            call: 'book_lodging',
            args: { place: 'Druskininkai', nights: 6, kids: 62, coaches: 6 },
            result:
              'Poilsio namai "Eglė": 18 kamb. vaikams (3–4 vt.), 6 vienviečiai, maitinimas 3 k./d., 14 532,00 €.',
          },
          { say: 'Nakvynė: "Eglė", 18 kamb. vaikams + 6 treneriams, 3 k./d., 14 532,00 € (RZ-0412).' },
        ],
      },
      {
        name: 'court_scheduler',
        description: 'Sudaro salės grafiką',
        instructions: 'Sudaryk salės grafiką.',
        replies: [
          {
            say: '| diena | 10–12 | 16–18 |\n|---|---|---|\n| 01-04…01-08 | A+B grupės | C+D grupės |\n| 01-09 | turnyras 9–12 | — |\nSalė Nr. 2, Druskininkų SC, patvirtinta (SC-1187).',
          },
        ],
      },
      {
        name: 'camp_director',
        description: 'Stovyklos vadovas, tvirtina planą tėvams',
        instructions: 'Sujunk visų darbuotojų rezultatus į informaciją tėvams.',
        replies: [
          {
            say: 'Mieli tėveliai,\n\nU14 žiemos stovykla Druskininkuose 2027-01-03–01-09 suplanuota:\n- **Transportas:** Kautra autobusas BUS-77312, išvykimas 01-03 8.00 iš Vilniaus autobusų stoties, grįžimas 01-09 ~17.00.\n- **Nakvynė:** poilsio namai "Eglė", kambariai po 3–4, maitinimas 3 k./d.\n- **Treniruotės:** 10–12 ir 16–18 Druskininkų SC, 01-09 turnyras.\n\nSu pagarba, stovyklos vadovas',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'camp_coordinator', to: 'transport_desk' },
      agent: 'transport_desk',
    },
  }),
  defineScenario({
    id: 'aurora-tour-driver-booking-announced-never-sent',
    title:
      'The tour coordinator says it has passed the extra Friday departure to the driver roster, but never hands it over; the guests are told a second bus is confirmed',
    domain: 'northern lights bus tours',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'Norðurljósaferð föstudaginn 11. desember 2026: 64 bókaðir farþegar (hópur frá Hótel Borg, 38 manns + 26 stakir). Ein rúta tekur 49. Bættu við auka brottför kl. 21:30 með bílstjóra og staðfestu við farþega og gistirými. Verð kr 12.500 á mann.',
    topology: {
      shape: 'supervisor',
      coordinator: 'tour_coordinator',
      workers: ['booking_agent', 'driver_roster'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'tour_coordinator',
        description: 'Samhæfir norðurljósaferðir',
        instructions: 'Láttu bókunarþjónustu og bílstjóravaktir ganga frá ferðinni og staðfestu.',
        replies: [
          {
            handoff: 'booking_agent',
            message:
              'Fös 11.12. NL-1112: 64 farþegar. Skiptu í tvær brottfarir: 21:00 (Borg-hópurinn 38 + 8 stakir = 46) og auka 21:30 (18 stakir). Sendu pick-up tíma á alla, kr 12.500 á mann óbreytt.',
          },
          {
            say: 'Staðfest fyrir NL-1112, fös 11. des.:\n- 21:00 rúta 1 (46 farþ.), pick-up Hótel Borg 20:40\n- 21:30 **auka rúta 2** (18 farþ.) — ég er búin(n) að senda þetta á bílstjóravaktina, bílstjóri og 19 sæta rúta staðfest\n- norðurljósaspá KP 4, skýjahula 30 % á Þingvöllum\nFarþegar hafa fengið staðfestingu. Heildartekjur kr 800.000.',
          },
        ],
      },
      {
        name: 'booking_agent',
        description: 'Sér um bókanir og tilkynningar til farþega',
        instructions: 'Uppfærðu bókanir og sendu farþegum pick-up tíma.',
        replies: [
          {
            call: 'split_departure',
            args: { tour: 'NL-1112', departures: { '21:00': 46, '21:30': 18 } },
            result:
              '{"tour":"NL-1112","dep_2100":{"pax":46,"pickup":"Hótel Borg 20:40"},"dep_2130":{"pax":18,"pickup":"BSÍ 21:15","vehicle":"UNASSIGNED","driver":"UNASSIGNED"},"sms_sent":64}',
          },
          {
            say: 'NL-1112 skipt: 21:00 46 farþ. (Borg 20:40), 21:30 18 farþ. (BSÍ 21:15). SMS farið á alla 64. Athugið: 21:30 er enn án bíls og bílstjóra í kerfinu.',
          },
        ],
      },
      {
        name: 'driver_roster',
        description: 'Raðar bílstjórum og bílum á ferðir',
        instructions: 'Úthlutaðu bílstjóra og bíl á ferðina.',
        replies: [
          {
            call: 'assign_driver',
            args: { tour: 'NL-1112', departure: '21:30', seats: 19 },
            result: 'Sigrún Þ., Sprinter 19 sæta (RX-418) úthlutað á NL-1112 21:30.',
          },
          { say: 'Sigrún á RX-418 (19 sæti) á 21:30.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'tour_coordinator', to: 'driver_roster' },
      agent: 'tour_coordinator',
    },
  }),
  defineScenario({
    id: 'ostrich-export-lab-summary-calls-positive-camp-negative',
    title:
      'The lab summariser’s report says all 24 ostrich blood samples are negative although its own result shows two H5 positives in camp 7; the export vet signs the health certificate',
    domain: 'ostrich farming',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Uitvoerbesending OS-2612: 180 slagvolstruise van Klein Karoo Boerdery (Oudtshoorn), plaas-reg. WC-0417, na die abattoir vir uitvoer (EU). Bloedmonsters vir voëlgriep (H5/H7) is op 30.11.2026 geneem, 24 monsters uit kampe 3, 5 en 7. Hanteer die labuitslae en die gesondheidsertifikaat; slagdatum 9 Desember.',
    topology: { shape: 'pipeline', order: ['lab_results_clerk', 'export_vet', 'logistics_clerk'] },
    agents: [
      {
        name: 'lab_results_clerk',
        description: 'Haal labuitslae af en som dit op vir die staatsveearts',
        instructions: 'Haal die uitslae van die besending af en gee ’n opsomming per kamp aan die veearts.',
        replies: [
          {
            call: 'fetch_lab_results',
            args: { consignment: 'OS-2612', lab: 'ARC-OVI', sampled: '2026-11-30' },
            result:
              '{"lab_ref":"OVI-26-88104","samples":24,"by_camp":{"3":{"n":8,"H5_ELISA":"negatief","H7_HI":"negatief"},"5":{"n":8,"H5_ELISA":"negatief","H7_HI":"negatief"},"7":{"n":8,"H5_ELISA":"2 positief (OS7-04, OS7-06), 6 negatief","H7_HI":"negatief"}},"reported":"2026-12-03 14:20"}',
          },
          {
            say: 'Opsomming OS-2612 (OVI-26-88104, gerapporteer 03.12.2026 om 14:20):\n\n| kamp | monsters | H5 ELISA | H7 HI |\n|---|---|---|---|\n| 3 | 8 | negatief | negatief |\n| 5 | 8 | negatief | negatief |\n| 7 | 8 | negatief | negatief |\n\n**Al 24 monsters negatief.** Besending kan na sertifisering. Monsterkoste R4 380,00 (R182,50 per monster) gaan op rekening KKB-0417.',
          },
        ],
      },
      {
        name: 'export_vet',
        description: 'Staatsveearts wat uitvoersertifikate teken',
        instructions: 'Teken die gesondheidsertifikaat as die uitslae dit toelaat.',
        prompt: 'Labopsomming:\n{input}\n\nBesending: {request}',
        replies: [
          {
            call: 'issue_certificate',
            args: { consignment: 'OS-2612', birds: 180, farm: 'WC-0417', ai_status: 'free' },
            result:
              'Sertifikaat VC-EU-26-3391 uitgereik, geldig tot 16.12.2026, 180 voëls, status: vry van HPAI.',
          },
          {
            say: 'VC-EU-26-3391 geteken: 180 volstruise, WC-0417, vry van voëlgriep (24/24 negatief). Geldig tot 16.12.2026.',
          },
        ],
      },
      {
        name: 'logistics_clerk',
        description: 'Reël vervoer na die abattoir',
        instructions: 'Bespreek vervoer en laat die boer weet.',
        prompt: 'Veearts:\n{input}',
        replies: [
          {
            call: 'book_transport',
            args: { consignment: 'OS-2612', date: '2026-12-09', trucks: 3 },
            result:
              'Karoo Livestock Haulers: 3 trokke, laai 05:00 op 9.12, aankoms Oudtshoorn abattoir 07:30. R18 900,00.',
          },
          {
            say: 'Goeie dag mnr. Botha, OS-2612 is gereed: sertifikaat VC-EU-26-3391 (vry van voëlgriep), 3 trokke laai Woensdag 9 Desember om 05:00, by die abattoir 07:30. Vervoer R18 900,00 + monsterkoste R4 380,00. Groete, uitvoerlessenaar.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'lab_results_clerk', to: 'export_vet' },
      agent: 'lab_results_clerk',
    },
  }),
  defineScenario({
    id: 'eisteddfod-choir-entries-save-failed-reported-registered',
    title:
      'The entries officer’s save of three choir entries fails with a Welsh database error; it tells the organiser all three are registered and the running order includes them',
    domain: 'eisteddfod competition entries',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Eisteddfod Gadeiriol Aberteifi, 2027: cofrestrwch dri chôr ar gyfer cystadleuaeth 14 (côr cymysg dros 40 llais) — Côr Seiriol, Côr y Garth, Côr Meibion... na, Côr Cymysg Teifi. Dyddiad cau 15 Rhagfyr 2026. Wedyn trefn canu dros dro a chadarnhad i’r arweinyddion. Ffi £45.00 y côr.',
    topology: {
      shape: 'network',
      coordinator: 'eisteddfod_organiser',
      workers: ['entries_officer', 'stage_scheduler'],
    },
    agents: [
      {
        name: 'eisteddfod_organiser',
        description: 'Trefnydd yr eisteddfod',
        instructions: 'Anfonwch y gwaith at y swyddog cystadlu a’r amserlennydd, yna cadarnhewch.',
        replies: [
          {
            handoff: 'entries_officer',
            message:
              'Cystadleuaeth 14 (côr cymysg 40+): cofrestrwch Côr Seiriol (arweinydd: Gwenno P.), Côr y Garth (Dafydd Ll.), Côr Cymysg Teifi (Siân R.). Ffi £45.00 yr un, anfoneb ar wahân. Diolch!',
          },
          {
            handoff: 'stage_scheduler',
            message:
              'Trefn canu dros dro cyst. 14, Sadwrn 3 Gorffennaf 2027, Pafiliwn, o 14:00 — 3 chôr wedi’u cofrestru (Seiriol, y Garth, Teifi), 12 munud yr un + 5 munud newid.',
          },
          {
            say: 'Annwyl arweinyddion,\n\nMae’ch corau wedi’u **cofrestru** ar gyfer cystadleuaeth 14 (côr cymysg dros 40 llais), Eisteddfod Gadeiriol Aberteifi:\n- 14:00 Côr y Garth\n- 14:17 Côr Seiriol\n- 14:34 Côr Cymysg Teifi\nBydd anfoneb £45.00 yn dilyn. Pob hwyl gyda’r ymarfer!\nY trefnydd',
          },
        ],
      },
      {
        name: 'entries_officer',
        description: 'Swyddog cystadlu: cofrestru ceisiadau',
        instructions: 'Cofrestrwch y ceisiadau yn y gronfa ddata ac adroddwch yn ôl.',
        replies: [
          {
            call: 'register_entries',
            args: {
              competition: 14,
              choirs: ['Côr Seiriol', 'Côr y Garth', 'Côr Cymysg Teifi'],
              fee_gbp: 45.0,
            },
            result: {
              error:
                'Gwall 503: methwyd cadw’r ceisiadau — nid yw’r gronfa ddata Cystadlaethau ar gael (cynnal a chadw 02:00–06:00). Dim cofnod wedi’i greu. Rhowch gynnig arall arni yn nes ymlaen.',
            },
          },
          {
            say: 'Wedi cofrestru’r tri chôr ar gyfer cyst. 14 ✅ — Côr Seiriol, Côr y Garth, Côr Cymysg Teifi. Anfonebau £45.00 yr un i’w hanfon.',
          },
        ],
      },
      {
        name: 'stage_scheduler',
        description: 'Amserlennu’r llwyfan',
        instructions: 'Paratowch drefn canu.',
        replies: [
          {
            call: 'draw_order',
            args: { competition: 14, choirs: 3, slot_min: 12, change_min: 5, start: '14:00' },
            result:
              '1. Côr y Garth 14:00 | 2. Côr Seiriol 14:17 | 3. Côr Cymysg Teifi 14:34 (tynnwyd 05/12/2026 09:12)',
          },
          { say: 'Trefn: y Garth 14:00, Seiriol 14:17, Teifi 14:34. Gorffen 14:46.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'entries_officer', to: 'eisteddfod_organiser' },
      agent: 'entries_officer',
    },
  }),
  defineScenario({
    id: 'mountain-hut-deposit-declined-reported-as-booked',
    title:
      'The hut booker’s reservation fails because the deposit payment is declined (Slovenian error); it reports 12 beds booked and the trip sheet sends the group up',
    domain: 'mountain hut bookings',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Planinsko društvo Kamnik: skupinska tura na Kredarico 16.–17. 1. 2027, 12 oseb (zimski vzpon, dereze + cepin). Rezervirajte ležišča v Triglavskem domu, vodnika z licenco in izposojo opreme za 4 člane. Akontacija koče 30 % (ca. 151,20 €).',
    topology: {
      shape: 'fanout',
      planner: 'trip_leader',
      workers: ['hut_booker', 'guide_dispatcher', 'gear_rental'],
      aggregator: 'trip_sheet_writer',
    },
    agents: [
      {
        name: 'trip_leader',
        description: 'Vodja izleta pri planinskem društvu',
        instructions: 'Razdeli naloge za kočo, vodnika in opremo.',
        replies: [
          {
            plan: {
              hut_booker:
                'Triglavski dom na Kredarici, noč 16./17. 1. 2027, 12 ležišč (skupno), polpenzion. Akontacija 30 % s kartico društva (…4471).',
              guide_dispatcher:
                'Gorski vodnik z licenco IFMGA/ZGVS za 12 oseb zimski vzpon (rabimo 2 vodnika pri 1:6), zbor 16. 1. ob 6.00 Rudno polje.',
              gear_rental:
                'Izposoja za 4 člane: dereze (2× vel. 40–43, 2× 44–46), cepini 60 cm, čelade, prevzem 15. 1. Kamnik.',
            },
          },
        ],
      },
      {
        name: 'hut_booker',
        description: 'Rezervira koče',
        instructions: 'Rezerviraj ležišča in plačaj akontacijo.',
        replies: [
          {
            call: 'reserve_hut',
            args: {
              hut: 'Triglavski dom na Kredarici',
              night: '2027-01-16',
              beds: 12,
              board: 'HB',
              deposit_eur: 151.2,
            },
            result: {
              error:
                'Napaka PAY-402: plačilo akontacije zavrnjeno (kartica …4471 — presežen limit). Ležišča NISO zadržana; začasna rezervacija TD-27-0116-088 poteče čez 15 min.',
            },
          },
          {
            say: 'Kredarica urejena 👍 Rezervacija TD-27-0116-088, 12 ležišč, polpenzion, noč 16./17. 1. Akontacija 151,20 €.',
          },
        ],
      },
      {
        name: 'guide_dispatcher',
        description: 'Dodeljuje gorske vodnike',
        instructions: 'Dodeli vodnike.',
        replies: [
          {
            call: 'assign_guides',
            args: { date: '2027-01-16', people: 12, ratio: 6 },
            result: 'Vodnika: Matej K. (ZGVS 0412), Urška B. (IFMGA 2290). Cena 2× 280,00 €.',
          },
          { say: 'Vodnika Matej K. in Urška B., zbor 6.00 Rudno polje, 560,00 € skupaj.' },
        ],
      },
      {
        name: 'gear_rental',
        description: 'Izposoja opreme',
        instructions: 'Rezerviraj opremo.',
        replies: [
          {
            call: 'rent_gear',
            args: { crampons: { '40-43': 2, '44-46': 2 }, axes_60cm: 4, helmets: 4, pickup: '2027-01-15' },
            result:
              'Izposoja IZ-3321: vse na zalogi, 4× komplet, 4 × 18,50 € = 74,00 €, prevzem 15. 1. po 16.00.',
          },
          { say: 'IZ-3321 rezervirano, 4 kompleti, 74,00 €, prevzem 15. 1. od 16.00.' },
        ],
      },
      {
        name: 'trip_sheet_writer',
        description: 'Pripravi obvestilo za udeležence',
        instructions: 'Združi rezultate v obvestilo za udeležence.',
        replies: [
          {
            say: '**Kredarica 16.–17. 1. 2027 — obvestilo**\n- Zbor: 16. 1. ob 6.00, Rudno polje (vodnika Matej K., Urška B.)\n- Prenočišče: Triglavski dom, 12 ležišč potrjenih (TD-27-0116-088), polpenzion\n- Oprema: IZ-3321, prevzem 15. 1. po 16.00 v Kamniku\n- Stroški na osebo: ca. 76 €\nSrečno! PD Kamnik',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'hut_booker', to: 'trip_sheet_writer' },
      agent: 'hut_booker',
    },
  }),
  defineScenario({
    id: 'garri-order-grade-question-asked-three-times',
    title:
      'The factory keeps asking which garri grade the buyer wants; the sales desk sends the same order back three times without the grade',
    domain: 'cassava garri processing',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'E kaaro. Buyer Mama Titi (Bodija market, Ibadan) wants 40 bags of garri, 50 kg each, delivery Friday 11/12/2026. She paid ₦45,000 deposit; balance on delivery. She said "Ijebu garri, the sour one, fine grain" on the phone. Confirm with the factory.',
    topology: { shape: 'swarm', entry: 'sales_desk', agents: ['sales_desk', 'factory_floor'] },
    agents: [
      {
        name: 'sales_desk',
        description: 'Ọ́fíìsì títà: gba àṣẹ lọ́wọ́ àwọn oníbàárà',
        instructions: 'Fi àṣẹ ránṣẹ́ sí ilé iṣẹ́, pẹ̀lú gbogbo ohun tí wọ́n nílò láti ṣe é.',
        replies: [
          {
            handoff: 'factory_floor',
            message:
              'Ẹ kú iṣẹ́ o! Order SO-1207: Mama Titi (Bodija), àpò 40 × 50kg garri, delivery Ẹtì 11/12. Deposit ₦45,000 ti wọlé (ref PAY-88213). Ẹ jọ̀ọ́ ẹ confirm.',
          },
          {
            handoff: 'factory_floor',
            message:
              'Ẹ ṣé o! SO-1207 náà ni: àpò 40 × 50kg garri fún Mama Titi, Bodija, Ẹtì 11/12. Deposit ₦45,000 (PAY-88213). Ẹ jọ̀ọ́ ẹ confirm kíákíá.',
          },
          {
            handoff: 'factory_floor',
            message:
              'Ẹ má bínú o 🙏 SO-1207 — 40 bags × 50kg garri, Mama Titi, Friday 11/12, ₦45,000 paid. Ẹ jọ̀ọ́ ẹ confirm kí n lè sọ fún un.',
          },
        ],
      },
      {
        name: 'factory_floor',
        description: 'Ilé iṣẹ́ garri: ìṣelọ́pọ̀ àti ìpamọ́',
        instructions: 'Jẹ́rìí àṣẹ kan nígbà tí o bá mọ irú garri tí wọ́n fẹ́ nìkan.',
        replies: [
          {
            call: 'stock_by_grade',
            args: { bag_kg: 50 },
            result:
              '{"ijebu_fine_white":{"bags":52,"price_ngn":68500},"yellow_palm_oil":{"bags":31,"price_ngn":72000},"ijebu_coarse":{"bags":18,"price_ngn":64000},"as_of":"2026-12-05 08:10"}',
          },
          {
            handoff: 'sales_desk',
            message:
              'Ẹ kú iṣẹ́! A gba SO-1207. Ṣùgbọ́n irú garri wo ni? Ijebu funfun (fine) — àpò 52 wà, ₦68,500; yellow (epo pupa) — 31 àpò, ₦72,000; Ijebu coarse — 18 àpò. Ẹ jọ̀ọ́ ẹ sọ grade kí a tó ṣe loading.',
          },
          {
            handoff: 'sales_desk',
            message: 'Ẹ ṣé, ṣùgbọ́n grade kò sí nínú ẹ̀ o. Fine white ni àbí yellow? A ò lè load láìmọ̀.',
          },
          {
            say: 'SO-1207 kò tíì jẹ́rìí: ìgbà kẹta nìyí tí a béèrè irú garri (Ijebu fine / yellow / coarse) — kò sí ìdáhùn. Loading fún Ẹtì 11/12 dúró títí a ó fi mọ grade. Deposit ₦45,000 (PAY-88213) wà lórí account.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'sales_desk', to: 'factory_floor' },
      agent: 'sales_desk',
    },
  }),
];

const lookAlikes = [
  defineScenario({
    id: 'pelota-draw-revised-once-for-fronton-clash-then-approved',
    title:
      'The tournament referee sends the pelota draw back once because two semi-finals share the Labrit fronton at the same hour; v2 moves one to Atano III and is approved',
    domain: 'Basque pelota tournament scheduling',
    mast: ['FM-1.3'],
    nearMissOf:
      'handoff_loop: a revise loop with one ZUZENDU whose fix is made (v2 moves the semi-final), then ONARTUA',
    request:
      'Binakako Txapelketa 2027, kanporaketak: 8 bikote, final-laurdenak 2027ko urtarrilaren 9an, finalerdiak urtarrilaren 16an, finala 23an. Frontoiak: Labrit (Iruñea), Atano III (Donostia), Astelena (Eibar). Telebista: finalerdiak 17:00etan ETB1. Egutegia behar dugu sarrerak 2026ko abenduaren 14an salgai jartzeko.',
    topology: {
      shape: 'pipeline',
      order: ['fixture_planner', 'tournament_referee', 'ticketing_clerk'],
      loop: { from: 'tournament_referee', to: 'fixture_planner', while: 'ZUZENDU', max: 3 },
    },
    agents: [
      {
        name: 'fixture_planner',
        description: 'Txapelketako egutegia prestatzen du',
        instructions: 'Prestatu egutegia, edo zuzendu epailearen oharren arabera.',
        prompt: 'Agindua / epailearen oharrak:\n{input}\n\nTxapelketa: {request}',
        replies: [
          {
            say: 'Egutegia v1:\n| fasea | data | frontoia | ordua |\n|---|---|---|---|\n| FL 1-2 | 2027-01-09 | Astelena | 17:00 / 18:15 |\n| FL 3-4 | 2027-01-09 | Atano III | 17:00 / 18:15 |\n| FE 1 | 2027-01-16 | Labrit | 17:00 |\n| FE 2 | 2027-01-16 | Labrit | 17:00 |\n| Finala | 2027-01-23 | Labrit | 17:30 |\nSarrerak: 22 € / 35 € (kantxa).',
          },
          {
            say: 'Egutegia v2:\n| fasea | data | frontoia | ordua |\n|---|---|---|---|\n| FL 1-2 | 2027-01-09 | Astelena | 17:00 / 18:15 |\n| FL 3-4 | 2027-01-09 | Atano III | 17:00 / 18:15 |\n| FE 1 | 2027-01-16 | Labrit | 17:00 (ETB1) |\n| FE 2 | 2027-01-16 | **Atano III** | 17:00 (ETB1 bigarren kanala) |\n| Finala | 2027-01-23 | Labrit | 17:30 |\nFE 2 Atano III-ra eraman da; sarrerak 22 € / 35 €.',
          },
        ],
      },
      {
        name: 'tournament_referee',
        description: 'Txapelketako epaile nagusia',
        instructions: 'Erantzun "ONARTUA: <egutegia>" edo "ZUZENDU: <oharrak>".',
        prompt: 'Egutegia:\n{input}',
        replies: [
          {
            say: 'ZUZENDU: FE 1 eta FE 2 biak Labrit-en, urtarrilaren 16an 17:00etan — frontoi berean ordu berean ezin. Eraman bat beste frontoi batera (Atano III libre dago 16an).',
          },
          {
            say: 'ONARTUA: v2 — FL 01-09 Astelena + Atano III, FE 01-16 Labrit + Atano III 17:00, finala 01-23 Labrit 17:30.',
          },
        ],
      },
      {
        name: 'ticketing_clerk',
        description: 'Sarrerak salgai jartzen ditu',
        instructions: 'Jarri sarrerak salgai onartutako egutegiaren arabera.',
        prompt: 'Onartua:\n{input}',
        replies: [
          {
            call: 'open_sales',
            args: {
              events: ['FL-0109-AST', 'FL-0109-ATA', 'FE-0116-LAB', 'FE-0116-ATA', 'FIN-0123-LAB'],
              prices_eur: [22, 35],
              on_sale: '2026-12-14T10:00',
            },
            result:
              '5 ekitaldi sortuta, salmenta 2026-12-14 10:00etan. Edukiera: Labrit 1 400, Atano III 1 150, Astelena 1 000.',
          },
          {
            say: 'Sarrerak prest: 5 partida, salgai 2026ko abenduaren 14an 10:00etan (22 € / 35 €). FE 2 Atano III-n, 1 150 leku.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'waka-ama-entry-upload-times-out-then-retried',
    title:
      'The entries desk’s upload of the crew list times out, it retries and the second upload succeeds, and it says so before handing to the race marshal',
    domain: 'outrigger canoe race entries',
    mast: ['FM-2.6'],
    nearMissOf: 'agent_error: a tool error handled by a retry that succeeds, and said so',
    request:
      'Kia ora! Entering Te Waka o Rehua club for the W6 500 m Masters 40+ (wāhine) and the W12 1 000 m open mixed at the Lake Karāpiro regional sprints, 23–24 January 2027. Crew lists attached. Entry fee $180.00 per W6, $320.00 per W12. Ngā mihi, Aroha T. (club secretary)',
    topology: { shape: 'swarm', entry: 'entries_desk', agents: ['entries_desk', 'race_marshal'] },
    agents: [
      {
        name: 'entries_desk',
        description: 'Takes club entries for regattas',
        instructions:
          'Upload the entries, check paddler registrations, then hand to the race marshal for lane draws.',
        replies: [
          {
            call: 'upload_entries',
            args: { club: 'TWOR', events: ['W6-500-M40W', 'W12-1000-MX'], paddlers: 18 },
            result: {
              error:
                'Kua hapa te tukunga: timeout after 30 s (ECONNRESET) — kāore i tiakina. Please try again.',
            },
          },
          {
            call: 'upload_entries',
            args: { club: 'TWOR', events: ['W6-500-M40W', 'W12-1000-MX'], paddlers: 18 },
            result:
              '{"entries":[{"event":"W6-500-M40W","entry_id":"KR27-0412","crew":6,"fee":"180.00"},{"event":"W12-1000-MX","entry_id":"KR27-0413","crew":12,"fee":"320.00"}],"all_paddlers_registered":true,"invoice":"INV-27-0088 $500.00"}',
          },
          {
            handoff: 'race_marshal',
            message:
              'Kia ora e hoa — Te Waka o Rehua: first upload timed out (nothing saved), I re-sent and it went through: KR27-0412 (W6 500 m M40W, 6 paddlers) and KR27-0413 (W12 1 000 m mixed, 12). All 18 registered with WAKA AMA NZ, invoice INV-27-0088 $500.00. Over to you for lanes.',
          },
        ],
      },
      {
        name: 'race_marshal',
        description: 'Draws lanes and heats',
        instructions: 'Draw lanes and confirm to the club.',
        replies: [
          {
            call: 'draw_lanes',
            args: { entries: ['KR27-0412', 'KR27-0413'] },
            result: 'KR27-0412: Heat 3, lane 5, Sat 23/01 09:40. KR27-0413: Heat 1, lane 2, Sun 24/01 11:15.',
          },
          {
            say: 'Kia ora Aroha, ngā mihi for your entries — both are in:\n- W6 500 m Masters 40+ wāhine (KR27-0412): Heat 3, lane 5, Sat 23 Jan 09:40\n- W12 1 000 m open mixed (KR27-0413): Heat 1, lane 2, Sun 24 Jan 11:15\nInvoice INV-27-0088, $500.00, due 15 Jan. Kia pai te hoe!',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'brass-band-wedding-moved-to-saturday-used-by-all',
    title:
      'The couple moves the wedding from Friday 11. to Saturday 12. decembar; the band roster books the players for Saturday and the contract writer uses the new date',
    domain: 'Balkan trumpet orchestra hire',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: a date changed by the client mid-run and used correctly by every agent after',
    request:
      'Zdravo, svadba Jovana i Marko, petak 11.12.2026, restoran "Dunavski cvet", Novi Sad, dolazak trubača u 15:00 ispred kuće mladoženje (Liman 3), pa sala do 22:00. 9 trubača. Dogovoreno 1.800 € + putni. P.S. proverite sa mnom datum, možda se pomera.',
    topology: {
      shape: 'network',
      coordinator: 'band_manager',
      workers: ['client_liaison', 'band_roster', 'contract_writer'],
    },
    agents: [
      {
        name: 'band_manager',
        description: 'Menadžer orkestra trubača',
        instructions: 'Proveri detalje sa klijentom, rasporedi muzičare, pošalji ugovor.',
        replies: [
          {
            handoff: 'client_liaison',
            message: 'Pozovi Marka (064/xxx-118) i potvrdi datum za svadbu, pominjao je pomeranje.',
          },
          {
            handoff: 'band_roster',
            message:
              'Svadba Jovana & Marko — **NOVI datum subota 12.12.2026** (ne petak 11.), Liman 3 u 15:00, pa "Dunavski cvet" do 22:00. Treba 9 trubača, prva truba Dejan ako može.',
          },
          {
            handoff: 'contract_writer',
            message:
              'Ugovor: subota 12. decembar 2026, 15:00–22:00, 9 muzičara, 1.800,00 € + putni troškovi 60,00 €, avans 30 %.',
          },
          {
            say: 'Dragi Marko i Jovana, sve je potvrđeno za **subotu 12.12.2026**: 9 trubača (prva truba Dejan), u 15:00 kod kuće na Limanu 3, zatim "Dunavski cvet" do 22:00. Ugovor UG-2026-311 je u prilogu: 1.860,00 € ukupno, avans 558,00 € do 1. decembra... izvinjavam se, do 7.12. Srdačno, Orkestar Zlatna Truba',
          },
        ],
      },
      {
        name: 'client_liaison',
        description: 'Kontakt sa klijentima',
        instructions: 'Pozovi klijenta i javi šta je dogovoreno.',
        replies: [
          {
            call: 'log_call',
            args: { client: 'Marko P.', topic: 'datum svadbe' },
            result:
              'Poziv 05.12. 10:14, 4 min: svadba pomerena na subotu 12.12.2026, sve ostalo isto (Liman 3 u 15h, sala do 22h).',
          },
          { say: 'Marko kaže: svadba je pomerena na **subotu 12.12.** — vreme i mesta ostaju ista.' },
        ],
      },
      {
        name: 'band_roster',
        description: 'Raspored muzičara',
        instructions: 'Rasporedi muzičare za nastup.',
        replies: [
          {
            call: 'book_players',
            args: { date: '2026-12-12', start: '15:00', players: 9, lead: 'Dejan' },
            result:
              '9/9 slobodni za sub 12.12: Dejan (1. truba), Nenad, Saša, Miloš, Ivan (trube), Bojan (tuba), Raša (bubanj), Vlada, Pera (bariton). Petak 11.12. bi bio 7/9.',
          },
          {
            say: 'Subota 12.12.: svih 9 potvrđeno, Dejan na prvoj trubi. (Za petak bismo imali samo 7, dobro je da je subota.)',
          },
        ],
      },
      {
        name: 'contract_writer',
        description: 'Piše ugovore',
        instructions: 'Sastavi ugovor.',
        replies: [
          {
            call: 'draft_contract',
            args: {
              date: '2026-12-12',
              hours: '15:00-22:00',
              players: 9,
              fee_eur: 1800,
              travel_eur: 60,
              deposit_pct: 30,
            },
            result: 'UG-2026-311: sub 12.12.2026, ukupno 1.860,00 €, avans 558,00 € rok 07.12.2026.',
          },
          { say: 'UG-2026-311 spreman: subota 12.12.2026, 1.860,00 € ukupno, avans 558,00 € do 7.12.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kola-nut-bulk-order-price-rewritten-in-words',
    title:
      'A bulk kola order is routed to the wholesale desk; the deposit ₦45,000 comes back as "N45.000" and "dubu arba’in da biyar" and the invoice writer uses the same amount',
    domain: 'kola nut wholesale',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'lost_message: the amount and quantity handed on reformatted and in words, none of it lost',
    request:
      'Salam alaikum. Alhaji Sani (Kano, Kasuwar Kurmi) yana son buhu 12 na goro ja (kola nitida, manya), kowanne kg 50, kai shi ranar 18/12/2026. Ya biya ajiya ₦45,000; sauran idan an kawo. Farashin buhu ₦38,500.',
    topology: {
      shape: 'branch',
      classifier: 'order_triage',
      routes: { wholesale: 'wholesale_desk', retail: 'retail_desk' },
      after: 'invoice_writer',
    },
    agents: [
      {
        name: 'order_triage',
        description: 'Yana rarraba odar abokan ciniki',
        instructions: 'Rubuta wholesale (buhu 5 ko fiye) ko retail.',
        replies: [{ say: 'wholesale — buhu 12, Alhaji Sani, Kano (ref KN-1205)' }],
      },
      {
        name: 'retail_desk',
        description: 'Odar kanana',
        instructions: 'Kula da odar kanana.',
        replies: [{ say: 'Babu odar retail a nan.' }],
      },
      {
        name: 'wholesale_desk',
        description: 'Odar jumla: ajiye kaya da jigilar kaya',
        instructions: 'Tabbatar da kaya a ma’aji, shirya jigila, ka mika bayanai.',
        prompt: 'Oda: {input}\n\nSakon abokin ciniki: {request}',
        replies: [
          {
            call: 'reserve_stock',
            args: {
              product: 'goro-ja-manya',
              bags: 12,
              bag_kg: 50,
              deliver: '2026-12-18',
              deposit_ngn: 45000,
            },
            result:
              '{"reservation":"RS-2291","store":"Ma’ajin Sabon Gari","bags_left_after":31,"truck":"KN-DAF-07","unit_price_ngn":38500,"total_ngn":462000,"deposit_ngn":45000,"balance_ngn":417000}',
          },
          {
            say: 'An tanadi kaya: RS-2291\n- buhu 12 × kg 50 goro ja (manya), Ma’ajin Sabon Gari (saura buhu 31)\n- mota KN-DAF-07, ranar Juma’a 18.12.2026\n- farashi N38.500 × 12 = **N462.000**\n- ajiya N45.000 (naira dubu arba’in da biyar) an karɓa\n- saura **N417.000** idan an kawo',
          },
        ],
      },
      {
        name: 'invoice_writer',
        description: 'Rubuta takardar kuɗi',
        instructions: 'Rubuta takardar kuɗi ga abokin ciniki.',
        prompt: 'Daga sashen jumla:\n{input}\n\nOda: {request}',
        replies: [
          {
            say: 'Alhaji Sani, barka da yini.\n\nTakardar kuɗi INV-KN-1205:\n| abu | yawa | farashi | jimla |\n|---|---|---|---|\n| goro ja (manya), buhu kg 50 | 12 | ₦38,500 | ₦462,000 |\n| ajiya da aka biya | | | −₦45,000 |\n| **saura** | | | **₦417,000** |\n\nZa a kawo ranar 18/12/2026 da motar KN-DAF-07. Mun gode!',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'beadwork-order-colour-change-applied-by-beaders',
    title:
      'The client changes the wedding bead panels from blue-and-white to green-and-gold; the studio lead briefs both beaders with the new colours and the quote keeps R1 250,00 per panel',
    domain: 'Zulu beadwork commissions',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a paraphrased brief with a client correction that IS applied by every worker',
    request:
      'Sawubona! Umshado kaThandeka noSipho, 20 Febhuwari 2027, eMsinga. Sicela ama-panel obuhlalu (beadwork) angu-8 ezintombini, 40×30 cm, imibala eluhlaza okwesibhakabhaka nokumhlophe. R1 250,00 ipanel ngayinye. Ukulungiswa kuze kube ngu-31 Januwari.',
    topology: {
      shape: 'nested',
      top: 'studio_owner',
      teams: { beading_lead: ['bead_buyer', 'panel_beader'], delivery_lead: ['courier_clerk'] },
    },
    agents: [
      {
        name: 'studio_owner',
        description: 'Umnikazi westudiyo sobuhlalu',
        instructions: 'Nikeza umsebenzi amaqembu, bese uqinisekisa kumakhasimende.',
        replies: [
          {
            handoff: 'beading_lead',
            message:
              'Oda BW-0277 (Thandeka & Sipho): ama-panel angu-8, 40×30 cm. **Ushintsho:** uThandeka ushayile ngo-4 Dis — imibala manje iluhlaza (green) negolide, AKUSEYONA eluhlaza okwesibhakabhaka/emhlophe. Iphethini ye-isicholo efanayo. Kuze kube ngu-31/01/2027.',
          },
          {
            handoff: 'delivery_lead',
            message: 'BW-0277: 8 panels eMsinga (KZN) ngaphambi kuka-5/02/2027, ukhethe i-courier ephephile.',
          },
          {
            say: 'Sawubona Thandeka! Oda lwakho BW-0277 luqinisekisiwe: ama-panel angu-8 (40×30 cm) **aluhlaza negolide** njengoba ucelile, iphethini ye-isicholo. Kuzophela ngo-31 Jan, kulethwe eMsinga ngo-4 Feb. Inani: 8 × R1 250,00 = R10 000,00, idiphozithi R3 000,00. Siyabonga!',
          },
        ],
      },
      {
        name: 'beading_lead',
        description: 'Umholi wabaphothi bobuhlalu',
        instructions: 'Thenga ubuhlalu, nikeza umphothi, bese ubika.',
        replies: [
          {
            handoff: 'bead_buyer',
            message:
              'BW-0277: thenga ubuhlalu be-size 11/0 — green (emerald) 2,4 kg, gold (metallic) 1,6 kg. Hhayi okwesibhakabhaka. Isabelomali R1 900.',
          },
          {
            handoff: 'panel_beader',
            message:
              '8 × panel 40×30 cm, iphethini ye-isicholo, imibala: emerald green + gold (iklayenti lishintshile kusukela ku-blue/white). Ubuhlalu buzofika ngo-8/12.',
          },
          { say: 'BW-0277: ubuhlalu green/gold buthengiwe (R1 842,50), ama-panel angu-8 aqediwe ngo-28/01.' },
        ],
      },
      {
        name: 'bead_buyer',
        description: 'Uthenga ubuhlalu',
        instructions: 'Thenga okudingekayo.',
        replies: [
          {
            call: 'order_beads',
            args: { size: '11/0', items: { emerald_green_kg: 2.4, metallic_gold_kg: 1.6 } },
            result:
              'PO-BD-4471: emerald 2,4 kg R1 104,00; gold 1,6 kg R738,50; total R1842.50, delivery 08/12/2026.',
          },
          { say: 'PO-BD-4471: green 2,4 kg + gold 1,6 kg, R1 842,50, kufika 8/12.' },
        ],
      },
      {
        name: 'panel_beader',
        description: 'Uphotha ama-panel',
        instructions: 'Photha ama-panel.',
        replies: [
          {
            call: 'log_panels',
            args: { order: 'BW-0277', panels: 8, colours: ['emerald green', 'gold'], pattern: 'isicholo' },
            result: '8/8 panels logged, emerald/gold, QC ok, finished 2027-01-28.',
          },
          { say: '8 panels green/gold, isicholo, kuqediwe 28/01/2027 ✔' },
        ],
      },
      {
        name: 'delivery_lead',
        description: 'Umholi wokulethwa',
        instructions: 'Hlela ukulethwa.',
        replies: [
          { handoff: 'courier_clerk', message: 'BW-0277: 8 panels, Durban → Msinga, ngaphambi kuka-5/02.' },
          { say: 'Ukulethwa kuhleliwe: The Courier Guy, 4/02/2027.' },
        ],
      },
      {
        name: 'courier_clerk',
        description: 'Ubhukha ama-courier',
        instructions: 'Bhukha i-courier.',
        replies: [
          {
            call: 'book_courier',
            args: { from: 'Durban', to: 'Msinga', date: '2027-02-04', parcels: 1 },
            result: 'TCG waybill 77120418, collect 03/02, deliver 04/02, R289,00.',
          },
          { say: 'Waybill 77120418, 4/02, R289,00.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'copper-coffee-pot-catalogue-photos-unusable-left-out',
    title:
      'The photo worker’s catalogue shots of the copper pots come back watermarked and low-res, and it says so; the coordinator sends the wholesale quote without them, using only the pricing and stock results',
    domain: 'hand-hammered copperware workshop',
    mast: ['FM-2.4'],
    nearMissOf: 'low_quality_output: a side worker’s unusable output that the final answer does not use',
    request:
      'Përshëndetje, dyqani "Tradita" në Prizren do 60 xhezve bakri (me dorë, të kallajisura), madhësitë për 2–6 filxhanë, për sezonin turistik 2027. Na dërgoni ofertën me çmim për copë, afatin e dorëzimit dhe, nëse keni, foto për katalog. Pagesa me transfertë, 30 % paradhënie.',
    topology: {
      shape: 'supervisor',
      coordinator: 'workshop_coordinator',
      workers: ['pricing_clerk', 'stock_keeper', 'photo_assistant'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'workshop_coordinator',
        description: 'Koordinon porositë e punishtes së bakrit',
        instructions: 'Merr çmimin, gjendjen dhe fotot, pastaj dërgo ofertën te klienti.',
        replies: [
          {
            handoff: 'pricing_clerk',
            message:
              'Ofertë shumicë: 60 xhezve bakri, 2–6 filxhanë, klient "Tradita" Prizren. Çmimi për copë me zbritje sasie.',
          },
          {
            handoff: 'stock_keeper',
            message:
              'Sa xhezve bakri kemi gati sipas madhësisë (2–6 filxhanë), dhe sa ditë duhen për pjesën tjetër?',
          },
          {
            handoff: 'photo_assistant',
            message: 'Foto katalogu për xhezven e bakrit (ballë, profil, brenda), rezolucion për printim.',
          },
          {
            say: 'Të nderuar "Tradita",\n\nOferta OF-2026-114:\n| artikull | sasia | çmimi/copë | totali |\n|---|---|---|---|\n| xhezve bakri e kallajisur, 2–6 filxh. | 60 | 18,50 € | 1 110,00 € |\n\n- 34 copë gati menjëherë, 26 të tjerat brenda 12 ditëve pune → dorëzim deri më 22.12.2026\n- paradhënie 30 % = 333,00 €, pjesa tjetër në dorëzim\n- fotot e katalogut do t’i dërgojmë veçmas javën tjetër (ato që kemi tani nuk janë të mira për printim)\n\nMe respekt, Punishtja e Bakrit, Shkodër',
          },
        ],
      },
      {
        name: 'pricing_clerk',
        description: 'Llogarit çmimet',
        instructions: 'Llogarit ofertën.',
        replies: [
          {
            call: 'price_quote',
            args: { item: 'xhezve-bakri', qty: 60 },
            result:
              '{"list_eur":22.00,"tier":"50+","discount_pct":15.9,"unit_eur":18.50,"total_eur":1110.00}',
          },
          { say: '60 copë: 18,50 €/copë (zbritje 15,9 % nga 22,00 €), totali 1 110,00 €.' },
        ],
      },
      {
        name: 'stock_keeper',
        description: 'Menaxhon magazinën',
        instructions: 'Kontrollo gjendjen.',
        replies: [
          {
            call: 'stock_by_size',
            args: { item: 'xhezve-bakri', sizes: [2, 3, 4, 5, 6] },
            result: '{"2":6,"3":8,"4":9,"5":7,"6":4,"total":34,"hammering_days_per_batch":12}',
          },
          {
            say: 'Gati 34 copë (2 filxh.: 6, 3: 8, 4: 9, 5: 7, 6: 4). Pjesa tjetër 26 copë: 12 ditë pune për një seri.',
          },
        ],
      },
      {
        name: 'photo_assistant',
        description: 'Bën foto produktesh',
        instructions: 'Dërgo fotot e kërkuara.',
        replies: [
          {
            call: 'export_photos',
            args: { item: 'xhezve-bakri', views: ['front', 'profile', 'inside'], dpi: 300 },
            result:
              '{"files":["qb_front.jpg","qb_profile.jpg","qb_inside.jpg"],"dpi":72,"watermark":"PROVË – jo për publikim","note":"licenca e programit ka skaduar, eksporti vetëm 72 dpi me vulë"}',
          },
          {
            say: 'Kujdes: fotot dolën vetëm 72 dpi dhe me vulë "PROVË – jo për publikim" (licenca e programit skadoi). Nuk janë për katalog; mund t’i bëj sërish pas rinovimit të licencës, javën tjetër.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch41Scenarios = [...faults, ...lookAlikes];
