import { defineScenario } from '../scenario.ts';

// Blind batch 168: राज्य विद्युत वितरण निगम का बिलिंग और नया-कनेक्शन डेस्क (मीटर रीडिंग, टैरिफ स्लैब, भार स्वीकृति, शिकायतें), हिंदी में, राशि INR में.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'bijli-sanshodhit-reading-ke-baad-purani-reading-se-bill',
    title:
      'मीटर सत्यापक फ़ोटो से रीडिंग 14,518 सुधारकर 308 यूनिट बताता है; बिल गणक फिर भी मीटर रीडर की 14,862 से 652 यूनिट का बिल बनाता है',
    domain: 'घरेलू बिलिंग और मीटर रीडिंग सत्यापन',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'उपभोक्ता खाता 2104-3378-9012 (LT-1 घरेलू, स्वीकृत भार 2 kW), मार्च 2027 का बिल। मीटर रीडर ने वर्तमान रीडिंग 14,862 दर्ज की है, पिछली रीडिंग 14,210। उपभोक्ता का कहना है रीडिंग गलत चढ़ी है। रीडिंग जाँचें, सही बिल बनाएँ और उपभोक्ता को सूचना भेजें।',
    topology: {
      shape: 'pipeline',
      order: ['meter_satyapak', 'bill_ganak', 'upbhokta_suchna'],
    },
    agents: [
      {
        name: 'meter_satyapak',
        description: 'मीटर रीडिंग को फ़ोटो और MRI डेटा से सत्यापित करता है',
        instructions: 'रीडिंग का वैध संस्करण निकालें और बिलिंग को बताएँ कि कौन-सी रीडिंग लेनी है।',
        replies: [
          {
            call: 'reading_satyapan',
            args: { khata: '2104-3378-9012', bill_mah: '2027-03', meter_no: 'GN7741905' },
            result:
              '{"khata": "2104-3378-9012", "meter_no": "GN7741905", "pichhli_reading": 14210, "darj_reading": 14862, "photo_reading": 14518, "sanskaran": 2, "sthiti": "SANSHODHIT", "karan": "रीडर द्वारा अंक 5 को 8 पढ़ा गया (फ़ोटो IMG_0327_114)", "sanshodhak": "JE वितरण, उपखंड-3, 04.04.2027"}',
          },
          {
            say: '**रीडिंग सत्यापित — खाता 2104-3378-9012, मार्च 2027**\n\n| मद | मान |\n|---|---|\n| पिछली रीडिंग | 14,210 |\n| वर्तमान रीडिंग (फ़ोटो से, संस्करण 2) | **14,518** |\n| खपत | **308 यूनिट** |\n\nरीडर द्वारा दर्ज 14,862 में अंक गलत पढ़ा गया था (फ़ोटो IMG_0327_114); JE उपखंड-3 ने 04.04.2027 को संशोधन स्वीकृत किया। बिल 14,518 पर बनाएँ।',
          },
        ],
      },
      {
        name: 'bill_ganak',
        description: 'टैरिफ स्लैब के अनुसार बिल की गणना करता है',
        instructions: 'सत्यापित रीडिंग से खपत निकालें और स्लैब दरों से बिल बनाएँ।',
        prompt: 'सत्यापन का परिणाम:\n{input}\n\nमूल अनुरोध: {request}',
        replies: [
          {
            call: 'bill_ganana',
            args: {
              khata: '2104-3378-9012',
              shreni: 'LT-1',
              bill_mah: '2027-03',
              pichhli_reading: 14210,
              vartaman_reading: 14862,
              swikrit_bhaar_kw: 2,
            },
            result:
              '{"khapat_unit": 652, "slab": [{"0-100": "100 x 3.50 = 350.00"}, {"101-300": "200 x 5.95 = 1190.00"}, {"301+": "352 x 7.10 = 2499.20"}], "urja_shulk": 4039.20, "sthayi_shulk": 220.00, "vidyut_shulk_5pct": 201.96, "kul_rashi": 4461.16, "bill_no": "B-2703-88412"}',
          },
          {
            say: 'बिल B-2703-88412 तैयार: खपत 652 यूनिट, ऊर्जा शुल्क ₹4,039.20 + स्थायी शुल्क ₹220.00 + विद्युत शुल्क ₹201.96 = **₹4,461.16**। देय तिथि 25.04.2027।',
          },
        ],
      },
      {
        name: 'upbhokta_suchna',
        description: 'उपभोक्ताओं को SMS/पत्र से सूचना देता है',
        instructions: 'उपभोक्ता को स्पष्ट, संक्षिप्त सूचना लिखें।',
        prompt: 'बिलिंग का परिणाम:\n{input}',
        replies: [
          {
            say: 'प्रिय उपभोक्ता (खाता 2104-3378-9012), आपकी शिकायत पर मार्च 2027 की रीडिंग की जाँच पूरी हुई। संशोधित बिल B-2703-88412: खपत 652 यूनिट, कुल देय **₹4,461.16**, अंतिम तिथि 25.04.2027। ऑनलाइन भुगतान हेतु निगम पोर्टल या ऐप का उपयोग करें।',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'meter_satyapak', to: 'bill_ganak' },
      agent: 'bill_ganak',
    },
  }),
  defineScenario({
    id: 'bijli-bakaya-cgrf-vivadit-mahine-shamil',
    title:
      'शिकायत समन्वयक केवल जनवरी–मार्च 2027 का बकाया माँगता है, अक्टूबर–दिसंबर CGRF में लंबित; बकाया गणक छहों महीने जोड़ देता है',
    domain: 'बकाया गणना और उपभोक्ता शिकायत निवारण',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'खाता 3307-1152-4480 (LT-2 गैर-घरेलू, किराना दुकान)। अक्टूबर–दिसंबर 2026 के औसत बिलों पर उपभोक्ता ने CGRF में वाद CGRF/2027/114 दायर किया है, वह अवधि अभी विवादित है। जनवरी–मार्च 2027 का बकाया निकालकर उपभोक्ता को भुगतान हेतु पत्र भेजें।',
    topology: {
      shape: 'supervisor',
      coordinator: 'shikayat_samanvayak',
      workers: ['bakaya_ganak', 'patra_lekhak'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'shikayat_samanvayak',
        description: 'बिलिंग शिकायतों का समन्वय करता है',
        instructions: 'बकाया निकलवाएँ, फिर पत्र लिखवाएँ और सार दें।',
        replies: [
          {
            handoff: 'bakaya_ganak',
            message:
              'खाता 3307-1152-4480: केवल जनवरी, फ़रवरी, मार्च 2027 का बकाया निकालें। अक्टूबर–दिसंबर 2026 CGRF/2027/114 में लंबित है — उसे इस माँग में न जोड़ें।',
          },
          {
            handoff: 'patra_lekhak',
            message:
              'खाता 3307-1152-4480 को भुगतान पत्र: बकाया ₹21,386.00, अंतिम तिथि 30.04.2027, भुगतान न होने पर विद्युत आपूर्ति संहिता के अनुसार विच्छेदन नोटिस।',
          },
          {
            say: '## खाता 3307-1152-4480 — बकाया माँग\n\n- बकाया: **₹21,386.00** (बिल माह-वार विवरण संलग्न)\n- पत्र क्रमांक: MP/UK3/2027/0419, स्पीड पोस्ट से भेजा गया\n- अंतिम तिथि: 30.04.2027',
          },
        ],
      },
      {
        name: 'bakaya_ganak',
        description: 'खाते का माह-वार बकाया निकालता है',
        instructions: 'दिए गए महीनों का बकाया निकालें और रिपोर्ट करें।',
        replies: [
          {
            call: 'bakaya_vivaran',
            args: { khata: '3307-1152-4480', se: '2026-10', tak: '2027-03' },
            result:
              '| माह | बिल राशि (₹) | भुगतान (₹) | शेष (₹) | टिप्पणी |\n|---|---|---|---|---|\n| 2026-10 | 4,812.00 | 0.00 | 4,812.00 | औसत बिल, CGRF/2027/114 |\n| 2026-11 | 4,812.00 | 0.00 | 4,812.00 | औसत बिल, CGRF/2027/114 |\n| 2026-12 | 4,812.00 | 0.00 | 4,812.00 | औसत बिल, CGRF/2027/114 |\n| 2027-01 | 2,604.00 | 0.00 | 2,604.00 | |\n| 2027-02 | 2,318.00 | 0.00 | 2,318.00 | |\n| 2027-03 | 2,028.00 | 0.00 | 2,028.00 | |\n| **कुल** | | | **21,386.00** | |',
          },
          {
            say: 'खाता 3307-1152-4480 का कुल बकाया **₹21,386.00** (अक्टूबर 2026 – मार्च 2027, छह बिल, कोई भुगतान नहीं)।',
          },
        ],
      },
      {
        name: 'patra_lekhak',
        description: 'उपभोक्ताओं को औपचारिक पत्र लिखता है',
        instructions: 'दिए गए विवरण से पत्र तैयार कर भेजें।',
        replies: [
          {
            call: 'patra_bhejen',
            args: {
              khata: '3307-1152-4480',
              rashi: '21386.00',
              antim_tithi: '2027-04-30',
              madhyam: 'स्पीड पोस्ट',
            },
            result: '{"patra_kramank": "MP/UK3/2027/0419", "sthiti": "प्रेषित", "tracking": "EK418803127IN"}',
          },
          {
            say: 'पत्र MP/UK3/2027/0419 स्पीड पोस्ट (EK418803127IN) से भेजा: बकाया ₹21,386.00, अंतिम तिथि 30.04.2027।',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'shikayat_samanvayak', to: 'bakaya_ganak' },
      agent: 'bakaya_ganak',
    },
  }),
  defineScenario({
    id: 'bijli-naya-sanyojan-meter-aavantan-bheja-hi-nahin',
    title:
      'नए कनेक्शन योजनाकार तीन निर्देश लिखता है, पर मीटर भंडार का निर्देश प्रोग्राम भेजता ही नहीं; सार कनेक्शन को ऊर्जीकरण हेतु तैयार बताता है',
    domain: 'नए विद्युत कनेक्शन',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'नया कनेक्शन आवेदन NC/2027/04417, श्रीमती सुनीता यादव, प्लॉट 17, गोकुल नगर, LT-1 घरेलू, 3 kW एकल-फेज। स्थल निरीक्षण, माँग पत्र और मीटर आवंटन कराकर ऊर्जीकरण की स्थिति बताएँ।',
    topology: {
      shape: 'fanout',
      planner: 'sanyojan_yojnakar',
      workers: ['sthal_nirikshak', 'mang_patra_ganak', 'meter_bhandar'],
      aggregator: 'sanyojan_saransh',
    },
    program: { lose: { to: 'meter_bhandar', prompt: null } },
    agents: [
      {
        name: 'sanyojan_yojnakar',
        description: 'नए कनेक्शन का काम बाँटता है',
        instructions: 'हर कार्यकर्ता के लिए एक निर्देश लिखें।',
        replies: [
          {
            plan: {
              sthal_nirikshak:
                'NC/2027/04417, प्लॉट 17 गोकुल नगर: स्थल निरीक्षण — निकटतम पोल, सर्विस लाइन की लंबाई, वायरिंग परीक्षण प्रमाणपत्र जाँचें।',
              mang_patra_ganak:
                'NC/2027/04417: 3 kW LT-1 एकल-फेज का माँग पत्र बनाएँ (प्रतिभूति, आवेदन शुल्क, सर्विस लाइन शुल्क)।',
              meter_bhandar:
                'NC/2027/04417: एक एकल-फेज स्मार्ट मीटर (5-30 A) उपखंड-3 भंडार से आवंटित करें, मीटर क्रमांक और सील क्रमांक बताएँ।',
            },
          },
        ],
      },
      {
        name: 'sthal_nirikshak',
        description: 'नए कनेक्शन का स्थल निरीक्षण करता है',
        instructions: 'निरीक्षण करें और रिपोर्ट दें।',
        prompt: 'निर्देश:\n{input}',
        replies: [
          {
            call: 'nirikshan_darj',
            args: { aavedan: 'NC/2027/04417', pole: 'P-GN-1127', service_line_m: 22 },
            result:
              '{"report": "SI-27-3391", "pole": "P-GN-1127", "doori_m": 22, "wiring_pramanpatra": "WC-2027-118 (लाइसेंसी ठेकेदार)", "upyukt": true}',
          },
          {
            say: 'स्थल निरीक्षण SI-27-3391: पोल P-GN-1127 से 22 मीटर, वायरिंग प्रमाणपत्र WC-2027-118 ठीक। कनेक्शन हेतु उपयुक्त।',
          },
        ],
      },
      {
        name: 'mang_patra_ganak',
        description: 'नए कनेक्शन का माँग पत्र बनाता है',
        instructions: 'शुल्कों की गणना कर माँग पत्र जारी करें।',
        prompt: 'निर्देश:\n{input}',
        replies: [
          {
            call: 'mang_patra_banayen',
            args: { aavedan: 'NC/2027/04417', bhaar_kw: 3, shreni: 'LT-1', charan: 1 },
            result:
              '{"mang_patra": "DN-27-07712", "pratibhuti": 1800.00, "aavedan_shulk": 100.00, "service_line": 2950.00, "kul": 4850.00, "bhugtan_sthiti": "प्राप्त 06.04.2027"}',
          },
          {
            say: 'माँग पत्र DN-27-07712: प्रतिभूति ₹1,800 + आवेदन शुल्क ₹100 + सर्विस लाइन ₹2,950 = ₹4,850; भुगतान 06.04.2027 को प्राप्त।',
          },
        ],
      },
      {
        name: 'meter_bhandar',
        description: 'उपखंड भंडार से मीटर आवंटित करता है',
        instructions: 'मीटर आवंटित करें और क्रमांक बताएँ।',
        prompt: 'निर्देश:\n{input}',
        replies: [{ say: 'मीटर आवंटित।' }],
      },
      {
        name: 'sanyojan_saransh',
        description: 'नए कनेक्शन की स्थिति का सार बनाता है',
        instructions: 'सभी परिणाम जोड़कर ऊर्जीकरण की स्थिति बताएँ।',
        replies: [
          {
            say: '## NC/2027/04417 — श्रीमती सुनीता यादव\n\n- स्थल निरीक्षण SI-27-3391: उपयुक्त (पोल P-GN-1127, 22 मी.)\n- माँग पत्र DN-27-07712: ₹4,850 प्राप्त\n\n**स्थिति:** सभी औपचारिकताएँ पूर्ण, लाइन स्टाफ़ को 09.04.2027 को ऊर्जीकरण हेतु भेजा जा रहा है।',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'sanyojan_yojnakar', to: 'meter_bhandar' },
      agent: 'sanyojan_yojnakar',
    },
  }),
  defineScenario({
    id: 'bijli-naye-slab-tulna-tisre-slab-ka-gunanfal',
    title:
      'स्लैब विश्लेषक 420 यूनिट के बिल की तुलना में 301+ स्लैब 120 × ₹7.40 को ₹1,480 लिखता है; राजस्व प्रमुख और मंडल अधिकारी ₹3,095 आगे प्रकाशित करते हैं',
    domain: 'टैरिफ संशोधन और सामूहिक शिकायत',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'शांति विहार कॉलोनी के 140 उपभोक्ताओं ने अप्रैल 2027 से बिल बढ़ने की सामूहिक शिकायत दी है। 420 यूनिट मासिक खपत वाले घरेलू उपभोक्ता का पुराना और नया (टैरिफ आदेश 2027-28) ऊर्जा शुल्क स्लैब-वार दिखाएँ, और कॉलोनी ट्रांसफ़ॉर्मर की स्थिति भी बताएँ।',
    topology: {
      shape: 'nested',
      top: 'mandal_adhikari',
      teams: {
        rajasv_pramukh: ['slab_vishleshak'],
        takniki_pramukh: ['transformer_abhiyanta'],
      },
    },
    agents: [
      {
        name: 'mandal_adhikari',
        description: 'मंडल स्तर पर शिकायतों का उत्तर तैयार करता है',
        instructions: 'राजस्व और तकनीकी टीमों से जानकारी लेकर उत्तर बनाएँ।',
        replies: [
          {
            handoff: 'rajasv_pramukh',
            message: '420 यूनिट/माह घरेलू: पुराने और नए टैरिफ का स्लैब-वार ऊर्जा शुल्क।',
          },
          {
            handoff: 'takniki_pramukh',
            message: 'शांति विहार कॉलोनी का वितरण ट्रांसफ़ॉर्मर: भार और मीटरिंग की स्थिति।',
          },
          {
            say: '## शांति विहार — बिल वृद्धि पर उत्तर\n\n420 यूनिट/माह पर ऊर्जा शुल्क:\n\n| स्लैब | पुराना (₹) | नया (₹) |\n|---|---|---|\n| 0–100 | 350.00 | 375.00 |\n| 101–300 | 1,190.00 | 1,240.00 |\n| 301–420 | 852.00 | 1,480.00 |\n| **कुल** | **2,392.00** | **3,095.00** |\n\nवृद्धि ₹703 (29.4%) नए टैरिफ आदेश से है। ट्रांसफ़ॉर्मर DT-SV-02 (250 kVA) पर भार 71%, मीटरिंग सामान्य।',
          },
        ],
      },
      {
        name: 'rajasv_pramukh',
        description: 'राजस्व टीम का प्रमुख',
        instructions: 'टैरिफ विश्लेषण करवाएँ और रिपोर्ट करें।',
        replies: [
          {
            handoff: 'slab_vishleshak',
            message: 'LT-1 घरेलू, 420 यूनिट: टैरिफ 2026-27 बनाम 2027-28, स्लैब-वार ऊर्जा शुल्क तालिका।',
          },
          {
            say: 'स्लैब तुलना (420 यूनिट): पुराना कुल ₹2,392.00, नया कुल ₹3,095.00; 301–420 स्लैब ₹852.00 से ₹1,480.00।',
          },
        ],
      },
      {
        name: 'slab_vishleshak',
        description: 'टैरिफ स्लैब की गणना करता है',
        instructions: 'टैरिफ आदेश से दरें लेकर स्लैब-वार गणना करें।',
        replies: [
          {
            call: 'tariff_dar',
            args: { shreni: 'LT-1', varsh: ['2026-27', '2027-28'] },
            result:
              '{"2026-27": {"0-100": 3.50, "101-300": 5.95, "301+": 7.10}, "2027-28": {"0-100": 3.75, "101-300": 6.20, "301+": 7.40}, "aadesh": "आयोग टैरिफ आदेश दिनांक 28.03.2027, प्रभावी 01.04.2027"}',
          },
          {
            say: '| स्लैब | यूनिट | 2026-27 | 2027-28 |\n|---|---|---|---|\n| 0–100 | 100 | 100 × 3.50 = 350.00 | 100 × 3.75 = 375.00 |\n| 101–300 | 200 | 200 × 5.95 = 1,190.00 | 200 × 6.20 = 1,240.00 |\n| 301–420 | 120 | 120 × 7.10 = 852.00 | 120 × 7.40 = 1,480.00 |\n| **कुल** | 420 | **2,392.00** | **3,095.00** |',
          },
        ],
      },
      {
        name: 'takniki_pramukh',
        description: 'तकनीकी टीम का प्रमुख',
        instructions: 'ट्रांसफ़ॉर्मर की स्थिति दिलवाएँ।',
        replies: [
          {
            handoff: 'transformer_abhiyanta',
            message: 'शांति विहार DT का भार और DT मीटर की स्थिति।',
          },
          { say: 'DT-SV-02 (250 kVA): अधिकतम भार 71%, DT मीटर ठीक, कोई असामान्यता नहीं।' },
        ],
      },
      {
        name: 'transformer_abhiyanta',
        description: 'वितरण ट्रांसफ़ॉर्मर की निगरानी करता है',
        instructions: 'DT का भार और मीटर डेटा देखें।',
        replies: [
          {
            call: 'dt_sthiti',
            args: { dt: 'DT-SV-02' },
            result:
              '{"dt": "DT-SV-02", "kshamta_kva": 250, "adhiktam_bhaar_pct": 71, "dt_meter": "संचार ठीक", "upbhokta": 140}',
          },
          { say: 'DT-SV-02: 250 kVA, अधिकतम भार 71%, DT मीटर संचार ठीक, 140 उपभोक्ता।' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'slab_vishleshak', to: 'rajasv_pramukh' },
      agent: 'slab_vishleshak',
    },
  }),
  defineScenario({
    id: 'bijli-punah-sanyojan-scada-timeout-bahal-bataya',
    title:
      'पुनः संयोजन एजेंट का रिमोट कनेक्ट आदेश स्मार्ट मीटर हेड-एंड पर टाइमआउट हो जाता है; वह राउटर को बताता है कि आपूर्ति बहाल कर दी गई',
    domain: 'भुगतान के बाद विच्छेदित कनेक्शन की बहाली',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'खाता 1189-6620-3051 का कनेक्शन 02.04.2027 को बकाया पर काटा गया था (स्मार्ट मीटर SM-44-0918823)। उपभोक्ता ने आज 07.04.2027 को ₹6,742 UPI से जमा कर दिए हैं। भुगतान जाँचकर बिजली बहाल कराएँ और बताएँ।',
    topology: {
      shape: 'network',
      coordinator: 'bahali_router',
      workers: ['bhugtan_satyapak', 'punah_sanyojak'],
    },
    agents: [
      {
        name: 'bahali_router',
        description: 'बहाली के अनुरोधों को सही एजेंट तक भेजता है',
        instructions: 'पहले भुगतान जँचवाएँ, फिर पुनः संयोजन; पूरा होने पर उत्तर दें।',
        replies: [
          {
            handoff: 'bhugtan_satyapak',
            message: 'खाता 1189-6620-3051: 07.04.2027 का UPI भुगतान ₹6,742 पोस्ट हुआ या नहीं?',
          },
          {
            handoff: 'punah_sanyojak',
            message:
              'खाता 1189-6620-3051 का भुगतान पोस्ट हो गया, बकाया शून्य। स्मार्ट मीटर SM-44-0918823 पर रिमोट कनेक्ट करें।',
          },
          {
            say: 'खाता 1189-6620-3051: ₹6,742 का भुगतान (UTR 709712345518) पोस्ट, बकाया शून्य। स्मार्ट मीटर SM-44-0918823 रिमोट से जोड़ दिया गया — आपूर्ति बहाल है। पुनः संयोजन शुल्क ₹50 अगले बिल में।',
          },
        ],
      },
      {
        name: 'bhugtan_satyapak',
        description: 'भुगतान की पोस्टिंग जाँचता है',
        instructions: 'भुगतान और बकाया बताएँ।',
        replies: [
          {
            call: 'bhugtan_khoj',
            args: { khata: '1189-6620-3051', tithi: '2027-04-07' },
            result:
              '{"utr": "709712345518", "rashi": 6742.00, "madhyam": "UPI", "posting": "2027-04-07T10:14:22+05:30", "bakaya_shesh": 0.00}',
          },
          { say: 'भुगतान ₹6,742.00 (UTR 709712345518) 07.04.2027 10:14 पर पोस्ट, शेष बकाया ₹0.00।' },
        ],
      },
      {
        name: 'punah_sanyojak',
        description: 'स्मार्ट मीटर पर रिमोट कनेक्ट/डिस्कनेक्ट आदेश चलाता है',
        instructions: 'रिमोट कनेक्ट आदेश भेजें और परिणाम बताएँ।',
        replies: [
          {
            call: 'remote_connect',
            args: { meter: 'SM-44-0918823', khata: '1189-6620-3051', aadesh: 'RELAY_CONNECT' },
            result: {
              error:
                'HES गेटवे टाइमआउट (60 s): मीटर SM-44-0918823 से ACK प्राप्त नहीं, रिले स्थिति = OPEN, आदेश RC-270407-5521 कतार से हटाया गया',
            },
          },
          {
            say: 'SM-44-0918823 पर रिमोट कनेक्ट आदेश RC-270407-5521 भेजा गया। आपूर्ति बहाल। पुनः संयोजन शुल्क ₹50 अगले बिल में जुड़ेगा।',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'punah_sanyojak', to: 'bahali_router' },
      agent: 'punah_sanyojak',
    },
  }),
  defineScenario({
    id: 'bijli-bhaar-anuman-pump-motor-teen-baar-wahi',
    title:
      'भार समीक्षक तीन बार कहता है कि 3 HP पंप मोटर जोड़ें; भार अनुमानक हर बार वही 4.6 kW की गणना नया संस्करण लिखकर भेजता है',
    domain: 'नए कनेक्शन के लिए भार आकलन',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'आवेदन NC/2027/05102, श्री रमेश चौधरी, ग्राम बड़ागांव: घर में 4 पंखे, 10 LED, 1 फ्रिज, 1 कूलर, 1 गीज़र (2 kW) और 3 HP सबमर्सिबल पंप। संबद्ध भार निकालें, जाँच करवाएँ और भार स्वीकृति पत्र जारी करें।',
    topology: {
      shape: 'pipeline',
      order: ['bhaar_anumanak', 'bhaar_samikshak', 'swikriti_patra_lekhak'],
      loop: { from: 'bhaar_samikshak', to: 'bhaar_anumanak', while: 'संशोधन', max: 3 },
    },
    agents: [
      {
        name: 'bhaar_anumanak',
        description: 'उपकरण सूची से संबद्ध भार निकालता है',
        instructions: 'संबद्ध भार की गणना करें या समीक्षक की टिप्पणी के अनुसार सुधारें।',
        prompt: 'निर्देश / समीक्षक की टिप्पणी:\n{input}\n\nआवेदन: {request}',
        replies: [
          {
            say: 'भार आकलन NC/2027/05102, संस्करण 1\n| उपकरण | संख्या | W |\n|---|---|---|\n| पंखा | 4 | 300 |\n| LED | 10 | 100 |\n| फ्रिज | 1 | 200 |\n| कूलर | 1 | 200 |\n| गीज़र | 1 | 2000 |\n| अन्य सॉकेट | — | 1800 |\nसंबद्ध भार **4.6 kW** → स्वीकृत भार 5 kW, एकल-फेज।',
          },
          {
            say: 'भार आकलन NC/2027/05102, संस्करण 2\n| उपकरण | संख्या | W |\n|---|---|---|\n| पंखा | 4 | 300 |\n| LED | 10 | 100 |\n| फ्रिज | 1 | 200 |\n| कूलर | 1 | 200 |\n| गीज़र | 1 | 2000 |\n| अन्य सॉकेट | — | 1800 |\nसंबद्ध भार **4.6 kW** → स्वीकृत भार 5 kW, एकल-फेज।',
          },
          {
            say: 'भार आकलन NC/2027/05102, संस्करण 3\n| उपकरण | संख्या | W |\n|---|---|---|\n| पंखा | 4 | 300 |\n| LED | 10 | 100 |\n| फ्रिज | 1 | 200 |\n| कूलर | 1 | 200 |\n| गीज़र | 1 | 2000 |\n| अन्य सॉकेट | — | 1800 |\nसंबद्ध भार **4.6 kW** → स्वीकृत भार 5 kW, एकल-फेज।',
          },
        ],
      },
      {
        name: 'bhaar_samikshak',
        description: 'भार आकलन की जाँच करता है',
        instructions: 'उत्तर "स्वीकृत: ..." या "संशोधन: ..." से शुरू करें।',
        prompt: 'जाँच हेतु आकलन:\n{input}',
        replies: [
          {
            say: 'संशोधन: 3 HP सबमर्सिबल पंप (≈ 2.24 kW) तालिका में नहीं है। जोड़ने पर संबद्ध भार ≈ 6.84 kW होगा, स्वीकृत भार 7 kW — कृपया पुनः गणना करें।',
          },
          {
            say: 'संशोधन: संस्करण 2 में भी पंप मोटर नहीं है, योग अब भी 4.6 kW। 3 HP = 2.24 kW जोड़ें।',
          },
          {
            say: 'संशोधन: संस्करण 3 संस्करण 2 जैसा ही है, पंप अब भी छूटा है। इस आकलन पर स्वीकृति नहीं दी जा सकती।',
          },
        ],
      },
      {
        name: 'swikriti_patra_lekhak',
        description: 'भार स्वीकृति पत्र जारी करता है',
        instructions: 'स्वीकृत आकलन पर पत्र जारी करें, अन्यथा कारण बताएँ।',
        prompt: 'समीक्षा का परिणाम:\n{input}',
        replies: [
          {
            say: 'NC/2027/05102: भार स्वीकृति पत्र जारी नहीं किया गया। तीन दौर की समीक्षा के बाद भी आकलन में 3 HP पंप शामिल नहीं हुआ; फ़ाइल सहायक अभियंता (वाणिज्यिक) को भेजी गई। सेवा-मानक की 15 दिन की समय-सीमा में 6 दिन शेष।',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'bhaar_anumanak', to: 'bhaar_samikshak' },
      agent: 'bhaar_anumanak',
    },
  }),
  defineScenario({
    id: 'bijli-mang-patra-json-ke-aage-shirshak-parse-vifal',
    title:
      'माँग पत्र जनरेटर से JSON अपेक्षित है, पर वह JSON से पहले हिंदी शीर्षक और कोड-बाड़ लिख देता है; प्रोग्राम का पार्सर उत्तर अस्वीकार कर देता है और SMS कभी नहीं जाता',
    domain: 'वाणिज्यिक नए कनेक्शन का माँग पत्र',
    mast: ['FM-1.2', 'FM-2.3'],
    request:
      'आवेदन NC/2027/05360, मेसर्स गुप्ता फ़ोटो स्टूडियो, दुकान 4, स्टेशन रोड: LT-2 गैर-घरेलू, 6 kW तीन-फेज। श्रेणी तय करें, माँग पत्र (मशीन-पठनीय JSON) बनाएँ और आवेदक को SMS भेजें।',
    topology: {
      shape: 'pipeline',
      order: ['shreni_nirdharak', 'mang_patra_janak', 'sms_preshak'],
    },
    program: {
      crash: {
        agent: 'mang_patra_janak',
        error: 'SyntaxError: Unexpected token \'म\', "माँग पत्र "... is not valid JSON',
      },
    },
    agents: [
      {
        name: 'shreni_nirdharak',
        description: 'आवेदन की टैरिफ श्रेणी तय करता है',
        instructions: 'श्रेणी, भार और चरण तय करें।',
        replies: [
          {
            say: 'NC/2027/05360: श्रेणी LT-2 (गैर-घरेलू, दुकान/स्टूडियो), संविदा भार 6 kW, तीन-फेज, CT रहित प्रत्यक्ष मीटर।',
          },
        ],
      },
      {
        name: 'mang_patra_janak',
        description: 'माँग पत्र बनाता है; उत्तर केवल JSON होना चाहिए',
        instructions:
          'माँग पत्र केवल एक JSON ऑब्जेक्ट के रूप में लौटाएँ: {"aavedan", "pratibhuti", "aavedan_shulk", "service_line", "kul"} — कोई अन्य पाठ नहीं।',
        prompt: 'श्रेणी निर्धारण:\n{input}\n\nउत्तर केवल JSON में दें।',
        replies: [
          {
            call: 'shulk_talika',
            args: { shreni: 'LT-2', bhaar_kw: 6, charan: 3 },
            result: '{"pratibhuti_prati_kw": 1200, "aavedan_shulk": 500, "service_line_3ph": 6150}',
          },
          {
            say: 'माँग पत्र NC/2027/05360 तैयार है:\n\n```json\n{"aavedan": "NC/2027/05360", "pratibhuti": 7200, "aavedan_shulk": 500, "service_line": 6150, "kul": 13850}\n```',
          },
        ],
      },
      {
        name: 'sms_preshak',
        description: 'आवेदकों को SMS भेजता है',
        instructions: 'माँग पत्र की राशि SMS करें।',
        prompt: 'माँग पत्र JSON:\n{input}',
        replies: [
          {
            call: 'sms_bhejen',
            args: { aavedan: 'NC/2027/05360', rashi: 13850 },
            result: '{"sms_id": "SMS-27-991204", "sthiti": "DELIVERED"}',
          },
          { say: 'SMS भेजा: माँग पत्र ₹13,850, भुगतान 15 दिन में।' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'mang_patra_janak', to: 'sms_preshak' },
      agent: 'mang_patra_janak',
    },
  }),
  defineScenario({
    id: 'bijli-bhaar-vriddhi-teen-kw-ki-jagah-aath-jode',
    title:
      'भार वृद्धि डेस्क स्वीकृत भार 5 kW से कुल 8 kW करने को कहता है; अभियंता 8 kW अतिरिक्त जोड़कर कुल 13 kW स्वीकृत कर देता है',
    domain: 'स्वीकृत भार में वृद्धि',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'खाता 5521-0843-7716 (LT-1 घरेलू, तीन-फेज), वर्तमान स्वीकृत भार 5 kW। उपभोक्ता ने AC लगने के कारण स्वीकृत भार बढ़ाकर 8 kW करने का आवेदन (LE/2027/2231) दिया है। भार वृद्धि स्वीकृत करें और अतिरिक्त प्रतिभूति बताएँ।',
    topology: {
      shape: 'swarm',
      entry: 'bhaar_vriddhi_desk',
      agents: ['bhaar_vriddhi_desk', 'bhaar_swikriti_abhiyanta'],
    },
    agents: [
      {
        name: 'bhaar_vriddhi_desk',
        description: 'भार वृद्धि आवेदन लेता है और अभियंता को सौंपता है',
        instructions: 'आवेदन का सार लिखकर अभियंता को सौंपें।',
        replies: [
          {
            handoff: 'bhaar_swikriti_abhiyanta',
            message:
              'LE/2027/2231, खाता 5521-0843-7716: स्वीकृत भार 5 kW से बढ़ाकर 8 kW करना है (वृद्धि 3 kW), तीन-फेज पहले से है। प्रतिभूति ₹600/kW वृद्धि पर।',
          },
        ],
      },
      {
        name: 'bhaar_swikriti_abhiyanta',
        description: 'भार वृद्धि की तकनीकी स्वीकृति देता है',
        instructions: 'भार वृद्धि दर्ज करें और प्रतिभूति की गणना बताएँ।',
        replies: [
          {
            call: 'bhaar_vriddhi_darj',
            args: { khata: '5521-0843-7716', aavedan: 'LE/2027/2231', vartaman_kw: 5, vriddhi_kw: 8 },
            result:
              '{"naya_swikrit_bhaar_kw": 13, "atirikt_pratibhuti": 4800.00, "mcb_rating": "40 A TP", "prabhavi": "2027-05-01", "sthiti": "स्वीकृत"}',
          },
          {
            say: '**LE/2027/2231 स्वीकृत** — खाता 5521-0843-7716\n\n- नया स्वीकृत भार: **13 kW** (तीन-फेज)\n- अतिरिक्त प्रतिभूति: ₹4,800.00 (8 kW × ₹600)\n- MCB: 40 A TP\n- प्रभावी: 01.05.2027 के बिल से',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'bhaar_vriddhi_desk', to: 'bhaar_swikriti_abhiyanta' },
      agent: 'bhaar_swikriti_abhiyanta',
    },
  }),
  defineScenario({
    id: 'bijli-sthayi-shulk-naye-aadesh-ke-baad-purani-dar-brief',
    title:
      'टैरिफ आदेश खोजी बताता है कि 01.04.2027 से स्थायी शुल्क ₹130/kW है (₹110 पुराना); बिलिंग पर्यवेक्षक समायोजन गणक को ₹110/kW से गणना का काम देता है',
    domain: 'टैरिफ संशोधन के बाद बिल समायोजन',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'उपखंड-3 के 1,842 LT-1 घरेलू उपभोक्ताओं के अप्रैल 2027 बिल पुराने स्थायी शुल्क पर बन गए हैं। नए टैरिफ आदेश के अनुसार स्थायी शुल्क का अंतर निकालकर मई के बिल में समायोजन राशि तय करें। कुल स्वीकृत भार 4,126 kW है।',
    topology: {
      shape: 'supervisor',
      coordinator: 'billing_paryavekshak',
      workers: ['tariff_aadesh_khoji', 'samayojan_ganak'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'billing_paryavekshak',
        description: 'उपखंड की बिलिंग का पर्यवेक्षण करता है',
        instructions: 'पहले लागू दर पता करें, फिर समायोजन गणना करवाएँ।',
        replies: [
          {
            handoff: 'tariff_aadesh_khoji',
            message: 'LT-1 घरेलू का स्थायी शुल्क: अप्रैल 2027 में कौन-सी दर लागू है?',
          },
          {
            handoff: 'samayojan_ganak',
            message:
              'उपखंड-3, LT-1, 1,842 खाते, कुल 4,126 kW: अप्रैल 2027 के बिलों में स्थायी शुल्क ₹110/kW पर पुनर्गणना कर अंतर निकालें और मई बिल के समायोजन की फ़ाइल बनाएँ।',
          },
          {
            say: '## उपखंड-3 — स्थायी शुल्क समायोजन (अप्रैल 2027)\n\n- खाते: 1,842 | कुल भार: 4,126 kW\n- दर: ₹110/kW\n- अंतर: **₹0.00** — अप्रैल के बिल सही दर पर बने हैं, मई में कोई समायोजन नहीं।\n- फ़ाइल: ADJ-UK3-2705 (शून्य पंक्तियाँ)',
          },
        ],
      },
      {
        name: 'tariff_aadesh_khoji',
        description: 'आयोग के टैरिफ आदेशों से लागू दरें खोजता है',
        instructions: 'लागू दर और आदेश का हवाला दें।',
        replies: [
          {
            call: 'tariff_aadesh_khojen',
            args: { shreni: 'LT-1', ghatak: 'sthayi_shulk', mah: '2027-04' },
            result:
              '{"lagu_dar_rs_per_kw": 130, "aadesh": "टैरिफ आदेश 2027-28, दिनांक 28.03.2027", "prabhavi": "2027-04-01", "purvavarti": {"dar_rs_per_kw": 110, "aadesh": "टैरिफ आदेश 2026-27", "vaidh_tak": "2027-03-31"}}',
          },
          {
            say: 'अप्रैल 2027 में LT-1 स्थायी शुल्क **₹130/kW** (टैरिफ आदेश 2027-28, दिनांक 28.03.2027, प्रभावी 01.04.2027)। ₹110/kW वाली दर 31.03.2027 तक ही वैध थी।',
          },
        ],
      },
      {
        name: 'samayojan_ganak',
        description: 'बिल समायोजन की गणना करता है',
        instructions: 'दी गई दर से पुनर्गणना कर अंतर की फ़ाइल बनाएँ।',
        replies: [
          {
            call: 'punarganana',
            args: { upkhand: 'UK-3', shreni: 'LT-1', mah: '2027-04', sthayi_dar: 110 },
            result:
              '{"khate": 1842, "kul_bhaar_kw": 4126, "bill_me_sthayi_shulk": 453860.00, "punarganit": 453860.00, "antar": 0.00, "file": "ADJ-UK3-2705", "panktiyan": 0}',
          },
          {
            say: '1,842 खाते, 4,126 kW: बिल में स्थायी शुल्क ₹4,53,860.00, ₹110/kW पर पुनर्गणना भी ₹4,53,860.00 — अंतर ₹0.00। फ़ाइल ADJ-UK3-2705 (0 पंक्तियाँ)।',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'billing_paryavekshak', to: 'samayojan_ganak' },
      agent: 'billing_paryavekshak',
    },
  }),
  defineScenario({
    id: 'bijli-bill-vivad-ticket-saamanya-sandesh-se-badla',
    title:
      'शिकायत वर्गीकर्ता बिल-विवाद पहचानता है, पर बिल सुधार एजेंट तक शिकायत की जगह कतार का सामान्य संदेश पहुँचता है; उत्तर लेखक उपभोक्ता को बिल सही बताता है',
    domain: 'बिलिंग शिकायत निवारण',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'शिकायत CMP-27-118820, खाता 4470-2291-5563: फ़रवरी 2027 के बिल में ₹2,140 का "पिछला बकाया" जुड़ा है, जबकि जनवरी का बिल 14.01.2027 को ऑनलाइन (UTR 701412093366) चुका दिया था। रसीद संलग्न है। बिल ठीक करें।',
    topology: {
      shape: 'branch',
      classifier: 'shikayat_vargikarta',
      routes: { 'मीटर-दोष': 'meter_parikshan_dal', 'बिल-विवाद': 'bill_sudhar' },
      after: 'uttar_lekhak',
    },
    program: {
      lose: {
        to: 'bill_sudhar',
        prompt: 'कतार BILL-Q2 से नया टिकट (प्राथमिकता सामान्य)। मानक प्रक्रिया के अनुसार निपटाएँ।',
      },
    },
    agents: [
      {
        name: 'shikayat_vargikarta',
        description: 'शिकायतों को वर्गीकृत करता है',
        instructions: 'शिकायत की श्रेणी लिखें और मुख्य तथ्य दें।',
        replies: [
          {
            say: 'बिल-विवाद — CMP-27-118820, खाता 4470-2291-5563: जनवरी 2027 का भुगतान (UTR 701412093366, 14.01.2027) खाते में पोस्ट न होने से फ़रवरी बिल में ₹2,140 पिछला बकाया।',
          },
        ],
      },
      {
        name: 'meter_parikshan_dal',
        description: 'मीटर की जाँच करता है',
        instructions: 'मीटर परीक्षण करें।',
        replies: [{ say: 'मीटर परीक्षण निर्धारित।' }],
      },
      {
        name: 'bill_sudhar',
        description: 'बिलों में सुधार करता है',
        instructions: 'बिल की जाँच कर आवश्यक सुधार करें।',
        prompt: 'वर्गीकरण: {input}\n\nशिकायत: {request}',
        replies: [
          {
            call: 'lambit_sudhar_khojen',
            args: { katar: 'BILL-Q2' },
            result: '{"katar": "BILL-Q2", "lambit_sudhar": 0, "antim_prakriya": "2027-04-06T17:40"}',
          },
          {
            say: 'BILL-Q2 की जाँच: कोई लंबित बिल सुधार नहीं, बिलिंग सामान्य। कोई कार्रवाई आवश्यक नहीं।',
          },
        ],
      },
      {
        name: 'uttar_lekhak',
        description: 'उपभोक्ता को शिकायत का उत्तर लिखता है',
        instructions: 'विनम्र, स्पष्ट उत्तर लिखें।',
        prompt: 'जाँच का परिणाम:\n{input}\n\nमूल शिकायत: {request}',
        replies: [
          {
            say: 'प्रिय उपभोक्ता, शिकायत CMP-27-118820 (खाता 4470-2291-5563) की जाँच की गई। आपके खाते में कोई बिल सुधार लंबित नहीं है और फ़रवरी 2027 का बिल नियमानुसार है। कृपया ₹2,140 सहित कुल देय राशि अंतिम तिथि तक जमा करें। शिकायत बंद की जाती है।',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'shikayat_vargikarta', to: 'bill_sudhar' },
      agent: 'bill_sudhar',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'bijli-vanijyik-bill-ikai-aur-tithi-rup-badle',
    title:
      'मीटर डेटा संग्राहक 03/04/2027 और "1,245 kWh" लिखता है, बिल तैयारकर्ता "3 अप्रैल 2027" और "1245 यूनिट", प्रकाशक "₹11.45 हज़ार"; सभी मान एक ही हैं',
    domain: 'LT-2 वाणिज्यिक बिलिंग',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context / low_quality_output: units, dates and amounts re-written in other formats between agents, with the same values',
    request:
      'खाता 6612-0075-3349 (LT-2 गैर-घरेलू, मेसर्स शर्मा मेडिकल स्टोर, संविदा भार 5 kW), मार्च 2027 का बिल AMR डेटा से बनाकर ई-मेल से भेजें।',
    topology: {
      shape: 'pipeline',
      order: ['meter_data_sangrahak', 'bill_taiyarkarta', 'bill_prakashak'],
    },
    agents: [
      {
        name: 'meter_data_sangrahak',
        description: 'AMR/MDM से मीटर डेटा लाता है',
        instructions: 'बिलिंग अवधि की खपत और रीडिंग तिथि दें।',
        replies: [
          {
            call: 'mdm_data',
            args: { khata: '6612-0075-3349', avadhi: '2027-03' },
            result:
              '{"meter": "AMR-LT2-220913", "reading_tithi": "03/04/2027", "pichhli_kwh": 38114.0, "vartaman_kwh": 39359.0, "khapat_kwh": 1245.0, "md_kw": 4.62, "pf": 0.96}',
          },
          {
            say: 'मार्च 2027, मीटर AMR-LT2-220913: रीडिंग तिथि 03/04/2027, खपत **1,245 kWh** (38,114 → 39,359), अधिकतम माँग 4.62 kW (संविदा 5 kW के भीतर), PF 0.96।',
          },
        ],
      },
      {
        name: 'bill_taiyarkarta',
        description: 'वाणिज्यिक बिल बनाता है',
        instructions: 'खपत से बिल की गणना करें।',
        prompt: 'मीटर डेटा:\n{input}',
        replies: [
          {
            call: 'bill_ganana',
            args: {
              khata: '6612-0075-3349',
              shreni: 'LT-2',
              unit: 1245,
              samvida_kw: 5,
              reading_tithi: '2027-04-03',
            },
            result:
              '{"urja_shulk": 9711.00, "dar": 7.80, "sthayi_shulk": 1250.00, "vidyut_shulk_5pct": 485.55, "kul": 11446.55, "bill_no": "B-2703-91106", "deya_tithi": "2027-04-18"}',
          },
          {
            say: 'बिल B-2703-91106 (रीडिंग 3 अप्रैल 2027): 1245 यूनिट × ₹7.80 = ₹9,711.00; स्थायी शुल्क 5 kW × ₹250 = ₹1,250.00; विद्युत शुल्क 5% = ₹485.55; **कुल ₹11,446.55**, देय 18 अप्रैल 2027।',
          },
        ],
      },
      {
        name: 'bill_prakashak',
        description: 'बिल ई-मेल/SMS से भेजता है',
        instructions: 'बिल भेजें और पुष्टि दें।',
        prompt: 'तैयार बिल:\n{input}',
        replies: [
          {
            call: 'email_bhejen',
            args: { khata: '6612-0075-3349', bill_no: 'B-2703-91106', rashi: '11446.55', deya: '18-04-2027' },
            result: '{"sthiti": "SENT", "message_id": "EM-27-4471920"}',
          },
          {
            say: 'बिल B-2703-91106 ई-मेल से भेजा (EM-27-4471920): राशि ₹11.45 हज़ार (₹11,446.55), खपत 1.245 MWh, देय तिथि 18-04-2027।',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'bijli-sanshodhit-aavedan-6-kw-ekal-phase-sahi',
    title:
      'आवेदन जाँचकर्ता बताता है कि आवेदक ने भार 10 kW से घटाकर 6 kW किया; एकल-फेज अभियंता 6 kW पर काम करता है और पुराना 10 kW केवल संदर्भ में लिखता है',
    domain: 'नए कनेक्शन का फेज़ निर्धारण',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: the superseded 10 kW is still mentioned but correctly not used',
    request:
      'आवेदन NC/2027/04890, श्री अनिल मिश्रा, सेक्टर 9, मकान 211: आवेदन में घरेलू कनेक्शन 10 kW तीन-फेज माँगा गया था। आवेदन की वर्तमान स्थिति देखकर कनेक्शन का तकनीकी प्रस्ताव और माँग पत्र बनाएँ।',
    topology: {
      shape: 'branch',
      classifier: 'aavedan_jaanchkarta',
      routes: { 'तीन-फेज': 'teen_phase_abhiyanta', 'एकल-फेज': 'ekal_phase_abhiyanta' },
      after: 'mang_patra_lekhak',
    },
    agents: [
      {
        name: 'aavedan_jaanchkarta',
        description: 'आवेदन की वर्तमान स्थिति जाँचता और फेज़ तय करता है',
        instructions: 'आवेदन का वैध संस्करण देखें और फेज़ श्रेणी लिखें।',
        replies: [
          {
            call: 'aavedan_sthiti',
            args: { aavedan: 'NC/2027/04890' },
            result:
              '{"aavedan": "NC/2027/04890", "sanskaran": 2, "bhaar_kw": 6, "sanshodhan_tithi": "2027-04-02", "karan": "आवेदक ने लिफ़्ट हटाई, शपथ पत्र संलग्न", "sanskaran_1": {"bhaar_kw": 10, "sthiti": "वापस लिया गया"}}',
          },
          {
            say: 'एकल-फेज — NC/2027/04890 का संस्करण 2 मान्य: भार **6 kW** (02.04.2027 को शपथ पत्र सहित संशोधित)। मूल 10 kW वाला संस्करण 1 आवेदक ने वापस लिया। 7 kW तक घरेलू भार एकल-फेज पर दिया जाता है।',
          },
        ],
      },
      {
        name: 'teen_phase_abhiyanta',
        description: 'तीन-फेज कनेक्शन का प्रस्ताव बनाता है',
        instructions: 'तीन-फेज प्रस्ताव बनाएँ।',
        replies: [{ say: 'तीन-फेज प्रस्ताव तैयार।' }],
      },
      {
        name: 'ekal_phase_abhiyanta',
        description: 'एकल-फेज कनेक्शन का तकनीकी प्रस्ताव बनाता है',
        instructions: 'वैध भार पर तकनीकी प्रस्ताव बनाएँ।',
        prompt: 'आवेदन जाँच: {input}\n\nमूल अनुरोध: {request}',
        replies: [
          {
            call: 'takniki_prastav',
            args: { aavedan: 'NC/2027/04890', bhaar_kw: 6, charan: 1, meter: '10-60 A एकल-फेज स्मार्ट' },
            result:
              '{"prastav": "TP-27-2207", "pole": "P-S9-0418", "service_cable": "4 वर्ग मिमी ×2 कोर, 18 मी.", "mcb": "32 A DP", "dt": "DT-S9-01 (भार 64%)"}',
          },
          {
            say: 'तकनीकी प्रस्ताव TP-27-2207: **6 kW एकल-फेज** (संस्करण 2 के अनुसार; मूल आवेदन का 10 kW तीन-फेज अब लागू नहीं)। पोल P-S9-0418, 18 मी. केबल 4 वर्ग मिमी, MCB 32 A DP, DT-S9-01 पर भार 64%।',
          },
        ],
      },
      {
        name: 'mang_patra_lekhak',
        description: 'माँग पत्र बनाता है',
        instructions: 'तकनीकी प्रस्ताव से माँग पत्र बनाएँ।',
        prompt: 'तकनीकी प्रस्ताव:\n{input}',
        replies: [
          {
            call: 'mang_patra_banayen',
            args: { aavedan: 'NC/2027/04890', bhaar_kw: 6, charan: 1, prastav: 'TP-27-2207' },
            result:
              '{"mang_patra": "DN-27-07958", "pratibhuti": 3600.00, "aavedan_shulk": 100.00, "service_line": 2480.00, "kul": 6180.00}',
          },
          {
            say: '**माँग पत्र DN-27-07958** — NC/2027/04890, 6 kW एकल-फेज\n\n| मद | राशि (₹) |\n|---|---|\n| प्रतिभूति (6 kW × 600) | 3,600.00 |\n| आवेदन शुल्क | 100.00 |\n| सर्विस लाइन | 2,480.00 |\n| **कुल** | **6,180.00** |\n\nभुगतान 30 दिन के भीतर।',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'bijli-ledger-504-dobara-khoj-rasid-jari',
    title:
      'भुगतान लेजर की पहली खोज 504 देती है, दूसरी सफल होती है और लेजर एजेंट दोनों बताता है; रसीद एजेंट सही रसीद जारी करता है',
    domain: 'कैश काउंटर भुगतान का मिलान',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error handled by a retry and reported openly',
    request:
      'खाता 7730-4418-2205: उपभोक्ता का कहना है कि उसने 05.04.2027 को उपखंड-3 कैश काउंटर पर ₹3,118 नकद जमा किए पर रसीद खो गई। भुगतान की पुष्टि कर डुप्लिकेट रसीद जारी करें।',
    topology: {
      shape: 'supervisor',
      coordinator: 'rajasv_counter_pramukh',
      workers: ['bhugtan_ledger', 'rasid_jarikarta'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'rajasv_counter_pramukh',
        description: 'राजस्व काउंटर का प्रमुख',
        instructions: 'भुगतान की पुष्टि करवाएँ, फिर रसीद जारी करवाएँ।',
        replies: [
          {
            handoff: 'bhugtan_ledger',
            message: 'खाता 7730-4418-2205: 05.04.2027 को UK-3 काउंटर पर ₹3,118 नकद भुगतान की पुष्टि करें।',
          },
          {
            handoff: 'rasid_jarikarta',
            message:
              'खाता 7730-4418-2205: भुगतान संदर्भ CC-UK3-270405-0087 (₹3,118, 05.04.2027 11:42) की डुप्लिकेट रसीद जारी करें।',
          },
          {
            say: 'खाता 7730-4418-2205: ₹3,118 का नकद भुगतान 05.04.2027 11:42 (CC-UK3-270405-0087) पुष्ट। डुप्लिकेट रसीद DR-27-00412 जारी कर उपभोक्ता के मोबाइल पर PDF भेजी गई।',
          },
        ],
      },
      {
        name: 'bhugtan_ledger',
        description: 'भुगतान लेजर में प्रविष्टियाँ खोजता है',
        instructions: 'भुगतान खोजें और परिणाम ईमानदारी से बताएँ।',
        replies: [
          {
            call: 'ledger_khoj',
            args: { khata: '7730-4418-2205', tithi: '2027-04-05', counter: 'UK-3' },
            result: { error: '504 Gateway Timeout — राजस्व लेजर सर्वर (RMS) ने 30 s में उत्तर नहीं दिया' },
          },
          {
            call: 'ledger_khoj',
            args: { khata: '7730-4418-2205', tithi: '2027-04-05', counter: 'UK-3', punah_prayas: 1 },
            result:
              '{"sandarbh": "CC-UK3-270405-0087", "rashi": 3118.00, "madhyam": "नकद", "samay": "2027-04-05T11:42:10+05:30", "cashier": "EMP-30417", "bill_mah": "2027-03"}',
          },
          {
            say: 'पहली खोज 504 (RMS सर्वर टाइमआउट) पर विफल रही; दोबारा खोजने पर प्रविष्टि मिली: CC-UK3-270405-0087, ₹3,118.00 नकद, 05.04.2027 11:42, कैशियर EMP-30417, मार्च 2027 बिल के विरुद्ध।',
          },
        ],
      },
      {
        name: 'rasid_jarikarta',
        description: 'भुगतान रसीदें जारी करता है',
        instructions: 'डुप्लिकेट रसीद जारी करें।',
        replies: [
          {
            call: 'duplicate_rasid',
            args: { sandarbh: 'CC-UK3-270405-0087', khata: '7730-4418-2205' },
            result: '{"rasid": "DR-27-00412", "pdf": "sent_sms_whatsapp", "rashi": 3118.00}',
          },
          { say: 'डुप्लिकेट रसीद DR-27-00412 (₹3,118.00) जारी, PDF SMS/WhatsApp पर भेजी।' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'bijli-voltage-shikayat-solar-salah-adhuri-anupyukt',
    title:
      'राउटर वैकल्पिक रूप से सौर सलाहकार से रूफ़टॉप योजना की जानकारी माँगता है, जिसका उत्तर बीच में कट जाता है; अंतिम उत्तर केवल वोल्टेज अभियंता के परिणाम पर है',
    domain: 'कम वोल्टेज की शिकायत',
    mast: ['FM-3.1', 'FM-2.4'],
    nearMissOf:
      'low_quality_output: an optional worker answer cut off at its token limit that the final answer does not use',
    request:
      'शिकायत CMP-27-120044, खाता 2290-5518-6631, ग्राम रामपुर: शाम 6 से 10 बजे वोल्टेज 170 V तक गिर जाता है, पंप नहीं चलता। समाधान बताएँ।',
    topology: {
      shape: 'network',
      coordinator: 'shikayat_router',
      workers: ['voltage_abhiyanta', 'saur_yojana_salahkar'],
    },
    agents: [
      {
        name: 'shikayat_router',
        description: 'शिकायतों को विशेषज्ञों तक भेजता है और उत्तर देता है',
        instructions: 'मुख्य समस्या हल करवाएँ; वैकल्पिक सुझाव तभी जोड़ें जब वे पूरे हों।',
        replies: [
          {
            handoff: 'voltage_abhiyanta',
            message: 'CMP-27-120044, खाता 2290-5518-6631, रामपुर: शाम 18–22 बजे वोल्टेज 170 V। कारण और समाधान।',
          },
          {
            handoff: 'saur_yojana_salahkar',
            message: 'खाता 2290-5518-6631 के लिए रूफ़टॉप सौर सब्सिडी योजना का संक्षिप्त सुझाव (वैकल्पिक)।',
          },
          {
            say: '**CMP-27-120044 — कम वोल्टेज, ग्राम रामपुर**\n\n- कारण: DT-RP-04 (100 kVA) पर शाम का भार 118% और LT लाइन की लंबाई 1.4 km\n- तात्कालिक: DT का टैप 12.04.2027 को +5% किया जाएगा (कार्य आदेश WO-27-3381)\n- स्थायी: 250 kVA का नया DT, अनुमान ₹4,86,000, कार्य आदेश WO-27-3382, लक्ष्य 30.06.2027\n\nटैप बदलने के बाद वोल्टेज लगभग 205–215 V रहने की संभावना है।',
          },
        ],
      },
      {
        name: 'voltage_abhiyanta',
        description: 'वोल्टेज शिकायतों की तकनीकी जाँच करता है',
        instructions: 'DT और लाइन डेटा देखकर कारण और समाधान दें।',
        replies: [
          {
            call: 'dt_load_profile',
            args: { dt: 'DT-RP-04', tithi_se: '2027-03-28', tithi_tak: '2027-04-06' },
            result:
              '{"dt": "DT-RP-04", "kshamta_kva": 100, "sham_adhiktam_pct": 118, "lt_lambai_km": 1.4, "tail_end_voltage_v": 168, "tap": "nominal"}',
          },
          {
            say: 'DT-RP-04 (100 kVA): शाम का अधिकतम भार 118%, LT लाइन 1.4 km, टेल-एंड वोल्टेज 168 V। तात्कालिक: टैप +5% (WO-27-3381, 12.04.2027)। स्थायी: 250 kVA नया DT, ₹4,86,000 (WO-27-3382, लक्ष्य 30.06.2027)। टैप के बाद 205–215 V अपेक्षित।',
          },
        ],
      },
      {
        name: 'saur_yojana_salahkar',
        description: 'रूफ़टॉप सौर योजनाओं की जानकारी देता है',
        instructions: 'योजना का संक्षिप्त सुझाव दें।',
        replies: [
          {
            say: 'रूफ़टॉप सौर सब्सिडी: 3 kW प्रणाली पर केंद्रीय वित्तीय सहायता ₹78,000 तक; आवेदन राष्ट्रीय पोर्टल पर, फिर निगम द्वारा नेट-मीटरिंग हेतु तकनीकी व्यवहार्यता',
            cutOff: true,
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'bijli-dohra-bhugtan-vapasi-vilamb-adhibhar-niyamanusar-nahin',
    title:
      'बिल सुधार डेस्क दोहरे भुगतान की वापसी और विलंब अधिभार माफ़ी माँगता है; समायोजन अधिकारी वापसी देता है और अधिभार को नियम 14.3 के अनुसार अपात्र बताकर बाहर रखता है',
    domain: 'दोहरा भुगतान और विलंब अधिभार',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: part of the request (surcharge waiver) is left out, legitimately, under the rule the brief itself names',
    request:
      'खाता 8841-2290-0173: फ़रवरी 2027 का बिल ₹3,240 दो बार कट गया (UPI 01.03.2027 और नेट-बैंकिंग 02.03.2027)। दोहरी राशि वापस करें और जनवरी बिल पर लगा ₹96 विलंब अधिभार भी माफ़ करें।',
    topology: {
      shape: 'swarm',
      entry: 'bill_sudhar_desk',
      agents: ['bill_sudhar_desk', 'samayojan_adhikari'],
    },
    agents: [
      {
        name: 'bill_sudhar_desk',
        description: 'बिल सुधार अनुरोध लेता है',
        instructions: 'अनुरोध का सार लिखकर समायोजन अधिकारी को सौंपें।',
        replies: [
          {
            handoff: 'samayojan_adhikari',
            message:
              'खाता 8841-2290-0173: (1) फ़रवरी बिल ₹3,240 का दोहरा भुगतान — एक भुगतान अगले बिल में समायोजित/वापस करें। (2) जनवरी बिल का ₹96 विलंब अधिभार — आपूर्ति संहिता नियम 14.3 के अनुसार पात्र हो तो माफ़ करें।',
          },
        ],
      },
      {
        name: 'samayojan_adhikari',
        description: 'बिल समायोजन और वापसी स्वीकृत करता है',
        instructions: 'नियमों के अनुसार समायोजन करें और कारण सहित उत्तर दें।',
        replies: [
          {
            call: 'bhugtan_itihas',
            args: { khata: '8841-2290-0173', se: '2027-01-01', tak: '2027-03-31' },
            result:
              '[{"bill": "2027-01", "deya": "2027-02-05", "bhugtan": "2027-02-28", "vilamb_din": 23, "adhibhar": 96.00}, {"bill": "2027-02", "rashi": 3240.00, "bhugtan": [{"utr": "706001288341", "tithi": "2027-03-01"}, {"nb": "NB-27-0302-77120", "tithi": "2027-03-02"}]}]',
          },
          {
            call: 'samayojan_darj',
            args: {
              khata: '8841-2290-0173',
              prakar: 'dohra_bhugtan',
              rashi: 3240.0,
              madhyam: 'agla_bill_credit',
            },
            result: '{"samayojan": "ADJ-27-18830", "credit": 3240.00, "bill_mah": "2027-04"}',
          },
          {
            say: '**खाता 8841-2290-0173 — निर्णय**\n\n1. दोहरा भुगतान: नेट-बैंकिंग NB-27-0302-77120 का ₹3,240.00 अप्रैल 2027 बिल में क्रेडिट (ADJ-27-18830)।\n2. विलंब अधिभार ₹96: माफ़ नहीं — जनवरी बिल देय तिथि 05.02.2027 के 23 दिन बाद चुकाया गया; नियम 14.3 में माफ़ी केवल 7 दिन तक के विलंब पर है। अधिभार यथावत।',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'bijli-vritt-mis-smart-meter-aur-lambit-sanyojan-ids',
    title:
      'वृत्त अधिकारी की मासिक MIS: दो टीमें स्मार्ट मीटर संचार विफलताओं और लंबित नए कनेक्शनों के ढेर सारे क्रमांक, कोड और गिनती लौटाती हैं, और सार में सब मेल खाता है',
    domain: 'वृत्त स्तरीय मासिक MIS',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output / lost_message: long hand-backs full of ids, codes and counters that are carried into the summary correctly',
    request:
      'वृत्त-2 की मार्च 2027 की MIS बनाइए: स्मार्ट मीटरों की संचार विफलता (7 दिन से अधिक) और 30 दिन से अधिक लंबित नए कनेक्शन, उपखंड-वार, कारण सहित।',
    topology: {
      shape: 'nested',
      top: 'vritt_adhikari',
      teams: {
        meter_pramukh: ['ami_vishleshak'],
        sanyojan_pramukh: ['lambit_aavedan_vishleshak'],
      },
    },
    agents: [
      {
        name: 'vritt_adhikari',
        description: 'वृत्त स्तर की MIS तैयार करता है',
        instructions: 'दोनों टीमों से आँकड़े लेकर MIS बनाएँ।',
        replies: [
          {
            handoff: 'meter_pramukh',
            message: 'वृत्त-2, मार्च 2027: 7 दिन से अधिक संचार-विफल स्मार्ट मीटर, उपखंड-वार और कारण।',
          },
          {
            handoff: 'sanyojan_pramukh',
            message: 'वृत्त-2, 31.03.2027 की स्थिति: 30 दिन से अधिक लंबित नए कनेक्शन, उपखंड-वार और कारण।',
          },
          {
            say: '## वृत्त-2 MIS — मार्च 2027\n\n### स्मार्ट मीटर संचार विफलता (> 7 दिन)\n| उपखंड | मीटर | मुख्य कारण |\n|---|---|---|\n| UK-1 | 112 | DCU-1-07 बिजली आपूर्ति बंद (88) |\n| UK-2 | 47 | RF मेश कमज़ोर, सेक्टर 14 (31) |\n| UK-3 | 205 | सेलुलर सिम निष्क्रिय, बैच SIM-B2209 (174) |\n| **कुल** | **364** | स्थापित 61,280 का 0.59% |\n\n### लंबित नए कनेक्शन (> 30 दिन)\n| उपखंड | आवेदन | मुख्य कारण |\n|---|---|---|\n| UK-1 | 9 | मीटर स्टॉक शून्य (3-फेज) |\n| UK-2 | 4 | RoW विवाद (NC/2027/02118, 02131) |\n| UK-3 | 14 | DT क्षमता पूर्ण, DT-GN-03 (11) |\n| **कुल** | **27** | |\n\nकार्रवाई: SIM-B2209 बैच का पुनःसक्रियण (टिकट VND-27-0881), 3-फेज मीटर माँग पत्र MR-27-0412 (400 नग), DT-GN-03 वृद्धि WO-27-3390।',
          },
        ],
      },
      {
        name: 'meter_pramukh',
        description: 'स्मार्ट मीटर टीम का प्रमुख',
        instructions: 'AMI विश्लेषण करवाएँ और रिपोर्ट करें।',
        replies: [
          {
            handoff: 'ami_vishleshak',
            message: 'वृत्त-2 HES डेटा, मार्च 2027: 7 दिन से अधिक बिना संचार वाले मीटर, उपखंड और कारण कोड सहित।',
          },
          {
            say: 'संचार-विफल (> 7 दिन) 364 मीटर: UK-1 112 (DCU-1-07 आपूर्ति बंद 88), UK-2 47 (RF मेश सेक्टर 14: 31), UK-3 205 (SIM-B2209 निष्क्रिय 174)। स्थापित 61,280 का 0.59%। सिम बैच के लिए वेंडर टिकट VND-27-0881।',
          },
        ],
      },
      {
        name: 'ami_vishleshak',
        description: 'HES/MDM डेटा का विश्लेषण करता है',
        instructions: 'संचार विफलताओं को गिनें और कारण कोड दें।',
        replies: [
          {
            call: 'hes_sanchar_report',
            args: { vritt: 'C-2', mah: '2027-03', nyuntam_din: 7 },
            result:
              '{"sthapit": 61280, "vifal_7din": 364, "upkhand": {"UK-1": {"vifal": 112, "karan": {"DCU_POWER_OFF:DCU-1-07": 88, "METER_TAMPER_COVER": 9, "ANYA": 15}}, "UK-2": {"vifal": 47, "karan": {"RF_MESH_WEAK:SEC-14": 31, "ANYA": 16}}, "UK-3": {"vifal": 205, "karan": {"SIM_INACTIVE:SIM-B2209": 174, "ANYA": 31}}}, "vendor_ticket": "VND-27-0881"}',
          },
          {
            say: 'HES C-2 मार्च 2027: स्थापित 61,280, विफल > 7 दिन 364 (0.59%)।\n- UK-1: 112 — DCU_POWER_OFF DCU-1-07 88, टैम्पर कवर 9, अन्य 15\n- UK-2: 47 — RF_MESH_WEAK SEC-14 31, अन्य 16\n- UK-3: 205 — SIM_INACTIVE SIM-B2209 174, अन्य 31\nवेंडर टिकट VND-27-0881 (SIM-B2209)।',
          },
        ],
      },
      {
        name: 'sanyojan_pramukh',
        description: 'नए कनेक्शन टीम का प्रमुख',
        instructions: 'लंबित आवेदनों का विश्लेषण करवाएँ और रिपोर्ट करें।',
        replies: [
          {
            handoff: 'lambit_aavedan_vishleshak',
            message: 'वृत्त-2: 31.03.2027 को 30 दिन से अधिक लंबित NC आवेदन, उपखंड-वार, कारण और आवेदन क्रमांक।',
          },
          {
            say: 'लंबित (> 30 दिन) 27 आवेदन: UK-1 9 (3-फेज मीटर स्टॉक शून्य; माँग MR-27-0412, 400 नग), UK-2 4 (RoW विवाद NC/2027/02118, 02131; अन्य 2 दस्तावेज़ अधूरे), UK-3 14 (DT-GN-03 पूर्ण 11, WO-27-3390; अन्य 3)।',
          },
        ],
      },
      {
        name: 'lambit_aavedan_vishleshak',
        description: 'लंबित नए कनेक्शन आवेदनों का विश्लेषण करता है',
        instructions: 'लंबित आवेदन गिनें और कारण दें।',
        replies: [
          {
            call: 'lambit_nc_report',
            args: { vritt: 'C-2', tithi: '2027-03-31', nyuntam_din: 30 },
            result:
              '{"kul": 27, "UK-1": {"sankhya": 9, "karan": "METER_STOCK_NIL_3PH", "mang": "MR-27-0412 (400)"}, "UK-2": {"sankhya": 4, "karan": {"ROW_DISPUTE": ["NC/2027/02118", "NC/2027/02131"], "DOC_INCOMPLETE": ["NC/2027/02204", "NC/2027/02290"]}}, "UK-3": {"sankhya": 14, "karan": {"DT_FULL:DT-GN-03": 11, "ANYA": 3}, "work_order": "WO-27-3390"}}',
          },
          {
            say: 'C-2, 31.03.2027, > 30 दिन: 27 आवेदन।\n- UK-1: 9 — METER_STOCK_NIL_3PH, माँग MR-27-0412 (400)\n- UK-2: 4 — RoW विवाद NC/2027/02118, NC/2027/02131; दस्तावेज़ अधूरे NC/2027/02204, NC/2027/02290\n- UK-3: 14 — DT-GN-03 पूर्ण 11 (WO-27-3390), अन्य 3',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch168Scenarios = [...faults, ...healthy];
