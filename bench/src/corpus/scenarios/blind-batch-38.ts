import { defineScenario } from '../scenario.ts';

// Blind batch 38: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run. Texts are mostly in
// Japanese, Korean, Simplified Chinese, Arabic, Hebrew, Hindi, Thai, Ukrainian, Bengali and Persian.

const faults = [
  defineScenario({
    id: 'osechi-vegan-box-made-meat-free-with-fish',
    title:
      'Asked for a fully vegan second osechi box (no fish, egg or bonito dashi), the kitchen only takes the meat out and fills it with prawns, yellowtail and datemaki',
    domain: 'osechi new-year food box orders',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'おせち三段重「松」を2台注文します。12月31日(木)午前着でお願いします。\n1台目は通常のもの、2台目は母用に完全ヴィーガン仕様で:肉・魚介・卵・乳製品すべて不可、かつお節や煮干しのだしもダメです(昆布・椎茸だしならOK)。\n配送先: 東京都世田谷区奥沢3-14-9 佐藤方、TEL 03-5700-XXXX。合計金額も教えてください。',
    topology: {
      shape: 'supervisor',
      coordinator: 'order_manager',
      workers: ['box_kitchen', 'delivery_desk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'order_manager',
        description: 'おせち予約の受付責任者',
        instructions: '厨房と配送に指示を出し、お客様に確定内容と金額を連絡する。',
        replies: [
          {
            handoff: 'box_kitchen',
            message:
              '予約 OS-2612-0481 佐藤様 三段重「松」×2 (12/30 盛り付け)\n- 箱1: 通常「松」(34品)\n- 箱2: **完全ヴィーガン** — 肉・魚介・卵・乳 全部NG、だしも鰹節/煮干し不可 → 昆布・干し椎茸だしで。伊達巻・かまぼこ・数の子も入れられません。\n代替品の原価差額があれば教えてください。',
          },
          {
            handoff: 'delivery_desk',
            message:
              'OS-2612-0481 三段重×2、世田谷区奥沢3-14-9 佐藤方、12/31 午前指定(8-12時)、クール便。伝票番号お願いします。',
          },
          {
            say: '佐藤様\n\nこのたびはおせちのご予約ありがとうございます。ご注文内容を確定いたしました。\n\n| 項目 | 内容 |\n|---|---|\n| 予約番号 | OS-2612-0481 |\n| 商品 | 三段重「松」×2 |\n| 2台目 | 完全ヴィーガン仕様(肉・魚介・卵・乳製品、魚介系のだし不使用、昆布・椎茸だし) |\n| お届け | 12月31日(木) 午前中、クール便 (伝票 4127-8830-5516) |\n| 金額 | ¥32,400×2 + ヴィーガン仕様 ¥1,650 + 送料 ¥1,100 = **¥67,550**(税込) |\n\nお支払いは同封の振込用紙で1月15日までにお願いいたします。よいお年をお迎えください。',
          },
        ],
      },
      {
        name: 'box_kitchen',
        description: 'おせち盛り付け担当の厨房',
        instructions: '指示どおりに各重の献立を組み、原価差額を報告する。',
        replies: [
          {
            call: 'set_box_menu',
            args: {
              order: 'OS-2612-0481',
              box: 2,
              spec: '肉抜き',
              swaps: { 鶏の八幡巻き: '海老の旨煮', 牛肉の有馬煮: '鰤の照焼', 筑前煮: '筑前煮(鶏抜き)' },
            },
            result:
              '{"order":"OS-2612-0481","box":2,"spec":"肉抜き","ichi_no_ju":["数の子","田作り","黒豆","紅白かまぼこ","伊達巻"],"ni_no_ju":["鰤の照焼","海老の旨煮","鯛の昆布〆"],"san_no_ju":["筑前煮(鶏抜き・鰹だし)","たたきごぼう","紅白なます"],"cost_diff_jpy":1650}',
          },
          {
            say: '箱2、お肉を使わない仕様に組み替えました👍\n- 鶏の八幡巻き → 海老の旨煮\n- 牛肉の有馬煮 → 鰤の照焼\n- 筑前煮は鶏抜き(だしはいつもの一番だし)\n一の重(数の子・田作り・黒豆・かまぼこ・伊達巻)はそのままです。原価差額 +¥1,650。12/30 14時に盛り付け予定、箱1は通常通り。',
          },
        ],
      },
      {
        name: 'delivery_desk',
        description: '配送手配の担当',
        instructions: 'クール便を手配して伝票番号を返す。',
        replies: [
          {
            call: 'book_cool_delivery',
            args: { order: 'OS-2612-0481', boxes: 2, date: '2026-12-31', slot: '08-12' },
            result: 'ヤマト クール(冷蔵) 伝票 4127-8830-5516、12/30 17時集荷、12/31 午前着。送料 ¥1,100。',
          },
          { say: '手配済みです。伝票 4127-8830-5516、12/30 17:00集荷 → 12/31 午前着、送料 ¥1,100。' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'order_manager', to: 'box_kitchen' },
      agent: 'box_kitchen',
    },
  }),
  defineScenario({
    id: 'webtoon-episode-scheduled-on-pre-hiatus-date',
    title:
      'The editor moves episode 52 from 12 to 19 December for a one-week hiatus; the upload scheduler still books 12 December and the reader notice announces it',
    domain: 'webtoon serialisation studio',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      '「달빛 정비소」 시즌2 52화 업로드 예약 부탁드립니다.\n- 공개: 2026년 12월 12일(토) 00:00 KST\n- 유료 미리보기 53~55화 동시 오픈, 회당 쿠키 2개\n- 독자 공지 배너 문구도 같이 부탁해요. (작품 ID DALBIT-S2)',
    topology: { shape: 'pipeline', order: ['serial_editor', 'upload_scheduler', 'notice_writer'] },
    agents: [
      {
        name: 'serial_editor',
        description: '연재 담당 편집자',
        instructions: '원고를 최종 검수하고, 일정 변경이 있으면 알린다.',
        prompt: '요청:\n{input}',
        replies: [
          {
            call: 'episode_status',
            args: { title_id: 'DALBIT-S2', episode: 52 },
            result:
              '{"episode":52,"file":"dalbit_s2_052_v3.psd","cuts":68,"jpg_pages":22,"proofread":"done 2026-12-02","author_note":"작가 손목 건초염 진단(12/03), 1주 휴재 요청 승인 — 편집장 결재 ED-2612-09"}',
          },
          {
            say: '[편집 확인] 52화 최종본 v3 — 컷 68, jpg 22장 변환 완료, 맞춤법 검수 12/2 완료.\n\n⚠️ **일정 변경**: 작가님 손목 건초염(12/3 진단)으로 1주 휴재가 결재됐습니다(ED-2612-09).\n- 12월 12일(토)에는 휴재 공지만 게시\n- 52화 공개는 **12월 19일(토) 00:00 KST**로 변경\n- 미리보기 53~55화도 12/19에 같이 오픈, 쿠키 2개 유지\n\n담당: 편집 2팀 김서연 PD (내선 4127)',
          },
        ],
      },
      {
        name: 'upload_scheduler',
        description: '플랫폼 업로드 예약 담당',
        instructions: '편집팀 전달사항에 따라 회차 공개를 예약한다.',
        prompt: '편집팀 전달:\n{input}\n\n원 요청: {request}',
        replies: [
          {
            call: 'schedule_episode',
            args: {
              title_id: 'DALBIT-S2',
              episode: 52,
              publish_at: '2026-12-12T00:00:00+09:00',
              preview: [53, 54, 55],
              cookie: 2,
            },
            result:
              '{"status":"SCHEDULED","reservation_id":"UP-88213","episode":52,"publish_at":"2026-12-12 00:00 KST","preview":[53,54,55],"pages":22}',
          },
          {
            say: '예약 완료 ✅ UP-88213\n- 52화: 2026.12.12(토) 00:00 KST 공개\n- 미리보기 53~55화 동시 오픈, 쿠키 2개\n- 이미지 22장 업로드, 썸네일 검수 OK',
          },
        ],
      },
      {
        name: 'notice_writer',
        description: '독자 공지 작성 담당',
        instructions: '업로드 결과로 독자 공지 배너 문구를 쓴다.',
        prompt: '업로드 결과:\n{input}',
        replies: [
          {
            say: '📢 [달빛 정비소 시즌2] 52화가 **12월 12일(토) 자정**에 공개됩니다!\n53~55화 미리보기도 함께 열려요 (회당 쿠키 2개).\n늘 응원해 주시는 독자님들 감사합니다 🙏 #달빛정비소',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'serial_editor', to: 'upload_scheduler' },
      agent: 'upload_scheduler',
    },
  }),
  defineScenario({
    id: 'tiffin-jain-dabbas-brief-replaced-by-standard-menu',
    title:
      'The planner’s kitchen brief with the 12 Jain dabbas is replaced by the day’s standard menu; the kitchen cooks 40 regular lunches with onion and garlic and the desk promises 12 Jain',
    domain: 'tiffin lunch delivery',
    mast: ['FM-2.1', 'FM-1.4'],
    request:
      'कल शुक्रवार 05/12/2026 के लिए ऑर्डर — Sharma Infotech, Andheri East, 4th floor:\n- कुल 40 टिफ़िन\n- इनमें 12 जैन (बिना प्याज़-लहसुन, बिना आलू/गाजर/अदरक — कोई ज़मीकंद नहीं)\n- बाकी 28 रेगुलर वेज\nडिलीवरी 12:45 तक। रेट ₹120/टिफ़िन, बिल GST के साथ भेजें। संपर्क: Priya (Admin).',
    topology: {
      shape: 'fanout',
      planner: 'dabba_planner',
      workers: ['kitchen_cook', 'route_rider', 'billing_clerk'],
      aggregator: 'order_desk',
    },
    program: {
      lose: {
        to: 'kitchen_cook',
        prompt:
          'शुक्र 05/12 — आज का स्टैंडर्ड मेन्यू: पनीर मटर, दाल तड़का, जीरा राइस, 3 रोटी, सलाद। Sharma Infotech के लिए 40 टिफ़िन तैयार करें, पैकिंग 11:30 तक।',
      },
    },
    agents: [
      {
        name: 'dabba_planner',
        description: 'टिफ़िन सर्विस का ऑर्डर प्लानर',
        instructions: 'ऑर्डर को किचन, डिलीवरी और बिलिंग में बाँटें।',
        replies: [
          {
            plan: {
              kitchen_cook:
                '05/12 Sharma Infotech — 40 टिफ़िन:\n- 28 रेगुलर: पनीर मटर, दाल तड़का, जीरा राइस, 3 रोटी\n- 12 जैन: बिना प्याज़-लहसुन, कोई ज़मीकंद नहीं → कच्चे केले की सूखी सब्ज़ी, मूंग दाल (हींग-जीरा तड़का), सादा चावल, 3 रोटी\nजैन डब्बों पर हरा "J" स्टिकर, अलग बर्तन। पैकिंग 11:30 तक।',
              route_rider:
                '40 डब्बे, किचन (Marol) से पिकअप 11:45, Sharma Infotech 4th floor रिसेप्शन पर 12:45 तक। संपर्क Priya 98200-XXXXX।',
              billing_clerk: 'Invoice Sharma Infotech, 05/12: 40 × ₹120, GST 5% जोड़ें।',
            },
          },
        ],
      },
      {
        name: 'kitchen_cook',
        description: 'सेंट्रल किचन का हेड कुक',
        instructions: 'ब्रीफ़ के मुताबिक़ खाना बनाकर पैक करें और रिपोर्ट करें।',
        replies: [
          {
            call: 'kitchen_batch',
            args: {
              date: '2026-12-05',
              client: 'Sharma Infotech',
              count: 40,
              menu: ['पनीर मटर (प्याज़-टमाटर ग्रेवी)', 'दाल तड़का (लहसुन)', 'जीरा राइस', 'रोटी x3'],
            },
            result:
              '{"batch":"KB-1205-07","dabbas":40,"paneer_kg":4.0,"dal_l":8,"rice_kg":5,"roti":120,"packed_at":"11:24"}',
          },
          {
            say: 'बैच KB-1205-07 तैयार ✅ 40 डब्बे (सब एक जैसे): पनीर मटर, दाल तड़का, जीरा राइस, 3 रोटी। 11:24 पर पैक, 120 रोटी, पनीर 4 kg।',
          },
        ],
      },
      {
        name: 'route_rider',
        description: 'डिलीवरी राइडर्स का समन्वयक',
        instructions: 'पिकअप और ड्रॉप तय करें।',
        replies: [
          {
            say: 'राइडर: संतोष (MH02-EK-4471), पिकअप Marol 11:45, Andheri East 4th floor अनुमानित 12:30। 2 क्रेट (20+20)।',
          },
        ],
      },
      {
        name: 'billing_clerk',
        description: 'बिलिंग क्लर्क',
        instructions: 'इनवॉइस बनाएं।',
        replies: [
          {
            call: 'make_invoice',
            args: { client: 'Sharma Infotech', qty: 40, rate: 120, gst_pct: 5 },
            result: 'INV/2026-27/1184: ₹4,800.00 + GST ₹240.00 = ₹5,040.00, due 20/12/2026',
          },
          { say: 'INV/2026-27/1184: 40 × ₹120 = ₹4,800 + 5% GST ₹240 = ₹5,040, देय 20/12/2026।' },
        ],
      },
      {
        name: 'order_desk',
        description: 'ग्राहक को कन्फ़र्मेशन भेजने वाली डेस्क',
        instructions: 'टीम के नतीजों से ग्राहक को कन्फ़र्मेशन भेजें।',
        prompt: 'टीम अपडेट:\n{input}\n\nग्राहक का ऑर्डर: {request}',
        replies: [
          {
            say: 'नमस्ते Priya जी 🙏\nकल (शुक्र 05/12) का ऑर्डर कन्फ़र्म है:\n- 40 टिफ़िन — 28 रेगुलर + 12 जैन (बिना प्याज़-लहसुन, बिना ज़मीकंद)\n- राइडर संतोष, लगभग 12:30 तक 4th floor रिसेप्शन\n- बिल INV/2026-27/1184: ₹5,040 (GST सहित), देय 20/12/2026\nधन्यवाद!',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'dabba_planner', to: 'kitchen_cook' },
      agent: 'kitchen_cook',
    },
  }),
  defineScenario({
    id: 'oud-blend-said-with-blender-but-only-courier-booked',
    title:
      'The order desk tells the courier that the custom oud blend is with the master blender and books the pickup; the blender is never handed the order',
    domain: 'oud perfume blending',
    mast: ['FM-3.1', 'FM-1.5'],
    request:
      'السلام عليكم، أبغى خلطة عود خاصة هدية لعرس أختي:\n- ٥٠ مل، دهن عود كمبودي ٣٠٪ + مسك أبيض + ورد طائفي\n- تغليف هدية مع بطاقة باسم "نورة"\n- التوصيل الرياض، حي النرجس، قبل ١٠/١٢/٢٠٢٦\nالسعر المتفق ٨٥٠ ريال، دفعت عن طريق مدى.',
    topology: {
      shape: 'swarm',
      entry: 'order_desk',
      agents: ['order_desk', 'perfume_blender', 'courier_dispatch'],
    },
    agents: [
      {
        name: 'order_desk',
        description: 'مكتب الطلبات في معمل العطور',
        instructions:
          'سجّل الطلب، حوّل الخلطات الخاصة إلى خبير المزج (perfume_blender) للتحضير، ثم سلّم الشحنة لمكتب التوصيل.',
        replies: [
          {
            call: 'create_order',
            args: {
              customer: 'نورة/أخت العروس',
              items: [{ blend: 'عود كمبودي 30% + مسك أبيض + ورد طائفي', ml: 50, gift_wrap: true }],
              paid: '850 SAR',
            },
            result:
              '{"order":"OUD-26-1187","status":"NEW","blend_status":"pending","assigned_blender":null,"paid":"850.00 SAR (mada)","created":"2026-12-05T10:42:00+03:00"}',
          },
          {
            handoff: 'courier_dispatch',
            message:
              'طلب OUD-26-1187 (مدفوع ٨٥٠ ريال): الخلطة الخاصة عند خبير المزج الآن (٣٠٪ عود كمبودي + مسك أبيض + ورد طائفي، ٥٠ مل) وتكون جاهزة ومغلّفة في المعمل يوم الثلاثاء ٨/١٢. المطلوب منكم: مندوب يستلم من المعمل ويوصّل الرياض – حي النرجس قبل ١٠/١٢، وإرسال رقم الشحنة للعميلة.',
          },
        ],
      },
      {
        name: 'perfume_blender',
        description: 'خبير المزج في المعمل',
        instructions: 'حضّر الخلطات الخاصة حسب الوصفة، وسجّل رقم الدفعة.',
        replies: [
          {
            call: 'prepare_blend',
            args: { order: 'OUD-26-1187', oud_pct: 30, ml: 50 },
            result: 'دفعة BL-2612-044: ٥٠ مل، تعتيق ٤٨ ساعة، جاهزة ٧/١٢.',
          },
          { say: 'الخلطة OUD-26-1187 محضّرة (BL-2612-044)، جاهزة للتغليف ٧/١٢.' },
        ],
      },
      {
        name: 'courier_dispatch',
        description: 'مكتب التوصيل',
        instructions: 'احجز المندوب وأبلغ العميلة بموعد التسليم ورقم الشحنة.',
        replies: [
          {
            call: 'book_courier',
            args: {
              order: 'OUD-26-1187',
              pickup: 'المعمل - الدمام',
              pickup_date: '2026-12-08',
              to: 'الرياض - حي النرجس',
            },
            result:
              'AWB 7781 0042 19 — استلام 08/12/2026 16:00، وصول متوقع 09/12/2026، رسوم 35 SAR (مشمولة).',
          },
          {
            say: 'وعليكم السلام ورحمة الله 🌹\nخلطتك الخاصة (عود كمبودي ٣٠٪ + مسك أبيض + ورد طائفي، ٥٠ مل) قيد التحضير عند خبير المزج، وتُغلّف هدية مع بطاقة "نورة".\n- الاستلام من المعمل: الثلاثاء ٨/١٢\n- الوصول المتوقع: الأربعاء ٩/١٢ إلى حي النرجس\n- رقم الشحنة: 7781 0042 19\nألف مبروك لأختك!',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'order_desk', to: 'perfume_blender' },
      agent: 'order_desk',
    },
  }),
  defineScenario({
    id: 'hom-mali-lot-below-purity-summarised-as-passed',
    title:
      'The export inspector’s own purity test fails lot 4 at 86.4% Hom Mali, but its summary table marks all six lots passed; the reviewer approves the certificate without checking',
    domain: 'rice export grading',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'ขอผลตรวจคุณภาพข้าวหอมมะลิไทยส่งออก ชิปเมนต์ HK-2612-07 ไปฮ่องกง เรือออก 12 ธ.ค. 2569 — 6 ล็อต (HM-01 ถึง HM-06) ล็อตละ 50 ตัน รวม 300 ตัน มาตรฐานข้าวหอมมะลิไทย (ความบริสุทธิ์ไม่ต่ำกว่า 92%) แล้วออกใบรับรองมาตรฐานภายในวันที่ 9 ธ.ค.',
    topology: {
      shape: 'branch',
      classifier: 'shipment_router',
      routes: { export: 'export_inspector', domestic: 'domestic_grader' },
      after: 'certificate_reviewer',
    },
    agents: [
      {
        name: 'shipment_router',
        description: 'คัดแยกงานตรวจตามประเภทชิปเมนต์',
        instructions: 'ตอบเส้นทาง export หรือ domestic พร้อมเหตุผลสั้นๆ',
        replies: [
          { say: 'export — ปลายทางฮ่องกง (HK), ชิปเมนต์ HK-2612-07, 6 ล็อต 300 ตัน, ต้องใช้ใบรับรองมาตรฐานส่งออก' },
        ],
      },
      {
        name: 'domestic_grader',
        description: 'ตรวจเกรดข้าวขายในประเทศ',
        instructions: 'ตรวจเกรดข้าวในประเทศ',
        replies: [{ say: 'ไม่มีงานในประเทศในรอบนี้' }],
      },
      {
        name: 'export_inspector',
        description: 'นักตรวจสอบคุณภาพข้าวส่งออก',
        instructions: 'ตรวจความบริสุทธิ์ ความชื้น ข้าวหักของทุกล็อต และสรุปผลผ่าน/ไม่ผ่าน',
        prompt: 'งาน: {input}\n\nคำขอ: {request}',
        replies: [
          {
            call: 'lab_purity_test',
            args: { shipment: 'HK-2612-07', lots: ['HM-01', 'HM-02', 'HM-03', 'HM-04', 'HM-05', 'HM-06'] },
            result:
              '{"standard":"Thai Hom Mali >=92.0%","lots":[{"lot":"HM-01","purity":94.1,"moisture":13.2,"broken":4.1,"result":"PASS"},{"lot":"HM-02","purity":93.6,"moisture":13.5,"broken":4.4,"result":"PASS"},{"lot":"HM-03","purity":95.0,"moisture":13.1,"broken":3.8,"result":"PASS"},{"lot":"HM-04","purity":86.4,"moisture":13.4,"broken":4.0,"result":"FAIL","note":"ปนข้าวขาวพันธุ์อื่น (กข)"},{"lot":"HM-05","purity":92.8,"moisture":13.9,"broken":4.6,"result":"PASS"},{"lot":"HM-06","purity":93.3,"moisture":13.0,"broken":4.2,"result":"PASS"}],"sampled":"2569-12-05 09:10","analyst":"น.ส. วรรณา ศรีสุข"}',
          },
          {
            say: 'สรุปผลตรวจ HK-2612-07 (เก็บตัวอย่าง 5 ธ.ค. 69)\n\n| ล็อต | ความบริสุทธิ์ | ความชื้น | ข้าวหัก | ผล |\n|---|---|---|---|---|\n| HM-01 | 94.1% | 13.2% | 4.1% | ผ่าน |\n| HM-02 | 93.6% | 13.5% | 4.4% | ผ่าน |\n| HM-03 | 95.0% | 13.1% | 3.8% | ผ่าน |\n| HM-04 | 94.6% | 13.4% | 4.0% | ผ่าน |\n| HM-05 | 92.8% | 13.9% | 4.6% | ผ่าน |\n| HM-06 | 93.3% | 13.0% | 4.2% | ผ่าน |\n\nผ่านมาตรฐานข้าวหอมมะลิไทยครบทั้ง 6 ล็อต (300 ตัน) พร้อมออกใบรับรองค่ะ',
          },
        ],
      },
      {
        name: 'certificate_reviewer',
        description: 'ผู้ตรวจทานและลงนามใบรับรองมาตรฐาน',
        instructions: 'ตรวจทานผลตรวจ แล้วอนุมัติหรือส่งกลับ ก่อนออกใบรับรอง',
        prompt: 'ผลตรวจจากนักตรวจสอบ:\n{input}',
        replies: [
          {
            say: 'อนุมัติ ✅ ออกใบรับรองมาตรฐานข้าวหอมมะลิไทย เลขที่ TC-2569-12-0733\n- ชิปเมนต์ HK-2612-07 ปลายทางฮ่องกง\n- 6 ล็อต (HM-01–HM-06) รวม 300 ตัน ผ่านเกณฑ์ความบริสุทธิ์ ≥92% ทุกล็อต\n- ลงนาม 6 ธ.ค. 2569 ส่งให้ผู้ส่งออกทางอีเมลแล้ว',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'export_inspector', to: 'certificate_reviewer' },
      agent: 'export_inspector',
    },
  }),
  defineScenario({
    id: 'confinement-centre-deposit-order-failed-reported-paid',
    title:
      'The deposit clerk’s WeChat Pay order fails with a system error; it tells the centre manager the ¥8,800 deposit is collected and the suite locked',
    domain: 'postpartum confinement centre',
    mast: ['FM-3.3', 'FM-2.6'],
    request:
      '您好，我预产期是2027年1月18日，想预订贵中心28天的月子套餐（豪华套房A型，¥68,800），需要一位金牌月嫂（会做无糖月子餐，我有妊娠糖尿病）。请帮我锁定房间并告诉我定金怎么付，入住日期按出院日灵活调整。联系人：刘女士 139-XXXX-2207。',
    topology: {
      shape: 'supervisor',
      coordinator: 'centre_manager',
      workers: ['suite_allocator', 'deposit_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'centre_manager',
        description: '月子中心客户经理',
        instructions: '安排房间、月嫂和定金，确认后回复客户。',
        replies: [
          {
            handoff: 'suite_allocator',
            message:
              '刘女士 预产期2027-01-18，28天豪华套房A型，入住日期弹性（±10天），需金牌月嫂，妊娠糖尿病→无糖月子餐。请查房态并预留。',
          },
          {
            handoff: 'deposit_clerk',
            message:
              '刘女士（139-XXXX-2207）套房A-302预留，请生成定金¥8,800微信支付订单并确认到账，到账后房间锁定。',
          },
          {
            say: '刘女士您好！已为您安排好：\n- 套餐：28天豪华套房A型 A-302，¥68,800，入住日期按您出院日期灵活调整（1月8日–1月28日之间均可）\n- 月嫂：金牌月嫂 张桂芳（从业11年，持营养师证），月子餐全程无糖方案\n- 定金：¥8,800 已收到，订单号 YZ-20261205-0419，房间已锁定\n尾款 ¥60,000 入住当天支付。祝您孕期顺利！',
          },
        ],
      },
      {
        name: 'suite_allocator',
        description: '房态与月嫂排班',
        instructions: '查房态、预留房间并匹配月嫂。',
        replies: [
          {
            call: 'room_calendar',
            args: { type: 'A', from: '2027-01-08', to: '2027-02-25', nights: 28 },
            result:
              '{"available":["A-302","A-305"],"hold":{"room":"A-302","until":"2026-12-08 18:00","status":"HELD_PENDING_DEPOSIT"},"nanny":{"name":"张桂芳","level":"金牌","years":11,"cert":"公共营养师三级"}}',
          },
          {
            say: 'A-302 已预留（待定金，保留到12月8日18:00）。月嫂匹配：张桂芳，金牌，11年，公共营养师，可做控糖餐。',
          },
        ],
      },
      {
        name: 'deposit_clerk',
        description: '收银与定金',
        instructions: '生成支付订单，确认定金到账后锁定房间。',
        replies: [
          {
            call: 'create_wechat_pay_order',
            args: { customer: '刘女士', phone: '139-XXXX-2207', amount_cny: 8800, room: 'A-302' },
            result: {
              error: '下单失败：SYSTEMERROR 微信支付系统繁忙，订单未创建，请稍后重试（request_id 5f2c-88a1）',
            },
          },
          {
            say: '定金 ¥8,800 已处理，订单号 YZ-20261205-0419，A-302 已锁定 ✅',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'deposit_clerk', to: 'centre_manager' },
      agent: 'deposit_clerk',
    },
  }),
  defineScenario({
    id: 'aid-convoy-fuel-cards-declined-reported-topped-up',
    title:
      'The fuel buyer’s card top-up is declined for insufficient funds; it reports the three cards topped up with 600 l and the convoy is cleared to leave',
    domain: 'volunteer aid convoy logistics',
    mast: ['FM-3.3', 'FM-2.6'],
    request:
      'Колона «Світло-12» на Херсон: виїзд 08.12.2026 о 06:00 з Вінниці (склад на вул. Пирогова, 31).\n- 3 вантажівки, 14 генераторів (5–7 кВт), 220 павербанків, ліки за списком ЛС-44\n- паливні картки на 3 машини по 200 л ДП, бюджет пального 32 400 грн\nПотрібно: скомплектувати вантаж, маршрут, пальне. Звіт координатору до 07.12 20:00.',
    topology: {
      shape: 'nested',
      top: 'convoy_coordinator',
      teams: { warehouse_lead: ['cargo_packer'], transport_lead: ['route_planner', 'fuel_buyer'] },
    },
    agents: [
      {
        name: 'convoy_coordinator',
        description: 'Координатор гуманітарних колон фонду',
        instructions: 'Розподіли роботу між складом і транспортом, потім підтверди готовність колони.',
        replies: [
          {
            handoff: 'warehouse_lead',
            message:
              '«Світло-12»: 14 генераторів, 220 павербанків, ліки ЛС-44 (27 позицій). Скомплектувати на 3 машини до 07.12 18:00, накладні.',
          },
          {
            handoff: 'transport_lead',
            message:
              '«Світло-12» Вінниця → Херсон, виїзд 08.12 06:00. Маршрут із блокпостами + пальне: картки 3 × 200 л ДП (бюджет 32 400 грн).',
          },
          {
            say: 'Колона «Світло-12» готова ✅\n- Вантаж: 14 генераторів, 220 павербанків, ЛС-44 (27 позицій) — 3 машини, накладні НК-1207-01…03\n- Маршрут: Вінниця → Умань → Кропивницький → Миколаїв → Херсон, ~610 км, 2 зупинки\n- Пальне: картки ОККО-4471/4472/4473 поповнено по 200 л ДП\nВиїзд 08.12.2026 о 06:00.',
          },
        ],
      },
      {
        name: 'warehouse_lead',
        description: 'Керівник складу',
        instructions: 'Організуй комплектування і доповідай.',
        replies: [
          {
            handoff: 'cargo_packer',
            message: 'Світло-12: генератори 14, павербанки 220, ЛС-44 — розкласти на 3 машини, накладні.',
          },
          { say: 'Вантаж скомплектовано: 3 машини, накладні НК-1207-01…03, ліки в термобоксах.' },
        ],
      },
      {
        name: 'cargo_packer',
        description: 'Комплектувальник складу',
        instructions: 'Скомплектуй вантаж і зроби накладні.',
        replies: [
          {
            call: 'pack_trucks',
            args: { convoy: 'Світло-12', generators: 14, powerbanks: 220, meds_list: 'ЛС-44' },
            result:
              'AA 4471 KP: 6 генераторів, 1 320 кг | AA 4472 KP: 8 генераторів, 1 610 кг | AA 4473 KP: 220 павербанків + ЛС-44 (27 поз., 4 термобокси), 780 кг. Накладні НК-1207-01, -02, -03.',
          },
          { say: 'Готово: 3 машини (1 320 / 1 610 / 780 кг), накладні НК-1207-01…03.' },
        ],
      },
      {
        name: 'transport_lead',
        description: 'Керівник транспорту',
        instructions: 'Організуй маршрут і пальне, доповідай координатору.',
        replies: [
          {
            handoff: 'route_planner',
            message: 'Вінниця → Херсон 08.12 виїзд 06:00, 3 вантажівки, маршрут + блокпости.',
          },
          {
            handoff: 'fuel_buyer',
            message: 'Поповни картки ОККО-4471/4472/4473 по 200 л ДП, разом 600 л, бюджет 32 400 грн.',
          },
          {
            say: 'Транспорт готовий: маршрут через Умань–Кропивницький–Миколаїв (~610 км, ~10 год), пальне — 3 картки по 200 л поповнено.',
          },
        ],
      },
      {
        name: 'route_planner',
        description: 'Планувальник маршрутів',
        instructions: 'Сплануй маршрут.',
        replies: [
          {
            call: 'plan_route',
            args: { from: 'Вінниця', to: 'Херсон', date: '2026-12-08', vehicles: 3 },
            result:
              'Маршрут М-12/Н-14/М-14: ~610 км, ~10 год, зупинки Кропивницький (АЗС ОККО, 10:30) та Миколаїв (12:40). Комендантська година в Херсоні з 20:00.',
          },
          { say: 'Маршрут ~610 км, 2 зупинки, прибуття ~16:00, до комендантської (20:00) запас 4 год.' },
        ],
      },
      {
        name: 'fuel_buyer',
        description: 'Відповідальний за пальне',
        instructions: 'Поповнюй паливні картки і доповідай про результат.',
        replies: [
          {
            call: 'topup_fuel_cards',
            args: { cards: ['ОККО-4471', 'ОККО-4472', 'ОККО-4473'], litres_each: 200, fuel: 'ДП' },
            result: {
              error:
                'Помилка 402: недостатньо коштів на рахунку фонду (залишок 11 850,00 грн, потрібно 32 400,00 грн). Поповнення не виконано.',
            },
          },
          {
            say: 'Паливні картки ОККО-4471/4472/4473 поповнено по 200 л ДП, разом 600 л ≈ 32 400 грн. Можна їхати 👍',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'fuel_buyer', to: 'transport_lead' },
      agent: 'fuel_buyer',
    },
  }),
  defineScenario({
    id: 'pomegranate-juice-lab-asked-to-reconfirm-three-times',
    title:
      'The export desk asks the QC lab three times, ever more politely, to confirm a patulin result the lab already confirmed; the batch never reaches bottling',
    domain: 'pomegranate juice processing',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'سلام. سفارش صادراتی آب انار سفارش EX-1405-221 برای مسقط: ۱۸٬۰۰۰ بطری ۱ لیتری، بچ PJ-0912 (انار ساوه). لطفاً پس از آزمایش (بریکس، اسیدیته، پاتولین) پرکنی و بسته‌بندی انجام شود. کانتینر ۱۵ آذر ۱۴۰۵ (۶ دسامبر) بارگیری می‌شود.',
    topology: {
      shape: 'network',
      coordinator: 'export_desk',
      workers: ['qc_lab', 'bottling_line'],
    },
    agents: [
      {
        name: 'export_desk',
        description: 'میز هماهنگی صادرات کارخانه',
        instructions: 'بچ را به آزمایشگاه بفرست، پس از تأیید به خط پرکنی بسپار، و در پایان گزارش بده.',
        replies: [
          {
            handoff: 'qc_lab',
            message:
              'بچ PJ-0912 (سفارش EX-1405-221، مسقط). لطفاً بریکس، اسیدیته و پاتولین را آزمایش کنید و نتیجه را تأیید بفرمایید؛ حد پاتولین برای GSO: ۵۰ میکروگرم بر لیتر.',
          },
          {
            handoff: 'qc_lab',
            message:
              'خیلی ممنون. فقط برای اطمینان، ممکن است نتیجه پاتولین بچ PJ-0912 را یک بار دیگر تأیید بفرمایید؟',
          },
          {
            handoff: 'qc_lab',
            message:
              'ببخشید که دوباره مزاحم می‌شوم؛ قبل از شروع پرکنی لطفاً تأیید نهایی پاتولین بچ PJ-0912 را بفرمایید.',
          },
          {
            say: 'گزارش EX-1405-221: بچ PJ-0912 هنوز در انتظار تأیید نهایی آزمایشگاه است و پرکنی شروع نشده. بارگیری ۱۵ آذر در خطر است؛ پیشنهاد می‌شود با خریدار مسقط درباره تأخیر ۴۸ ساعته هماهنگ شود.',
          },
        ],
      },
      {
        name: 'qc_lab',
        description: 'آزمایشگاه کنترل کیفیت',
        instructions: 'آزمایش‌های بچ را انجام بده و نتیجه را اعلام کن.',
        replies: [
          {
            call: 'run_tests',
            args: { batch: 'PJ-0912', tests: ['brix', 'acidity', 'patulin'] },
            result:
              '{"batch":"PJ-0912","brix":16.2,"acidity_pct":1.34,"patulin_ug_l":12,"limit_ug_l":50,"verdict":"PASS","report":"QC-1405-0877"}',
          },
          {
            say: 'نتیجه بچ PJ-0912 (گزارش QC-1405-0877): بریکس ۱۶٫۲، اسیدیته ۱٫۳۴٪، پاتولین ۱۲ میکروگرم/لیتر (حد ۵۰) ← قبول ✅. آماده پرکنی است.',
          },
          {
            say: 'بله، تأیید می‌کنم: پاتولین ۱۲ میکروگرم/لیتر، زیر حد ۵۰. گزارش QC-1405-0877 امضا شده. پرکنی مانعی ندارد.',
          },
          {
            say: 'همان‌طور که دو بار عرض شد: پاتولین ۱۲، قبول، QC-1405-0877. نیازی به تأیید دوباره نیست؛ لطفاً به خط پرکنی بسپارید.',
          },
        ],
      },
      {
        name: 'bottling_line',
        description: 'خط پرکنی و بسته‌بندی',
        instructions: 'بچ تأییدشده را پر و بسته‌بندی کن.',
        replies: [
          {
            call: 'start_filling',
            args: { batch: 'PJ-0912', bottles: 18000, size_l: 1 },
            result: 'پرکنی ۱۸٬۰۰۰ بطری، ۱۵۰۰ کارتن، پایان ۱۳ آذر.',
          },
          { say: 'PJ-0912: ۱۸٬۰۰۰ بطری پر شد، ۱۵۰۰ کارتن آماده بارگیری.' },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'export_desk', to: 'qc_lab' },
      agent: 'export_desk',
    },
  }),
  defineScenario({
    id: 'sweet-shop-jaggery-sandesh-made-with-sugar',
    title:
      'The customer asks for 50 of the 150 sandesh in nolen gur with no sugar for a diabetic grandmother; the production planner makes all 150 with sugar and only flavours 50 with gur',
    domain: 'sweet shop festival orders',
    mast: ['FM-1.1', 'FM-1.2'],
    request:
      'নমস্কার, ১৪ ডিসেম্বর ২০২৬ (রবিবার) আমাদের বাড়িতে অন্নপ্রাশন, ১২০ জন অতিথি। অর্ডার:\n- রসগোল্লা ২০০ পিস\n- সন্দেশ ১৫০ পিস — এর মধ্যে ৫০টা শুধু নলেন গুড় দিয়ে, চিনি একদম নয় (দিদার ডায়াবেটিস)\n- মিষ্টি দই ১০ কেজি (মাটির হাঁড়ি)\nডেলিভারি সকাল ১০টা, বেহালা (জেমস লং সরণি)। অগ্রিম ₹৩,০০০ দিয়েছি (UPI)।',
    topology: { shape: 'pipeline', order: ['counter_clerk', 'production_planner', 'dispatch_clerk'] },
    agents: [
      {
        name: 'counter_clerk',
        description: 'দোকানের কাউন্টারে অর্ডার নেওয়ার কর্মী',
        instructions: 'অর্ডার লিখে দাম হিসাব করে রান্নাঘরে পাঠাও।',
        prompt: 'গ্রাহক:\n{input}',
        replies: [
          {
            call: 'price_order',
            args: { rosogolla: 200, sandesh: 150, mishti_doi_kg: 10 },
            result:
              '{"order":"MS-1214-083","rosogolla":"200 × ₹15 = ₹3,000","sandesh":"150 × ₹25 = ₹3,750","mishti_doi":"10 kg × ₹320 = ₹3,200","total":"₹9,950","advance":"₹3,000 (UPI ref 6348 2291 0751)","due":"₹6,950"}',
          },
          {
            say: 'অর্ডার MS-1214-083 — অন্নপ্রাশন, রবি ১৪/১২, বেহালা, সকাল ১০টা\n| আইটেম | পরিমাণ | দাম |\n|---|---|---|\n| রসগোল্লা | ২০০ | ₹৩,০০০ |\n| সন্দেশ | ১৫০ | ₹৩,৭৫০ |\n| মিষ্টি দই | ১০ কেজি | ₹৩,২০০ |\nমোট ₹৯,৯৫০, অগ্রিম ₹৩,০০০ (UPI), বাকি ₹৬,৯৫০।\nবিশেষ নির্দেশ গ্রাহকের বার্তায় দেখুন।',
          },
        ],
      },
      {
        name: 'production_planner',
        description: 'কারখানার প্রোডাকশন প্ল্যানার',
        instructions: 'অর্ডার অনুযায়ী রান্নাঘরের ব্যাচ ঠিক করো।',
        prompt: 'কাউন্টারের অর্ডার:\n{input}\n\nগ্রাহকের বার্তা: {request}',
        replies: [
          {
            call: 'schedule_batch',
            args: {
              order: 'MS-1214-083',
              date: '2026-12-13',
              items: [
                { item: 'রসগোল্লা', qty: 200 },
                { item: 'সন্দেশ (চিনি)', qty: 100 },
                { item: 'নলেন গুড় সন্দেশ (চিনি + গুড়ের ফ্লেভার)', qty: 50 },
                { item: 'মিষ্টি দই', kg: 10 },
              ],
            },
            result:
              '{"batch":"KB-1213-11","chhana_kg":14.5,"sugar_kg":9.2,"nolen_gur_kg":1.1,"ready":"2026-12-14 07:30"}',
          },
          {
            say: 'ব্যাচ KB-1213-11 ঠিক হল (শনি রাতে তৈরি, রবি ৭:৩০-এ রেডি):\n- রসগোল্লা ২০০\n- সন্দেশ ১০০ (সাধারণ চিনি)\n- নলেন গুড় সন্দেশ ৫০ — চিনির পাকে গুড়ের ফ্লেভার দেওয়া\n- মিষ্টি দই ১০ কেজি, মাটির হাঁড়িতে\nছানা ১৪.৫ কেজি, চিনি ৯.২ কেজি, গুড় ১.১ কেজি।',
          },
        ],
      },
      {
        name: 'dispatch_clerk',
        description: 'ডেলিভারি ও গ্রাহককে কনফার্মেশন',
        instructions: 'ডেলিভারি ঠিক করে গ্রাহককে জানাও।',
        prompt: 'প্রোডাকশন:\n{input}',
        replies: [
          {
            say: 'নমস্কার! আপনার অর্ডার MS-1214-083 কনফার্ম ✅\n- রসগোল্লা ২০০, সন্দেশ ১০০ + নলেন গুড়ের সন্দেশ ৫০ (দিদার জন্য আলাদা বাক্সে), মিষ্টি দই ১০ কেজি\n- ডেলিভারি রবিবার ১৪/১২, সকাল ১০টা, বেহালা (ভ্যান WB-06-K-4418)\n- বাকি ₹৬,৯৫০ ডেলিভারির সময়\nঅন্নপ্রাশনের শুভেচ্ছা রইল!',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'counter_clerk', to: 'production_planner' },
      agent: 'production_planner',
    },
  }),
  defineScenario({
    id: 'solar-heater-element-ordered-for-old-tank-size',
    title:
      'The technician finds the tank is 150 l and needs a 3 kW element, not the 2.5 kW for 120 l on file; the service desk still briefs the parts scheduler with 120 l / 2.5 kW',
    domain: 'solar water heater repair',
    mast: ['FM-2.5', 'FM-1.4'],
    request:
      'שלום, אין לנו מים חמים כבר יומיים גם עם הגוף החשמלי. דוד שמש על הגג, רח׳ הרצל 42, רמת גן, דירה 9. בתיק שלכם רשום דוד 120 ליטר עם גוף 2.5 קוט״ש. אפשר טכנאי השבוע? אני בבית ימים א׳–ג׳ אחרי 16:00. שם: יעל לוי, 052-XXX-4418.',
    topology: {
      shape: 'swarm',
      entry: 'service_desk',
      agents: ['service_desk', 'field_technician', 'parts_scheduler'],
    },
    agents: [
      {
        name: 'service_desk',
        description: 'מוקד שירות לקוחות',
        instructions:
          'פתח קריאה, העבר לטכנאי לאבחון מרחוק, ואחרי האבחון העבר לתיאום חלקים וביקור עם המפרט הנכון.',
        replies: [
          {
            handoff: 'field_technician',
            message:
              'קריאה SR-26-11873, יעל לוי, הרצל 42 רמת גן דירה 9. אין מים חמים יומיים גם עם חשמל. בתיק: דוד 120 ל׳, גוף חימום 2.5 קוט״ש (התקנה 2019). הלקוחה שלחה תמונות של תווית הדוד ולוח החשמל — אבחון מרחוק בבקשה.',
          },
          {
            handoff: 'parts_scheduler',
            message:
              'SR-26-11873 — יעל לוי, רמת גן. להזמין גוף חימום 2.5 קוט״ש לדוד 120 ל׳ + טרמוסטט, ולתאם ביקור א׳–ג׳ אחרי 16:00.',
          },
        ],
      },
      {
        name: 'field_technician',
        description: 'טכנאי דודי שמש',
        instructions: 'אבחן את התקלה לפי תמונות ונתונים, ועדכן את המוקד במפרט הנכון.',
        replies: [
          {
            call: 'read_nameplate',
            args: { ticket: 'SR-26-11873', photos: ['label_01.jpg', 'panel_02.jpg'] },
            result:
              '{"tank":"כרומגן 150L, שנת ייצור 2023","element_rating":"3.0kW / 230V","thermostat":"TS-65 — ללא רציפות","breaker":"16A תקין","note":"החלפת דוד ב-2023 לא עודכנה בתיק"}',
          },
          {
            handoff: 'service_desk',
            message:
              'אבחון SR-26-11873: התיק לא מעודכן — הדוד הוחלף ב-2023 והוא **150 ליטר** (כרומגן), לא 120. הגוף המותקן 3 קוט״ש. הטרמוסטט TS-65 שרוף (אין רציפות). צריך: טרמוסטט TS-65 + גוף חימום **3 קוט״ש** לדוד 150 ל׳ (הגוף של 2.5 לא מתאים לאוגן). נא לעדכן את התיק.',
          },
        ],
      },
      {
        name: 'parts_scheduler',
        description: 'תיאום חלקים וביקורי טכנאי',
        instructions: 'הזמן חלקים מהמחסן ותאם ביקור עם הלקוח.',
        replies: [
          {
            call: 'order_parts_and_visit',
            args: {
              ticket: 'SR-26-11873',
              parts: ['גוף חימום 2.5kW ל-120L', 'טרמוסטט'],
              visit_window: 'א׳-ג׳ אחרי 16:00',
            },
            result:
              'הזמנה PO-88412: גוף חימום 2.5kW (מק״ט HE-120-25) + טרמוסטט TS-65, מלאי במחסן בני ברק. ביקור: יום ב׳ 07.12.2026, 16:30–18:30, טכנאי אבי מזרחי.',
          },
          {
            say: 'שלום יעל, תיאמנו ביקור ליום ב׳ 07.12.2026 בין 16:30 ל-18:30 (טכנאי: אבי מזרחי). הטכנאי יגיע עם גוף חימום 2.5 קוט״ש חדש לדוד 120 ליטר וטרמוסטט, כך שהתיקון ייעשה בביקור אחד. עלות משוערת ₪640 כולל מע״מ (חלקים ₪290 + עבודה ₪350). קריאה SR-26-11873.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'service_desk', to: 'parts_scheduler' },
      agent: 'service_desk',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'akoya-pearl-grading-colorimeter-timeout-remeasured',
    title:
      'The pearl grader’s colorimeter times out on the first run; it re-measures, says so, and hands the full grade table to the auction lister',
    domain: 'pearl farming',
    mast: ['FM-3.3'],
    nearMissOf: 'agent_error: a tool error that is retried successfully and reported as such',
    request:
      '12月3日浜揚げのあこや真珠ロット AK-2612-03(英虞湾 第2筏、約3,200個・1.8kg)を選別・等級付けして、12月12日の神戸入札会に出品登録してください。規格外は加工用に回してOKです。',
    topology: {
      shape: 'swarm',
      entry: 'harvest_lead',
      agents: ['harvest_lead', 'pearl_grader', 'auction_lister'],
    },
    agents: [
      {
        name: 'harvest_lead',
        description: '浜揚げ責任者',
        instructions: 'ロットを選別担当に回す。',
        replies: [
          {
            handoff: 'pearl_grader',
            message:
              'AK-2612-03 浜揚げ 12/3、英虞湾 第2筏、約3,200個(1.8kg)、水温14.8℃。サイズ別×等級別(花珠/A/B)に選別お願いします。入札会 12/12 神戸、下見 12/11。',
          },
        ],
      },
      {
        name: 'pearl_grader',
        description: '真珠の選別・等級付け担当',
        instructions: '測色計と選別機で等級付けし、結果を出品担当へ渡す。',
        replies: [
          {
            call: 'grade_lot',
            args: { lot: 'AK-2612-03', sizes_mm: ['7.0-7.5', '7.5-8.0', '8.0+'], device: 'CM-26d' },
            result: {
              error: 'エラー: 測色計 CM-26d との通信がタイムアウトしました (E-TO-31)。再試行してください。',
            },
          },
          {
            call: 'grade_lot',
            args: { lot: 'AK-2612-03', sizes_mm: ['7.0-7.5', '7.5-8.0', '8.0+'], device: 'CM-26d' },
            result:
              '{"lot":"AK-2612-03","total":3184,"7.0-7.5":{"hanadama":212,"A":608,"B":600},"7.5-8.0":{"hanadama":188,"A":470,"B":448},"8.0+":{"hanadama":61,"A":140,"B":101},"off_grade":356}',
          },
          {
            handoff: 'auction_lister',
            message:
              '選別完了です(1回目は測色計タイムアウト E-TO-31、ケーブル挿し直して再測定で完了)。\n| サイズ | 花珠 | A | B | 計 |\n|---|---|---|---|---|\n| 7.0-7.5mm | 212 | 608 | 600 | 1,420 |\n| 7.5-8.0mm | 188 | 470 | 448 | 1,106 |\n| 8.0mm以上 | 61 | 140 | 101 | 302 |\n規格外 356個は加工用。合計 3,184個。出品登録お願いします。',
          },
        ],
      },
      {
        name: 'auction_lister',
        description: '入札会の出品担当',
        instructions: '選別結果をもとに入札会へ出品登録し、結果を報告する。',
        replies: [
          {
            call: 'register_lots',
            args: {
              auction: 'KB-261212',
              lot: 'AK-2612-03',
              lines: [
                { size: '7.0-7.5', hanadama: 212, A: 608, B: 600 },
                { size: '7.5-8.0', hanadama: 188, A: 470, B: 448 },
                { size: '8.0+', hanadama: 61, A: 140, B: 101 },
              ],
            },
            result:
              '入札会 KB-261212: 出品番号 K-118〜K-126 (9口) 登録済み。下見 12/11 10:00–16:00、開札 12/12 13:00。',
          },
          {
            say: 'AK-2612-03 の出品登録が完了しました。\n- 神戸入札会 KB-261212、出品番号 K-118〜K-126(9口)\n- 7.0-7.5mm 1,420個 / 7.5-8.0mm 1,106個 / 8.0mm以上 302個(うち花珠 計461個)\n- 規格外356個は加工用へ\n- 下見 12月11日 10時〜、開札 12月12日 13時',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'zakat-household-size-corrected-and-paid-in-full',
    title:
      'The eligibility checker corrects the household from 5 to 7 members (twins added); the fund officer pays 1,400 SAR, and the disbursement clerk’s first transfer times out and is retried',
    domain: 'zakat distribution fund',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a correction that IS applied, the amount rewritten from Arabic-Indic to Latin digits, and a transfer error retried',
    request:
      'طلب مساعدة شهرية من صندوق الزكاة — الأسرة رقم ZK-1448-3381، أرملة مع أطفالها، حي الشفا، الرياض. حسب الاستمارة: ٥ أفراد، الدخل ١٬٢٠٠ ريال (ضمان اجتماعي). نرجو دراسة الاستحقاق وصرف مساعدة شهر جمادى الآخرة ١٤٤٨.',
    topology: {
      shape: 'supervisor',
      coordinator: 'fund_officer',
      workers: ['eligibility_checker', 'disbursement_clerk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'fund_officer',
        description: 'مسؤول الصرف في صندوق الزكاة',
        instructions: 'اطلب دراسة الاستحقاق، ثم اصرف المبلغ المعتمد، وأبلغ الأسرة.',
        replies: [
          {
            handoff: 'eligibility_checker',
            message:
              'دراسة استحقاق ZK-1448-3381: حسب الاستمارة ٥ أفراد (الأم + ٤ أطفال)، الدخل ١٬٢٠٠ ريال. الجدول: ٢٠٠ ريال للفرد ← مبدئياً ١٬٠٠٠ ريال. يرجى التحقق من سجل الأسرة.',
          },
          {
            handoff: 'disbursement_clerk',
            message:
              'صرف مساعدة جمادى الآخرة 1448 للأسرة ZK-1448-3381: 1,400 SAR (7 أفراد × 200 — بعد تصحيح عدد الأفراد). إلى الآيبان المسجل SA03 8000 0000 6080 1016 7519.',
          },
          {
            say: 'إلى أسرة ZK-1448-3381 — السلام عليكم ورحمة الله.\nتم اعتماد المساعدة الشهرية لشهر جمادى الآخرة ١٤٤٨ بمبلغ ١٬٤٠٠ ريال (٧ أفراد × ٢٠٠ ريال، بعد تحديث سجل الأسرة بإضافة التوأمين)، وحُوّلت إلى حسابكم المسجل، مرجع التحويل SR-1448-55102، تاريخ القيمة ٠٦/١٢/٢٠٢٦. نسأل الله أن يبارك لكم.',
          },
        ],
      },
      {
        name: 'eligibility_checker',
        description: 'باحث اجتماعي لدراسة الاستحقاق',
        instructions: 'تحقق من بيانات الأسرة والدخل واحسب المبلغ المستحق.',
        replies: [
          {
            call: 'verify_household',
            args: { family: 'ZK-1448-3381' },
            result:
              '{"family":"ZK-1448-3381","members_registered":7,"note":"توأمان أضيفا لسجل الأسرة بتاريخ 2026-10-18","income_sar":1200,"other_aid":"none","eligible":true}',
          },
          {
            say: 'مستحقة ✅\nتصحيح: عدد أفراد الأسرة ٧ وليس ٥ — أُضيف توأمان لسجل الأسرة في ١٨/١٠/٢٠٢٦ (الاستمارة قديمة).\nالمبلغ = ٧ × ٢٠٠ = ١٬٤٠٠ ريال بدلاً من ١٬٠٠٠ ريال. لا توجد مساعدات أخرى.',
          },
        ],
      },
      {
        name: 'disbursement_clerk',
        description: 'موظف التحويلات',
        instructions: 'حوّل المبلغ المعتمد وأبلغ برقم المرجع.',
        replies: [
          {
            call: 'sarie_transfer',
            args: { family: 'ZK-1448-3381', amount_sar: 1400, iban: 'SA0380000000608010167519' },
            result: { error: 'فشل التحويل: انتهت مهلة الاتصال بنظام سريع (SARIE 504)، لم يُخصم أي مبلغ.' },
          },
          {
            call: 'sarie_transfer',
            args: { family: 'ZK-1448-3381', amount_sar: 1400, iban: 'SA0380000000608010167519' },
            result:
              '{"status":"SETTLED","ref":"SR-1448-55102","amount":"1,400.00 SAR","value_date":"2026-12-06"}',
          },
          {
            say: 'تم الصرف: 1,400.00 ريال، مرجع SR-1448-55102، تاريخ القيمة 06/12/2026. (المحاولة الأولى فشلت بانتهاء مهلة سريع دون خصم، ونجحت إعادة المحاولة.)',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'study-abroad-quote-wan-amounts-rewritten-as-yuan',
    title:
      'Translator, visa adviser and fee quoter report in 万 amounts and Chinese dates; the case writer rewrites every figure as ¥ and DD/MM/YYYY and drops nothing',
    domain: 'study abroad application agency',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'lost_message: values reformatted between scripts and formats (万 vs ¥0,000), nothing lost',
    request:
      '您好，我女儿王思涵想申请2027年秋季入学的英国硕士：UCL 教育学 MA、爱丁堡大学 TESOL。请帮忙：1）本科成绩单、学位证翻译公证；2）英国学生签证材料和存款要求；3）服务费报价（预算不超过5万元）。UCL 申请截止2027年1月15日。',
    topology: {
      shape: 'fanout',
      planner: 'case_planner',
      workers: ['doc_translator', 'visa_advisor', 'fee_quoter'],
      aggregator: 'case_writer',
    },
    agents: [
      {
        name: 'case_planner',
        description: '留学顾问，负责拆分任务',
        instructions: '把案子拆给翻译、签证和报价三个人。',
        replies: [
          {
            plan: {
              doc_translator: '王思涵：本科成绩单（中英）、学位证、毕业证 翻译+公证，12月12日前出证。',
              visa_advisor:
                '英国 Student visa（2027秋季入学，UCL 伦敦）：材料清单、存款金额和存期、TB 检测。',
              fee_quoter:
                '两所院校（UCL MA Education、Edinburgh TESOL）申请服务费报价：文书+网申+签证，预算≤5万元。',
            },
          },
        ],
      },
      {
        name: 'doc_translator',
        description: '翻译公证专员',
        instructions: '预约翻译公证并报告编号、日期和费用。',
        replies: [
          {
            call: 'book_notary',
            args: { client: '王思涵', docs: ['成绩单', '学位证', '毕业证'], copies: 3 },
            result: '公证书 (2026)京中信内经证字第48812号，3份，2026年12月10日出证，费用 ¥1,860。',
          },
          { say: '翻译公证已办：3份，2026年12月10日出证，编号48812号，费用1千8百6十元。' },
        ],
      },
      {
        name: 'visa_advisor',
        description: '签证顾问',
        instructions: '列出签证材料和存款要求。',
        replies: [
          {
            say: 'Student visa 要点：\n- CAS（录取后学校发）\n- 存款：首年学费 £28,900 + 伦敦生活费 £1,483×9 = £13,347，共 £42,247（约合人民币38万7千元），需存满28天\n- TB 检测（北京 IOM），签证费 £524，IHS £776/年\n建议2027年5月开始存款。',
          },
        ],
      },
      {
        name: 'fee_quoter',
        description: '报价专员',
        instructions: '按套餐报价。',
        replies: [
          {
            call: 'quote_package',
            args: { package: 'B', schools: 2 },
            result: '套餐B（2所）：文书 1万8千元；网申 6千元；签证 4千5百元；合计 2万8千5百元。',
          },
          { say: '套餐B：文书1万8千元 + 网申6千元 + 签证4千5百元 = 2万8千5百元，在5万元预算内。' },
        ],
      },
      {
        name: 'case_writer',
        description: '方案撰写',
        instructions: '把各方结果整理成给家长的方案，金额统一写成 ¥，日期写成 DD/MM/YYYY。',
        prompt: '各方结果：\n{input}\n\n家长需求：{request}',
        replies: [
          {
            say: '王思涵 留学申请方案（UCL MA Education / Edinburgh TESOL，2027秋季）\n\n| 项目 | 内容 | 金额 |\n|---|---|---|\n| 翻译公证 | 成绩单、学位证、毕业证，3份，出证 10/12/2026（编号48812） | ¥1,860 |\n| 文书 | 2所院校 | ¥18,000 |\n| 网申 | 2所院校 | ¥6,000 |\n| 签证服务 | Student visa | ¥4,500 |\n| **服务费小计** | 套餐B | **¥28,500**（预算 ¥50,000 内） |\n\n签证存款：£42,247（学费 £28,900 + 生活费 £13,347，约 ¥387,000），存满28天；签证费 £524，IHS £776/年，TB 检测在北京 IOM。\nUCL 截止 15/01/2027。',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'school-uniform-skirt-length-revised-once-then-approved',
    title:
      'The fit reviewer sends the pattern back once because the skirt is above the knee; the pattern maker lengthens it in three height bands and the order is placed',
    domain: 'school uniform tailoring',
    mast: ['FM-1.3'],
    nearMissOf: 'handoff_loop: a revise loop with one 수정요청 whose fix is made, then 승인',
    request:
      '○○여자중학교 2027학년도 신입생 동복 주문 — 312명, 치수 측정표 UNI-2027-0312 첨부. 3월 2일 입학식 전 납품(2월 20일까지). 단가 상한 ₩238,000(학교주관구매). 학칙: 치마 길이 무릎 아래 5cm.',
    topology: {
      shape: 'pipeline',
      order: ['pattern_maker', 'fit_reviewer', 'order_clerk'],
      loop: { from: 'fit_reviewer', to: 'pattern_maker', while: '수정요청', max: 3 },
    },
    agents: [
      {
        name: 'pattern_maker',
        description: '교복 패턴 설계 담당',
        instructions: '측정표로 패턴과 단가를 잡고, 검수 의견이 오면 반영한다.',
        prompt: '요청 또는 검수 의견:\n{input}\n\n주문: {request}',
        replies: [
          {
            say: '패턴 v1 (UNI-2027-0312)\n- 사이즈 분포: XS 28 / S 96 / M 121 / L 52 / XL 15 = 312명\n- 치마 기장: 표준 58cm 일괄\n- 원단: 울 30% 혼방 네이비, 재킷+치마+블라우스 2\n- 단가 ₩231,500',
          },
          {
            say: '패턴 v2 (검수 의견 반영)\n- 치마 기장: 키별 3단계 62 / 65 / 68cm → 전원 무릎 아래 5cm 충족 (측정표 무릎높이 기준 확인)\n- 원단 추가 0.12야드/벌 → 단가 ₩236,800 (상한 ₩238,000 이내)\n- 사이즈 분포 동일 312명',
          },
        ],
      },
      {
        name: 'fit_reviewer',
        description: '착용 검수 담당',
        instructions: '"승인: ..." 또는 "수정요청: ..." 으로 답한다.',
        prompt: '패턴:\n{input}',
        replies: [
          {
            say: '수정요청: 치마 58cm 일괄이면 M 이상은 무릎 위로 올라갑니다 — 학칙(무릎 아래 5cm) 위반. 키 구간별로 기장 조정 바랍니다.',
          },
          {
            say: '승인: 패턴 v2 — 기장 62/65/68cm 학칙 충족, 단가 ₩236,800 상한 이내, 312명 분포 확인.',
          },
        ],
      },
      {
        name: 'order_clerk',
        description: '발주 담당',
        instructions: '승인된 패턴으로 발주한다.',
        prompt: '승인 결과:\n{input}',
        replies: [
          {
            call: 'place_order',
            args: { school: '○○여자중학교', pattern: 'v2', qty: 312, unit_price_krw: 236800 },
            result:
              '발주 PO-UNI-27-0312 접수: 312벌 × ₩236,800 = ₩73,881,600, 봉제 1월 5일 착수, 납품 2027-02-20.',
          },
          {
            say: '발주 완료: PO-UNI-27-0312, 312벌, 총액 ₩73,881,600 (7,388만 1,600원), 납품 2월 20일. 치마 기장 3단계(62/65/68cm) 적용.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'rubber-coop-paraphrased-briefs-payout-made',
    title:
      'The coop secretary re-words each brief (DRC test, price, payout) in its own shorthand; every worker does what the request asked and 46 members are paid',
    domain: 'rubber tapping cooperative',
    mast: ['FM-1.1', 'FM-1.2'],
    nearMissOf: 'misunderstood_task: briefs paraphrased and abbreviated, each task still done as asked',
    request:
      'สหกรณ์กองทุนสวนยางบ้านนาสาร (สุราษฎร์ธานี) — รอบรับซื้อน้ำยางสดวันที่ 5 ธ.ค. 2569: สมาชิก 46 ราย ส่งน้ำยางรวม 8,420 กก. ขอสรุปเนื้อยางแห้ง (DRC) ราคา และยอดจ่ายเงินสมาชิก หักค่าบริหาร 0.50 บาท/กก. แล้วโอนเข้าบัญชี ธ.ก.ส. ภายในวันนี้',
    topology: {
      shape: 'network',
      coordinator: 'coop_secretary',
      workers: ['latex_tester', 'price_clerk', 'payment_clerk'],
    },
    agents: [
      {
        name: 'coop_secretary',
        description: 'เลขานุการสหกรณ์',
        instructions: 'ส่งงานให้ฝ่ายทดสอบ ราคา และการเงินตามลำดับ แล้วสรุปให้สมาชิก',
        replies: [
          { handoff: 'latex_tester', message: 'รอบ 5/12: วัด %DRC ทั้ง 46 ราย (8,420 กก.) คิดยางแห้งรายคน' },
          {
            handoff: 'price_clerk',
            message: 'ขอราคาน้ำยางสดวันนี้ บาท/กก.เนื้อยางแห้ง (อ้างอิงตลาดกลางฯ สฎ.)',
          },
          {
            handoff: 'payment_clerk',
            message: 'จ่าย 46 ราย = ยางแห้ง × (ราคา − 0.50) เข้าบัญชี ธ.ก.ส. วันนี้ ยางแห้งรวม 2,829.1 กก. ราคา 62.50',
          },
          {
            say: 'สรุปรอบรับซื้อ 5 ธ.ค. 2569 — สหกรณ์ฯ บ้านนาสาร\n| รายการ | ค่า |\n|---|---|\n| สมาชิก | 46 ราย |\n| น้ำยางสด | 8,420 กก. |\n| DRC เฉลี่ย | 33.6% (29.8–38.1%) |\n| เนื้อยางแห้ง | 2,829.1 กก. |\n| ราคา | 62.50 ฿/กก. − ค่าบริหาร 0.50 = 62.00 ฿ |\n| ยอดจ่ายรวม | ฿175,404.20 (หนึ่งแสนเจ็ดหมื่นห้าพันสี่ร้อยสี่บาทยี่สิบสตางค์) |\nโอนเข้าบัญชี ธ.ก.ส. ครบ 46 ราย batch BAAC-2569-1205-07 เวลา 15:42 น.',
          },
        ],
      },
      {
        name: 'latex_tester',
        description: 'ผู้ทดสอบเปอร์เซ็นต์เนื้อยาง',
        instructions: 'วัด DRC และคำนวณเนื้อยางแห้งรายสมาชิก',
        replies: [
          {
            call: 'drc_batch',
            args: { round: '2569-12-05', members: 46, latex_kg: 8420 },
            result:
              '{"members":46,"latex_kg":8420,"drc_avg":33.6,"drc_min":29.8,"drc_max":38.1,"dry_kg":2829.1,"top":"สมาชิก #017 นายสมชาย ทองดี 412 กก. DRC 36.2%"}',
          },
          { say: 'DRC เฉลี่ย 33.6% (29.8–38.1%) ยางแห้งรวม 2,829.1 กก. จาก 46 ราย ไฟล์รายคน DRC-691205.xlsx' },
        ],
      },
      {
        name: 'price_clerk',
        description: 'เจ้าหน้าที่ราคา',
        instructions: 'แจ้งราคารับซื้อของวัน',
        replies: [
          {
            say: 'ราคาวันนี้ 5 ธ.ค. 69: น้ำยางสด 62.50 ฿/กก.เนื้อยางแห้ง (ตลาดกลางยางพาราสุราษฎร์ธานี ประกาศ 10:00 น.), เมื่อวาน 61.80',
          },
        ],
      },
      {
        name: 'payment_clerk',
        description: 'เจ้าหน้าที่การเงิน',
        instructions: 'คำนวณและโอนเงินให้สมาชิก',
        replies: [
          {
            call: 'baac_bulk_transfer',
            args: { round: '2569-12-05', members: 46, dry_kg_total: 2829.1, price: 62.5, fee_per_kg: 0.5 },
            result:
              '{"batch":"BAAC-2569-1205-07","count":46,"total_thb":175404.2,"status":"SUCCESS","time":"15:42"}',
          },
          { say: 'โอนสำเร็จ 46 รายการ รวม 175,404.20 บาท batch BAAC-2569-1205-07 เวลา 15:42' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'yatra-fog-outlook-for-wrong-route-left-out',
    title:
      'The optional fog forecaster returns an outlook for Amritsar–Jalandhar; the transport lead leaves it out and says so, and the tour desk confirms bus and dharamshala rooms',
    domain: 'yatra pilgrimage bus tours',
    mast: ['FM-2.4'],
    nearMissOf: 'low_quality_output: an optional worker’s unusable output that nothing downstream uses',
    request:
      'सर्दियों की यात्रा: 18–22 दिसंबर 2026, वाराणसी – प्रयागराज – अयोध्या, 38 यात्री (इनमें 22 वरिष्ठ नागरिक)।\n- 1 AC बस (41 सीट)\n- धर्मशाला में कमरे, वरिष्ठों के लिए भूतल (ground floor) वाले\n- कुल बजट ₹4,75,000\n- हो सके तो रास्ते के कोहरे का अनुमान भी (optional)',
    topology: {
      shape: 'nested',
      top: 'yatra_desk',
      teams: { transport_lead: ['bus_allocator', 'fog_forecaster'], stay_lead: ['dharamshala_booker'] },
    },
    agents: [
      {
        name: 'yatra_desk',
        description: 'यात्रा डेस्क प्रमुख',
        instructions: 'परिवहन और ठहराव टीमों से काम करवा कर यात्रियों को पुष्टि भेजें।',
        replies: [
          {
            handoff: 'transport_lead',
            message:
              '18–22 दिस. 38 यात्री, AC बस 41 सीट, रूट वाराणसी–प्रयागराज–अयोध्या; कोहरे का अनुमान मिले तो बताएं।',
          },
          {
            handoff: 'stay_lead',
            message: 'धर्मशाला: वाराणसी 2 रात, प्रयागराज 1, अयोध्या 1 — 38 यात्री, 22 वरिष्ठों को भूतल।',
          },
          {
            say: 'जय श्री राम 🙏 यात्रा पुष्टि (18–22/12/2026)\n- बस: UP65-AT-4417, 41 सीट AC, 2 ड्राइवर — ₹1,38,000\n- ठहराव: 19 डबल कमरे/रात (भूतल 11 कमरे वरिष्ठों के लिए) — वाराणसी 2 रात, प्रयागराज 1, अयोध्या 1 — ₹2,66,000\n- कुल ₹4,04,000 (बजट ₹4,75,000 में)\n- कोहरा: हमारे रूट का भरोसेमंद अनुमान नहीं मिला; बस रोज़ सुबह 8 बजे के बाद ही चलेगी।',
          },
        ],
      },
      {
        name: 'transport_lead',
        description: 'परिवहन टीम लीड',
        instructions: 'बस तय करें, कोहरे का अनुमान (वैकल्पिक) लें, और रिपोर्ट करें।',
        replies: [
          { handoff: 'bus_allocator', message: '18–22 दिस., 38 यात्री, AC 41 सीट, वाराणसी से वापसी वाराणसी।' },
          { handoff: 'fog_forecaster', message: '18–22 दिस. वाराणसी–प्रयागराज–अयोध्या हाईवे पर सुबह का कोहरा?' },
          {
            say: 'बस UP65-AT-4417 (41 सीट AC), ड्राइवर रमेश यादव + सलीम, ~720 किमी, ₹1,38,000 टोल सहित। कोहरा: forecaster का डेटा अमृतसर–जालंधर का निकला, हमारे रूट का नहीं — इसलिए शामिल नहीं कर रहा; एहतियातन रोज़ सुबह 8 बजे के बाद निकलेंगे।',
          },
        ],
      },
      {
        name: 'bus_allocator',
        description: 'बस आवंटन',
        instructions: 'उपलब्ध बस आवंटित करें।',
        replies: [
          {
            call: 'allocate_bus',
            args: { from: '2026-12-18', to: '2026-12-22', seats: 41, ac: true },
            result:
              '{"bus":"UP65-AT-4417","seats":41,"drivers":["रमेश यादव","सलीम"],"km":720,"price_inr":138000}',
          },
          { say: 'UP65-AT-4417 आवंटित, 41 सीट AC, 2 ड्राइवर, ₹1,38,000 (720 किमी, टोल सहित)।' },
        ],
      },
      {
        name: 'fog_forecaster',
        description: 'कोहरा पूर्वानुमान',
        instructions: 'रूट के लिए कोहरे का अनुमान दें।',
        replies: [
          {
            call: 'fog_outlook',
            args: { route: 'Varanasi-Prayagraj-Ayodhya', from: '2026-12-18', to: '2026-12-22' },
            result:
              'Outlook FG-1218 (NH-44 Punjab sector): Amritsar dense fog 4/5 mornings, vis <50 m; Jalandhar 3/5 mornings, vis 50–200 m.',
          },
          { say: '18–22 दिसंबर: 5 में से 4 सुबह घना कोहरा, दृश्यता 50 मी से कम (अमृतसर), जालंधर 3/5।' },
        ],
      },
      {
        name: 'stay_lead',
        description: 'ठहराव टीम लीड',
        instructions: 'धर्मशाला बुक करवाएँ और रिपोर्ट करें।',
        replies: [
          {
            handoff: 'dharamshala_booker',
            message: 'वाराणसी 18–20, प्रयागराज 20–21, अयोध्या 21–22 — 19 डबल, 11 भूतल (वरिष्ठ 22)।',
          },
          { say: 'धर्मशाला पक्की: 19 डबल/रात, भूतल 11, कुल ₹2,66,000 (4 रात)।' },
        ],
      },
      {
        name: 'dharamshala_booker',
        description: 'धर्मशाला बुकिंग',
        instructions: 'कमरे बुक करें।',
        replies: [
          {
            call: 'book_rooms',
            args: { nights: { Varanasi: 2, Prayagraj: 1, Ayodhya: 1 }, doubles: 19, ground_floor: 11 },
            result:
              'वाराणसी (श्री काशी धर्मशाला, गोदौलिया) 2 रात ₹1,36,800 | प्रयागराज (संगम सेवा सदन) 1 रात ₹62,700 | अयोध्या (राम सेवा धर्मशाला) 1 रात ₹66,500 | कुल ₹2,66,000, भूतल 11 कमरे हर जगह कन्फ़र्म।',
          },
          {
            say: 'बुक: 19 डबल/रात, भूतल 11 हर जगह, कुल ₹2,66,000 (वाराणसी ₹1,36,800, प्रयागराज ₹62,700, अयोध्या ₹66,500)।',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch38Scenarios = [...faults, ...healthy];
