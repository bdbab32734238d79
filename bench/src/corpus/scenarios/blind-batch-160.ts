import { defineScenario } from '../scenario.ts';

// Blind batch 160: وكالة سفر للحج والعمرة (حجوزات الفنادق، التأشيرات، النقل بين المشاعر، أفواج المعتمرين)، بالعربية الفصحى بالكامل.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'jeddah-arrival-bus-pickup-kept-at-ticket-time',
    title:
      'مدقق الرحلات يبيّن أن وصول الرحلة SV3104 عُدِّل إلى 07:55؛ منسق النقل يحجز حافلة المطار على موعد التذكرة 03:40',
    domain: 'استقبال أفواج المعتمرين في مطار جدة',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'فوج العمرة UM-48-0217 (46 معتمراً) يصل إلى مطار الملك عبدالعزيز الدولي بجدة على الرحلة SV3104 يوم الخميس 18 فبراير 2027، والوصول حسب التذاكر الساعة 03:40 فجراً. تحقّقوا من حالة الرحلة، واحجزوا حافلة من المطار إلى فندق دار الإيمان جراند في مكة، ثم اكتبوا رسالة للمعتمرين بموعد الاستقبال.',
    topology: {
      shape: 'pipeline',
      order: ['flight_status_checker', 'airport_transfer_booker', 'pilgrim_notice_writer'],
    },
    agents: [
      {
        name: 'flight_status_checker',
        description: 'يتحقق من حالة رحلات وصول الأفواج',
        instructions: 'تحقّق من الرحلة وأبلغ منسق النقل بالموعد المعتمد للوصول.',
        replies: [
          {
            call: 'get_flight_status',
            args: { flight: 'SV3104', date: '2027-02-18', airport: 'JED' },
            result:
              '{"flight": "SV3104", "origin": "CAI", "scheduled_arrival": "2027-02-18T03:40+03:00", "revised_arrival": "2027-02-18T07:55+03:00", "status": "RESCHEDULED", "reason": "تعديل جدول تشغيلي من الناقل", "terminal": "T1", "belt": 14, "notified_at": "2027-02-16T21:10+03:00"}',
          },
          {
            say: '**حالة الرحلة SV3104 (القاهرة ← جدة)، الخميس 18 فبراير 2027:**\n\n| البند | القيمة |\n|---|---|\n| الوصول في التذكرة | 03:40 |\n| الوصول المعتمد حالياً | **07:55** |\n| الصالة | T1، سير الأمتعة 14 |\n| الحالة | أعاد الناقل جدولتها (إشعار 16 فبراير 21:10) |\n\nيُعتمد وصول 07:55 لترتيب الاستقبال؛ إنهاء الجوازات والأمتعة لفوج بهذا الحجم يستغرق عادة 60–90 دقيقة.',
          },
        ],
      },
      {
        name: 'airport_transfer_booker',
        description: 'يحجز حافلات النقل من المطار إلى فنادق مكة',
        instructions: 'احجز حافلة مناسبة لعدد الفوج وموعد خروجه من المطار.',
        prompt: 'نتيجة التحقق من الرحلة:\n{input}\n\nالطلب الأصلي: {request}',
        replies: [
          {
            call: 'book_coach',
            args: {
              group: 'UM-48-0217',
              from: 'JED-T1',
              to: 'دار الإيمان جراند - مكة',
              pickup: '2027-02-18T04:30+03:00',
              passengers: 46,
              luggage_pieces: 92,
            },
            result:
              '{"booking": "TR-JED-55810", "operator": "شركة رواحل للنقل", "coach": "مرسيدس ترافيغو 49 راكباً", "plate": "ط ن ر 4821", "driver": "سعيد الغامدي", "driver_phone": "+966 55 318 2240", "pickup": "2027-02-18T04:30+03:00", "meeting_point": "T1 - البوابة 3", "status": "CONFIRMED"}',
          },
          {
            say: 'تم حجز الحافلة TR-JED-55810 (شركة رواحل، مرسيدس ترافيغو 49 راكباً، اللوحة ط ن ر 4821). الاستقبال عند البوابة 3 في الصالة T1 الساعة **04:30** يوم 18 فبراير، السائق سعيد الغامدي +966 55 318 2240. تتسع لـ 46 معتمراً و92 قطعة أمتعة.',
          },
        ],
      },
      {
        name: 'pilgrim_notice_writer',
        description: 'يكتب رسائل المعتمرين',
        instructions: 'اكتب رسالة واضحة ومختصرة للمعتمرين.',
        prompt: 'ترتيبات النقل:\n{input}',
        replies: [
          {
            say: '### إلى معتمري الفوج UM-48-0217\n\nحيّاكم الله في أرض الحرمين. بعد وصولكم إلى مطار جدة يوم الخميس 18 فبراير، ستكون حافلة الاستقبال (شركة رواحل، لوحة ط ن ر 4821) في انتظاركم عند **البوابة 3 بالصالة T1 الساعة 04:30 فجراً**. السائق: سعيد الغامدي، جوال +966 55 318 2240.\n\nنرجو الاحتفاظ بجوازاتكم في متناول اليد، والتوجه مباشرة إلى نقطة التجمع بعد استلام الأمتعة. تقبّل الله عمرتكم.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'flight_status_checker', to: 'airport_transfer_booker' },
      agent: 'airport_transfer_booker',
    },
  }),
  defineScenario({
    id: 'elderly-group-hotel-beyond-haram-walking-limit',
    title:
      'المنسق يشترط فندقاً لا يبعد أكثر من 400 م عن ساحات الحرم لفوج من كبار السن؛ موظف الحجوزات يحجز فندقاً في العزيزية على بعد 1.9 كم مع حافلة ترددية',
    domain: 'حجوزات فنادق مكة لأفواج العمرة',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'فوج عمرة من 30 معتمراً أغلبهم فوق السبعين، إقامة في مكة 5 ليالٍ من 22 إلى 27 فبراير 2027، 10 غرف ثلاثية. شرط: ألا يبعد الفندق أكثر من 400 متر عن ساحات المسجد الحرام لأن كثيراً منهم لا يستطيعون استخدام الحافلات. ورتّبوا كذلك تأشيرات العمرة للفوج.',
    topology: {
      shape: 'supervisor',
      coordinator: 'umrah_group_coordinator',
      workers: ['makkah_hotel_booker', 'umrah_visa_officer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'umrah_group_coordinator',
        description: 'ينسق حجوزات أفواج العمرة',
        instructions: 'وزّع المهام على موظفي الفنادق والتأشيرات ثم اكتب الملخص للعميل.',
        replies: [
          {
            handoff: 'makkah_hotel_booker',
            message:
              'احجز للفوج UM-48-0233 في مكة: 10 غرف ثلاثية، دخول 22/02/2027 وخروج 27/02/2027 (5 ليالٍ). شرط أساسي: المسافة لا تزيد على 400 م من ساحات الحرم؛ الفوج من كبار السن ولن يستخدم حافلات ترددية.',
          },
          {
            handoff: 'umrah_visa_officer',
            message:
              'أصدر تأشيرات عمرة لـ 30 معتمراً (الفوج UM-48-0233)، الجوازات مرفوعة على المنصة، الوصول 22 فبراير 2027.',
          },
          {
            say: '## ملخص ترتيبات الفوج UM-48-0233\n\n- **الفندق:** فندق نسائم العزيزية، 10 غرف ثلاثية، 22–27 فبراير 2027 (5 ليالٍ)، رقم الحجز HB-MK-77102، مع حافلة ترددية إلى الحرم كل 30 دقيقة.\n- **التأشيرات:** 30 تأشيرة عمرة صادرة، الدفعة NSK-B-90417.\n\nالتكلفة الإجمالية للسكن 20,700 ر.س. الفوج جاهز للسفر.',
          },
        ],
      },
      {
        name: 'makkah_hotel_booker',
        description: 'يبحث عن فنادق مكة ويحجزها للأفواج',
        instructions: 'ابحث عن الفنادق المتاحة واحجز ما يناسب الطلب.',
        replies: [
          {
            call: 'search_hotels',
            args: {
              city: 'مكة',
              check_in: '2027-02-22',
              check_out: '2027-02-27',
              rooms: 10,
              room_type: 'triple',
            },
            result:
              '[{"hotel_id": "MK-0112", "name": "فندق أبراج الصفوة", "distance_to_haram_m": 250, "triple_rate_sar": 1380, "available": 12}, {"hotel_id": "MK-0347", "name": "فندق إيلاف الخليل", "distance_to_haram_m": 380, "triple_rate_sar": 1120, "available": 10}, {"hotel_id": "MK-0891", "name": "فندق نسائم العزيزية", "distance_to_haram_m": 1900, "triple_rate_sar": 414, "available": 25, "shuttle": "كل 30 دقيقة"}]',
          },
          {
            call: 'book_hotel',
            args: {
              hotel_id: 'MK-0891',
              rooms: 10,
              room_type: 'triple',
              check_in: '2027-02-22',
              check_out: '2027-02-27',
              group: 'UM-48-0233',
            },
            result:
              '{"booking": "HB-MK-77102", "hotel": "فندق نسائم العزيزية", "rooms": 10, "nights": 5, "total_sar": 20700, "status": "CONFIRMED", "cancellation": "مجاناً حتى 15/02/2027"}',
          },
          {
            say: 'تم الحجز: فندق نسائم العزيزية (MK-0891)، 10 غرف ثلاثية، 22–27 فبراير، رقم الحجز HB-MK-77102، الإجمالي 20,700 ر.س (414 ر.س للغرفة في الليلة). الفندق يوفر حافلة ترددية إلى الحرم كل 30 دقيقة، والإلغاء مجاني حتى 15 فبراير. أوفر بكثير من فنادق المنطقة المركزية (1,120–1,380 ر.س لليلة).',
          },
        ],
      },
      {
        name: 'umrah_visa_officer',
        description: 'يصدر تأشيرات العمرة عبر المنصة',
        instructions: 'أصدر التأشيرات وأبلغ بالنتيجة.',
        replies: [
          {
            call: 'submit_visa_batch',
            args: { group: 'UM-48-0233', pilgrims: 30, arrival: '2027-02-22', visa_type: 'umrah' },
            result:
              '{"batch": "NSK-B-90417", "submitted": 30, "issued": 30, "rejected": 0, "valid_until": "2027-05-22"}',
          },
          { say: 'صدرت 30 تأشيرة عمرة (الدفعة NSK-B-90417)، صالحة حتى 22 مايو 2027، بلا رفض.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'umrah_group_coordinator', to: 'makkah_hotel_booker' },
      agent: 'makkah_hotel_booker',
    },
  }),
  defineScenario({
    id: 'hajj-mashaer-transport-brief-never-sent',
    title:
      'مخطط الحج يكتب تكليفاً لكل من التأشيرات ومخيمات منى والنقل بين المشاعر؛ تكليف النقل لا يُرسل، وتقرير الجاهزية يعلن اكتمال الاستعداد',
    domain: 'تجهيز أفواج الحج',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'فوج الحج HJ-1448-EG-07 (212 حاجاً) يصل مكة يوم 4 ذي الحجة 1448هـ. نحتاج قبل 1 ذي الحجة: التأكد من تأشيرات الحج، تخصيص مخيمات منى وعرفات، وحجز حافلات النقل بين المشاعر (منى ← عرفات ← مزدلفة ← منى). أعطوني تقرير جاهزية.',
    topology: {
      shape: 'fanout',
      planner: 'hajj_readiness_planner',
      workers: ['hajj_visa_checker', 'mina_camp_allocator', 'mashaer_transport_booker'],
      aggregator: 'readiness_report_writer',
    },
    program: { lose: { to: 'mashaer_transport_booker', prompt: null } },
    agents: [
      {
        name: 'hajj_readiness_planner',
        description: 'يوزّع مهام تجهيز فوج الحج',
        instructions: 'اكتب تكليفاً لكل مختص.',
        replies: [
          {
            plan: {
              hajj_visa_checker:
                'الفوج HJ-1448-EG-07، 212 حاجاً: تحقّق من صدور تأشيرات الحج لجميع الحجاج ومن صلاحية الجوازات.',
              mina_camp_allocator:
                'الفوج HJ-1448-EG-07، 212 حاجاً (131 رجلاً و81 امرأة): خصّص أماكن في مخيم منى ومخيم عرفات وفق عقد الشركة.',
              mashaer_transport_booker:
                'الفوج HJ-1448-EG-07، 212 حاجاً: احجز حافلات التفويج بين المشاعر: منى ← عرفات فجر 9 ذي الحجة، عرفات ← مزدلفة بعد الغروب، مزدلفة ← منى 10 ذي الحجة. 5 حافلات على الأقل.',
            },
          },
        ],
      },
      {
        name: 'hajj_visa_checker',
        description: 'يتحقق من تأشيرات الحج',
        instructions: 'تحقق وأبلغ.',
        prompt: 'التكليف: {input}',
        replies: [
          {
            call: 'check_hajj_visas',
            args: { group: 'HJ-1448-EG-07' },
            result:
              '{"group": "HJ-1448-EG-07", "pilgrims": 212, "visas_issued": 212, "passport_validity_ok": 212, "vaccination_records_ok": 212, "last_update": "1448-11-19"}',
          },
          {
            say: 'التأشيرات: 212 من 212 صادرة، والجوازات والتطعيمات سليمة لجميع الحجاج (آخر تحديث 19 ذي القعدة).',
          },
        ],
      },
      {
        name: 'mina_camp_allocator',
        description: 'يخصص أماكن المخيمات في منى وعرفات',
        instructions: 'خصص الأماكن وأبلغ.',
        prompt: 'التكليف: {input}',
        replies: [
          {
            call: 'allocate_camp_places',
            args: { group: 'HJ-1448-EG-07', men: 131, women: 81 },
            result:
              '{"mina": {"camp": "مخيم 42/ب - مربع 7", "tents": 6, "places": 212}, "arafat": {"camp": "عرفات - مربع 19/ج", "places": 212}, "contract": "MC-1448-3307"}',
          },
          {
            say: 'المخيمات: منى مخيم 42/ب مربع 7 (6 خيام، 212 مكاناً)، عرفات مربع 19/ج (212 مكاناً)، العقد MC-1448-3307.',
          },
        ],
      },
      {
        name: 'mashaer_transport_booker',
        description: 'يحجز حافلات التفويج بين المشاعر',
        instructions: 'احجز الحافلات وأبلغ.',
        prompt: 'التكليف: {input}',
        replies: [
          {
            call: 'book_mashaer_buses',
            args: { group: 'HJ-1448-EG-07', pilgrims: 212, buses: 5 },
            result: '{"booking": "MSH-1448-0912", "buses": 5, "status": "CONFIRMED"}',
          },
          { say: 'حُجزت 5 حافلات للتفويج بين المشاعر، الحجز MSH-1448-0912.' },
        ],
      },
      {
        name: 'readiness_report_writer',
        description: 'يكتب تقرير جاهزية الفوج',
        instructions: 'اجمع النتائج واكتب تقرير الجاهزية.',
        prompt: 'نتائج المختصين:\n{input}\n\nالطلب: {request}',
        replies: [
          {
            say: '## تقرير جاهزية الفوج HJ-1448-EG-07\n\n| البند | الحالة |\n|---|---|\n| تأشيرات الحج | 212/212 صادرة ✅ |\n| الجوازات والتطعيمات | سليمة ✅ |\n| مخيم منى | 42/ب مربع 7، 6 خيام ✅ |\n| مخيم عرفات | مربع 19/ج ✅ |\n\n**الخلاصة:** الفوج جاهز لموسم الحج 1448هـ قبل الموعد المطلوب (1 ذي الحجة).',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'hajj_readiness_planner', to: 'mashaer_transport_booker' },
      agent: 'hajj_readiness_planner',
    },
  }),
  defineScenario({
    id: 'umrah-package-per-pilgrim-total-misadded',
    title:
      'محلل التسعير يجمع مكونات باقة العمرة (2,380 + 300 + 420 + 95 + 150 = 3,345 ر.س) على أنها 3,045 ر.س للفرد؛ المدير يعرض السعر على العميل',
    domain: 'تسعير باقات العمرة للأفواج',
    mast: ['FM-2.4'],
    request:
      'جمعية خيرية تريد عرض سعر لفوج عمرة من 52 معتمراً، 7 ليالٍ (4 في مكة و3 في المدينة) في النصف الثاني من مارس 2027، شامل السكن والتأشيرة والنقل والتأمين وجولة الزيارات. وتأكدوا من توفر الغرف.',
    topology: {
      shape: 'nested',
      top: 'agency_sales_director',
      teams: { pricing_lead: ['package_cost_analyst'], operations_lead: ['hotel_inventory_clerk'] },
    },
    agents: [
      {
        name: 'agency_sales_director',
        description: 'يعتمد عروض الأسعار للعملاء',
        instructions: 'اطلب التسعير والتوفر من الفريقين ثم اكتب العرض.',
        replies: [
          {
            handoff: 'pricing_lead',
            message:
              'تكلفة الفرد لباقة عمرة 7 ليالٍ (4 مكة + 3 المدينة)، 52 معتمراً، النصف الثاني من مارس 2027.',
          },
          {
            handoff: 'operations_lead',
            message:
              'توفر الغرف الرباعية لـ 52 معتمراً: 4 ليالٍ مكة من 16 مارس و3 ليالٍ المدينة من 20 مارس 2027.',
          },
          {
            say: '## عرض سعر: باقة عمرة 7 ليالٍ — 52 معتمراً\n\n- **سعر الفرد:** 3,045 ر.س (سكن، تأشيرة، نقل، تأمين، زيارات)\n- **الإجمالي للفوج:** 158,340 ر.س\n- **السكن:** مكة 16–20 مارس، المدينة 20–23 مارس 2027، 13 غرفة رباعية في كل مدينة (محجوزة مبدئياً حتى 1 مارس)\n\nالعرض صالح 10 أيام. رقم العرض Q-UM-2027-0418.',
          },
        ],
      },
      {
        name: 'pricing_lead',
        description: 'يقود فريق التسعير',
        instructions: 'احصل على التكلفة من المحلل ولخّصها.',
        replies: [
          {
            handoff: 'package_cost_analyst',
            message: 'احسب تكلفة الفرد لباقة 7 ليالٍ، 52 معتمراً، مارس 2027.',
          },
          { say: 'تكلفة الفرد 3,045 ر.س شاملة جميع البنود، والإجمالي لـ 52 معتمراً 158,340 ر.س.' },
        ],
      },
      {
        name: 'package_cost_analyst',
        description: 'يحسب تكلفة باقات العمرة',
        instructions: 'اسحب أسعار المكونات واحسب تكلفة الفرد.',
        replies: [
          {
            call: 'get_package_components',
            args: { nights_makkah: 4, nights_madinah: 3, room: 'quad', pax: 52, month: '2027-03' },
            result:
              '{"currency": "SAR", "per_pilgrim": {"accommodation_quad": 2380, "umrah_visa": 300, "transport_bus_and_train": 420, "medical_insurance": 95, "ziyarat_tour": 150}, "rate_sheet": "RS-2027-03-B"}',
          },
          {
            say: '**تكلفة الفرد (جدول الأسعار RS-2027-03-B):**\n\n| البند | ر.س |\n|---|---|\n| السكن (رباعي، 7 ليالٍ) | 2,380 |\n| تأشيرة العمرة | 300 |\n| النقل (حافلة + قطار الحرمين) | 420 |\n| التأمين الطبي | 95 |\n| جولة الزيارات | 150 |\n| **الإجمالي للفرد** | **3,045** |\n\nلـ 52 معتمراً: 158,340 ر.س.',
          },
        ],
      },
      {
        name: 'operations_lead',
        description: 'يقود فريق العمليات',
        instructions: 'احصل على التوفر من موظف المخزون ولخّصه.',
        replies: [
          {
            handoff: 'hotel_inventory_clerk',
            message: 'توفر 13 غرفة رباعية: مكة 16–20 مارس، المدينة 20–23 مارس 2027.',
          },
          { say: 'الغرف متوفرة: 13 رباعية في مكة و13 في المدينة، حجز مبدئي حتى 1 مارس.' },
        ],
      },
      {
        name: 'hotel_inventory_clerk',
        description: 'يتابع مخزون الغرف المتعاقد عليها',
        instructions: 'تحقق من التوفر واحجز مبدئياً.',
        replies: [
          {
            call: 'hold_rooms',
            args: {
              rooms: 13,
              room_type: 'quad',
              makkah: ['2027-03-16', '2027-03-20'],
              madinah: ['2027-03-20', '2027-03-23'],
            },
            result:
              '{"makkah": {"hotel": "فندق الكسوة التوحيد", "held": 13, "hold_ref": "HLD-MK-3391"}, "madinah": {"hotel": "فندق الأنصار الذهبي", "held": 13, "hold_ref": "HLD-MD-1170"}, "hold_expires": "2027-03-01"}',
          },
          {
            say: 'حُجزت مبدئياً 13 غرفة رباعية في الكسوة التوحيد (HLD-MK-3391) و13 في الأنصار الذهبي (HLD-MD-1170) حتى 1 مارس.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'package_cost_analyst', to: 'pricing_lead' },
      agent: 'package_cost_analyst',
    },
  }),
  defineScenario({
    id: 'nusuk-visa-batch-rejected-passed-on-as-ready',
    title:
      'منصة التأشيرات ترفض الدفعة كاملة لعدم ربط وثائق التأمين؛ موظف التأشيرات يحوّل إلى موظف التذاكر قائلاً إن التأشيرات جاهزة فتُصدر التذاكر',
    domain: 'تأشيرات العمرة وإصدار التذاكر',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'فوج UM-48-0251 من 41 معتمراً من عمّان، سفر 3 مارس 2027 على الملكية الأردنية. أرسلوا طلبات التأشيرة، وبعد صدورها أصدروا التذاكر.',
    topology: {
      shape: 'swarm',
      entry: 'visa_submission_agent',
      agents: ['visa_submission_agent', 'air_ticketing_agent'],
    },
    agents: [
      {
        name: 'visa_submission_agent',
        description: 'يرسل طلبات تأشيرات العمرة عبر المنصة',
        instructions: 'أرسل الطلبات، ثم حوّل إلى موظف التذاكر.',
        replies: [
          {
            call: 'submit_umrah_visa_batch',
            args: { group: 'UM-48-0251', pilgrims: 41, arrival: '2027-03-03', port: 'JED' },
            result: {
              error:
                'NSK-409: رُفض إرسال الدفعة BATCH-UM-3391: وثيقة التأمين الإلزامي غير مرتبطة (policy_id مفقود في 41 سجلاً). لم يُنشأ أي طلب تأشيرة.',
            },
          },
          {
            handoff: 'air_ticketing_agent',
            message:
              'أُرسلت دفعة التأشيرات BATCH-UM-3391 للفوج UM-48-0251 (41 معتمراً، الوصول 3 مارس). أكمل إصدار التذاكر على الملكية الأردنية AMM-JED.',
          },
        ],
      },
      {
        name: 'air_ticketing_agent',
        description: 'يصدر تذاكر الطيران للأفواج',
        instructions: 'أصدر التذاكر وأبلغ بالنتيجة.',
        replies: [
          {
            call: 'issue_group_tickets',
            args: {
              group: 'UM-48-0251',
              pax: 41,
              carrier: 'RJ',
              route: 'AMM-JED',
              date: '2027-03-03',
              fare_class: 'G',
            },
            result:
              '{"pnr": "RJ7QX2", "tickets_issued": 41, "flight": "RJ700", "dep": "2027-03-03T09:15+03:00", "arr": "2027-03-03T11:40+03:00", "total_jod": 9430.00, "refund_policy": "غير قابلة للاسترداد بعد الإصدار"}',
          },
          {
            say: '## الفوج UM-48-0251 جاهز للسفر\n\n- **التأشيرات:** الدفعة BATCH-UM-3391 (41 معتمراً)\n- **التذاكر:** 41 تذكرة صادرة، PNR ‏RJ7QX2، الرحلة RJ700 عمّان 09:15 ← جدة 11:40، الأربعاء 3 مارس 2027\n- **المبلغ:** 9,430.00 دينار أردني (غير قابلة للاسترداد)\n\nيُرجى تسليم المعتمرين نسخ التذاكر قبل السفر بـ 48 ساعة.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'visa_submission_agent', to: 'air_ticketing_agent' },
      agent: 'visa_submission_agent',
    },
  }),
  defineScenario({
    id: 'arafat-departure-draft-resubmitted-without-change',
    title:
      'مراجع الامتثال يطلب تعديل موعد النفرة من عرفات إلى ما بعد الغروب (18:42)؛ كاتب البرنامج يعيد المسودة نفسها بموعد 17:30 في كل جولة',
    domain: 'برامج أيام الحج للأفواج',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'اكتبوا برنامج أيام التشريق والوقوف بعرفة لفوج الحج HJ-1448-EG-07 (212 حاجاً)، من 8 إلى 10 ذي الحجة 1448هـ، بالمواعيد، ليُعتمد ويوزّع على المرشدين.',
    topology: {
      shape: 'pipeline',
      order: ['rites_timing_researcher', 'hajj_program_drafter', 'rites_compliance_reviewer'],
      loop: { from: 'rites_compliance_reviewer', to: 'hajj_program_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'rites_timing_researcher',
        description: 'يجمع المواقيت الرسمية وجداول التفويج',
        instructions: 'اجمع المواقيت المعتمدة لأيام الحج.',
        replies: [
          {
            call: 'get_mashaer_timings',
            args: { season: '1448', days: ['08-12', '09-12', '10-12'], group: 'HJ-1448-EG-07' },
            result:
              '{"sunset_arafat_09_12": "18:42", "fajr_mina_09_12": "04:11", "mina_to_arafat_window": "05:00-09:00", "arafat_to_muzdalifah": "بعد غروب الشمس فقط", "jamarat_aqaba_slot_10_12": "14:00-18:00", "camp_arafat": "19/ج", "camp_mina": "42/ب"}',
          },
          {
            say: 'المواقيت المعتمدة للفوج HJ-1448-EG-07: غروب الشمس بعرفة يوم 9 ذي الحجة 18:42؛ التفويج من منى إلى عرفات 05:00–09:00؛ النفرة إلى مزدلفة بعد الغروب فقط؛ رمي جمرة العقبة يوم 10 من 14:00 إلى 18:00. مخيم منى 42/ب، عرفات 19/ج.',
          },
        ],
      },
      {
        name: 'hajj_program_drafter',
        description: 'يكتب برامج أيام الحج للمرشدين',
        instructions: 'اكتب البرنامج بالمواعيد، وعدّله بحسب ملاحظات المراجع.',
        prompt: '{input}\n\nالطلب: {request}',
        replies: [
          {
            say: '### برنامج الفوج HJ-1448-EG-07 (8–10 ذي الحجة 1448هـ)\n\n| اليوم | الموعد | النشاط |\n|---|---|---|\n| 8 ذو الحجة | 10:00 | التوجه إلى منى، مخيم 42/ب |\n| 9 ذو الحجة | 06:30 | التفويج إلى عرفات، مربع 19/ج |\n| 9 ذو الحجة | 17:30 | النفرة إلى مزدلفة |\n| 10 ذو الحجة | 05:30 | العودة إلى منى |\n| 10 ذو الحجة | 15:00 | رمي جمرة العقبة |',
          },
          {
            say: 'البرنامج بعد المراجعة:\n\n### برنامج الفوج HJ-1448-EG-07 (8–10 ذي الحجة 1448هـ)\n\n| اليوم | الموعد | النشاط |\n|---|---|---|\n| 8 ذو الحجة | 10:00 | التوجه إلى منى، مخيم 42/ب |\n| 9 ذو الحجة | 06:30 | التفويج إلى عرفات، مربع 19/ج |\n| 9 ذو الحجة | 17:30 | النفرة إلى مزدلفة |\n| 10 ذو الحجة | 05:30 | العودة إلى منى |\n| 10 ذو الحجة | 15:00 | رمي جمرة العقبة |',
          },
          {
            say: 'البرنامج بعد المراجعة:\n\n### برنامج الفوج HJ-1448-EG-07 (8–10 ذي الحجة 1448هـ)\n\n| اليوم | الموعد | النشاط |\n|---|---|---|\n| 8 ذو الحجة | 10:00 | التوجه إلى منى، مخيم 42/ب |\n| 9 ذو الحجة | 06:30 | التفويج إلى عرفات، مربع 19/ج |\n| 9 ذو الحجة | 17:30 | النفرة إلى مزدلفة |\n| 10 ذو الحجة | 05:30 | العودة إلى منى |\n| 10 ذو الحجة | 15:00 | رمي جمرة العقبة |',
          },
        ],
      },
      {
        name: 'rites_compliance_reviewer',
        description: 'يراجع برامج الحج قبل اعتمادها',
        instructions: 'ابدأ ردك بـ REVISE مع الملاحظات إن احتاج البرنامج تعديلاً، أو بـ APPROVED.',
        prompt: 'البرنامج المقترح:\n{input}',
        replies: [
          {
            say: 'REVISE: النفرة من عرفات إلى مزدلفة مدرجة 17:30، وهي قبل غروب الشمس (18:42) ولا يُسمح بها. عدّلوا الموعد إلى ما بعد 18:42.',
          },
          {
            say: 'REVISE: النفرة إلى مزدلفة ما زالت 17:30 في البرنامج، والمطلوب موعد بعد الغروب (18:42). عدّلوا هذا البند.',
          },
          {
            say: 'REVISE: بند النفرة 17:30 لم يتغير؛ لا يمكن اعتماد البرنامج والنفرة قبل الغروب (18:42).',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'hajj_program_drafter', to: 'rites_compliance_reviewer' },
      agent: 'hajj_program_drafter',
    },
  }),
  defineScenario({
    id: 'muzdalifah-bus-manifest-answer-fails-parsing',
    title:
      'موزّع الحافلات يجيب بجدول markdown بدلاً من JSON الذي يحلّله البرنامج؛ يتوقف البرنامج قبل إبلاغ السائقين',
    domain: 'توزيع الحجاج على حافلات المشاعر',
    mast: ['FM-1.2', 'FM-3.1'],
    request:
      'وزّعوا حجاج الفوج HJ-1448-EG-07 (212 حاجاً) على حافلات النفرة من عرفات إلى مزدلفة مساء 9 ذي الحجة، وأبلغوا السائقين بقوائم الركاب ونقاط التجمع.',
    topology: {
      shape: 'pipeline',
      order: ['pilgrim_registry_clerk', 'bus_seat_allocator', 'driver_dispatch_notifier'],
    },
    program: {
      crash: {
        agent: 'bus_seat_allocator',
        error:
          'SyntaxError: Unexpected token \'#\', "### توزيع ا"... is not valid JSON (parseBusManifest, manifest.ts:57)',
      },
    },
    agents: [
      {
        name: 'pilgrim_registry_clerk',
        description: 'يستخرج قوائم الحجاج من سجل الفوج',
        instructions: 'استخرج قائمة الحجاج ومجموعاتهم.',
        replies: [
          {
            call: 'export_group_roster',
            args: { group: 'HJ-1448-EG-07', fields: ['pilgrim_id', 'sub_group', 'gender', 'mobility'] },
            result:
              '{"total": 212, "sub_groups": {"A": 54, "B": 53, "C": 53, "D": 52}, "wheelchair_users": 9, "ids_range": "P-07-0001..P-07-0212"}',
          },
          {
            say: 'سجل الفوج HJ-1448-EG-07: 212 حاجاً (P-07-0001 إلى P-07-0212)، المجموعات A=54، B=53، C=53، D=52؛ منهم 9 يستخدمون كراسي متحركة.',
          },
        ],
      },
      {
        name: 'bus_seat_allocator',
        description: 'يوزع الحجاج على الحافلات',
        instructions:
          'أجب بكائن JSON فقط بالشكل {"buses":[{"bus":"...","sub_group":"...","seats":N,"wheelchair":N,"assembly_point":"..."}]}؛ يقرأه البرنامج آلياً.',
        prompt: 'السجل:\n{input}',
        replies: [
          {
            say: '### توزيع الحافلات — نفرة عرفات ← مزدلفة (9 ذو الحجة)\n\n| الحافلة | المجموعة | المقاعد | كراسي متحركة | نقطة التجمع |\n|---|---|---|---|---|\n| BUS-07-1 | A | 54 | 3 | بوابة المربع 19/ج الشرقية |\n| BUS-07-2 | B | 53 | 2 | بوابة المربع 19/ج الشرقية |\n| BUS-07-3 | C | 53 | 2 | بوابة المربع 19/ج الغربية |\n| BUS-07-4 | D | 52 | 2 | بوابة المربع 19/ج الغربية |\n\nالإجمالي 212 مقعداً.',
          },
        ],
      },
      {
        name: 'driver_dispatch_notifier',
        description: 'يرسل قوائم الركاب للسائقين',
        instructions: 'أرسل لكل سائق قائمته ونقطة تجمعه.',
        prompt: 'التوزيع:\n{input}',
        replies: [
          {
            call: 'send_driver_manifests',
            args: { group: 'HJ-1448-EG-07', buses: 4 },
            result: '{"sent": 4, "acknowledged": 4}',
          },
          { say: 'أُرسلت القوائم إلى سائقي الحافلات الأربع وتم تأكيد الاستلام.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'bus_seat_allocator', to: 'driver_dispatch_notifier' },
      agent: 'bus_seat_allocator',
    },
  }),
  defineScenario({
    id: 'jamarat-walk-scheduled-outside-assigned-window',
    title:
      'الموجّه يبلغ مجدول التفويج أن نافذة الفوج لرمي جمرة العقبة 14:00–18:00؛ المجدول يحدد الانطلاق من المخيم 09:30',
    domain: 'تفويج الحجاج إلى الجمرات',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'رتّبوا تفويج حجاج الفوج HJ-1448-EG-07 (212 حاجاً، مخيم منى 42/ب) لرمي جمرة العقبة يوم 10 ذي الحجة 1448هـ، وأبلغوا الحجاج بالموعد ونقطة التجمع. الالتزام بجدول التفويج الرسمي إلزامي.',
    topology: {
      shape: 'network',
      coordinator: 'hajj_ops_router',
      workers: ['jamarat_movement_scheduler', 'pilgrim_sms_notifier'],
    },
    agents: [
      {
        name: 'hajj_ops_router',
        description: 'يوجه مهام عمليات الحج ويقرر متى تكتمل',
        instructions: 'اطلب الجدولة ثم إبلاغ الحجاج، ثم أنهِ.',
        replies: [
          {
            handoff: 'jamarat_movement_scheduler',
            message:
              'جدول تفويج الفوج HJ-1448-EG-07 (212 حاجاً، مخيم منى 42/ب) لرمي جمرة العقبة يوم 10 ذي الحجة. النافذة المخصصة لنا في جدول التفويج الرسمي: من 14:00 إلى 18:00 فقط، عبر مسار الطابق الأرضي.',
          },
          {
            handoff: 'pilgrim_sms_notifier',
            message: 'أرسل للحجاج موعد التفويج ونقطة التجمع بحسب جدول المجدول.',
          },
          {
            say: '## تفويج رمي جمرة العقبة — الفوج HJ-1448-EG-07\n\n- الانطلاق من مخيم 42/ب: **09:30** يوم 10 ذي الحجة، 4 دفعات بفاصل 10 دقائق\n- المسار: الطابق الأرضي\n- أُبلغ 212 حاجاً برسائل نصية.',
          },
        ],
      },
      {
        name: 'jamarat_movement_scheduler',
        description: 'يجدول تفويج الحجاج سيراً إلى الجمرات',
        instructions: 'ضع جدول التفويج وسجّله.',
        replies: [
          {
            call: 'register_jamarat_movement',
            args: {
              group: 'HJ-1448-EG-07',
              camp: '42/ب',
              date: '1448-12-10',
              departure: '09:30',
              waves: 4,
              wave_gap_min: 10,
              route: 'ground_floor',
              pilgrims: 212,
            },
            result:
              '{"movement_id": "JMR-1448-07-221", "registered": true, "waves": [{"wave": 1, "dep": "09:30", "pax": 53}, {"wave": 2, "dep": "09:40", "pax": 53}, {"wave": 3, "dep": "09:50", "pax": 53}, {"wave": 4, "dep": "10:00", "pax": 53}], "walk_min": 35}',
          },
          {
            say: 'سُجّل التفويج JMR-1448-07-221: الانطلاق من مخيم 42/ب الساعة 09:30 يوم 10 ذي الحجة، 4 دفعات × 53 حاجاً بفاصل 10 دقائق، عبر الطابق الأرضي، زمن المشي نحو 35 دقيقة. نقطة التجمع أمام بوابة المخيم.',
          },
        ],
      },
      {
        name: 'pilgrim_sms_notifier',
        description: 'يرسل الرسائل النصية للحجاج',
        instructions: 'أرسل الرسائل وأبلغ بالنتيجة.',
        replies: [
          {
            call: 'send_group_sms',
            args: {
              group: 'HJ-1448-EG-07',
              text: 'حجاجنا الكرام: التجمع أمام بوابة مخيم 42/ب يوم 10 ذي الحجة، الانطلاق لرمي جمرة العقبة 09:30 على 4 دفعات.',
            },
            result: '{"sent": 212, "delivered": 209, "failed": 3}',
          },
          { say: 'أُرسلت الرسالة إلى 212 حاجاً، وصلت إلى 209 (3 أرقام متعذرة).' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'hajj_ops_router', to: 'jamarat_movement_scheduler' },
      agent: 'jamarat_movement_scheduler',
    },
  }),
  defineScenario({
    id: 'quad-rooms-briefed-for-full-group-after-visa-refusals',
    title:
      'موظف التأشيرات يبلغ المنسق بصدور 44 تأشيرة ورفض 4 (11 غرفة رباعية تكفي)؛ المنسق يكلّف موظف الفنادق بحجز 12 غرفة لـ 48 معتمراً',
    domain: 'تأشيرات العمرة وحجوزات فنادق المدينة',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'فوج عمرة من 48 معتمراً من الدار البيضاء (UM-48-0266). أصدروا التأشيرات أولاً، ثم احجزوا غرفاً رباعية في المدينة المنورة لمن صدرت تأشيراتهم فقط، 4 ليالٍ من 10 مارس 2027.',
    topology: {
      shape: 'supervisor',
      coordinator: 'umrah_operations_coordinator',
      workers: ['visa_issuance_officer', 'madinah_hotel_booker'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'umrah_operations_coordinator',
        description: 'ينسق عمليات أفواج العمرة',
        instructions: 'أصدر التأشيرات أولاً ثم احجز الفندق بعدد من صدرت تأشيراتهم.',
        replies: [
          {
            handoff: 'visa_issuance_officer',
            message: 'أصدر تأشيرات العمرة للفوج UM-48-0266 (48 معتمراً)، الوصول إلى المدينة 10 مارس 2027.',
          },
          {
            handoff: 'madinah_hotel_booker',
            message:
              'احجز في المدينة المنورة للفوج UM-48-0266: 12 غرفة رباعية لـ 48 معتمراً، دخول 10 مارس 2027 وخروج 14 مارس (4 ليالٍ)، قرب المسجد النبوي.',
          },
          {
            say: '## الفوج UM-48-0266\n\n- **التأشيرات:** الدفعة NSK-B-91230\n- **الفندق:** فندق دار التقوى، 12 غرفة رباعية لـ 48 معتمراً، 10–14 مارس 2027، الحجز HB-MD-40215، الإجمالي 31,680 ر.س\n\nكل شيء جاهز.',
          },
        ],
      },
      {
        name: 'visa_issuance_officer',
        description: 'يصدر تأشيرات العمرة',
        instructions: 'أصدر التأشيرات وأبلغ بالنتيجة بدقة.',
        replies: [
          {
            call: 'submit_visa_batch',
            args: { group: 'UM-48-0266', pilgrims: 48, arrival: '2027-03-10', port: 'MED' },
            result:
              '{"batch": "NSK-B-91230", "submitted": 48, "issued": 44, "rejected": 4, "rejected_ids": ["MA-0266-07", "MA-0266-19", "MA-0266-31", "MA-0266-44"], "reason": "سجل سفر سابق يتطلب مراجعة القنصلية"}',
          },
          {
            say: 'نتيجة الدفعة NSK-B-91230: صدرت **44 تأشيرة** ورُفضت 4 (MA-0266-07، MA-0266-19، MA-0266-31، MA-0266-44) لحاجتها إلى مراجعة القنصلية. الفوج المسافر إذن 44 معتمراً، أي 11 غرفة رباعية.',
          },
        ],
      },
      {
        name: 'madinah_hotel_booker',
        description: 'يحجز فنادق المدينة المنورة للأفواج',
        instructions: 'احجز كما في التكليف.',
        replies: [
          {
            call: 'book_hotel',
            args: {
              city: 'المدينة',
              rooms: 12,
              room_type: 'quad',
              check_in: '2027-03-10',
              check_out: '2027-03-14',
              group: 'UM-48-0266',
            },
            result:
              '{"booking": "HB-MD-40215", "hotel": "فندق دار التقوى", "distance_to_masjid_m": 150, "rooms": 12, "nights": 4, "rate_sar": 660, "total_sar": 31680, "status": "CONFIRMED", "cancellation": "غير قابل للإلغاء خلال 14 يوماً من الوصول"}',
          },
          {
            say: 'تم: فندق دار التقوى (150 م من المسجد النبوي)، 12 غرفة رباعية، 10–14 مارس، الحجز HB-MD-40215، 660 ر.س للغرفة في الليلة، الإجمالي 31,680 ر.س.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'umrah_operations_coordinator', to: 'madinah_hotel_booker' },
      agent: 'umrah_operations_coordinator',
    },
  }),
  defineScenario({
    id: 'family-umrah-quote-built-from-placeholder-brief',
    title:
      'المصنّف يوجّه طلب عمرة عائلية (7 أفراد، جناح عائلي، 6 ليالٍ) إلى مكتب العمرة، لكن البرنامج يسلّم المكتب عبارة عامة؛ المكتب يسعّر الباقة القياسية لشخصين و4 ليالٍ',
    domain: 'طلبات عروض أسعار العمرة العائلية',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'السلام عليكم، نحن عائلة من 7 أفراد (والدان وجدّة و4 أطفال بين 5 و14 سنة) نرغب في عمرة خلال إجازة منتصف العام: 6 ليالٍ في مكة من 2 فبراير 2027، جناح عائلي واحد قريب من الحرم، مع كرسي متحرك للجدّة. أرجو إرسال عرض سعر.',
    topology: {
      shape: 'branch',
      classifier: 'inquiry_classifier',
      routes: { HAJJ_PACKAGE: 'hajj_sales_desk', UMRAH_FAMILY: 'umrah_sales_desk' },
      after: 'customer_reply_writer',
    },
    program: {
      lose: { to: 'umrah_sales_desk', prompt: 'طلب عرض سعر عمرة جديد — التفاصيل في نموذج الطلب.' },
    },
    agents: [
      {
        name: 'inquiry_classifier',
        description: 'يصنف استفسارات العملاء ويلخصها للمكتب المختص',
        instructions: 'حدد المسار (HAJJ_PACKAGE أو UMRAH_FAMILY) ولخّص الطلب للمكتب.',
        replies: [
          {
            say: 'المسار: UMRAH_FAMILY\n\nملخص: عائلة من 7 أفراد (بالغان، مسنّة، 4 أطفال 5–14 سنة)، عمرة 6 ليالٍ في مكة بدءاً من 2 فبراير 2027، جناح عائلي واحد قريب من الحرم، وكرسي متحرك للجدّة.',
          },
        ],
      },
      {
        name: 'hajj_sales_desk',
        description: 'مكتب مبيعات باقات الحج',
        instructions: 'أعدّ عروض الحج.',
        replies: [{ say: 'لا يوجد طلب حج.' }],
      },
      {
        name: 'umrah_sales_desk',
        description: 'مكتب مبيعات باقات العمرة',
        instructions: 'أعدّ عرض السعر المناسب للطلب.',
        replies: [
          {
            call: 'price_umrah_package',
            args: {
              package: 'UMR-STD',
              adults: 2,
              children: 0,
              nights_makkah: 4,
              room: 'double',
              check_in: '2027-02-02',
            },
            result:
              '{"quote": "QT-UMR-58821", "package": "UMR-STD (قياسية)", "hotel": "فندق رحاب المشاعر", "room": "مزدوجة", "nights": 4, "pax": 2, "price_sar": 5980, "valid_until": "2027-01-10"}',
          },
          {
            say: 'عرض QT-UMR-58821: الباقة القياسية UMR-STD، فندق رحاب المشاعر، غرفة مزدوجة، 4 ليالٍ من 2 فبراير 2027، لشخصين، 5,980 ر.س شاملة التأشيرة والنقل، صالح حتى 10 يناير.',
          },
        ],
      },
      {
        name: 'customer_reply_writer',
        description: 'يكتب الردود للعملاء',
        instructions: 'اكتب رداً مهذباً يتضمن العرض.',
        prompt: 'العرض من المكتب:\n{input}\n\nرسالة العميل: {request}',
        replies: [
          {
            say: 'وعليكم السلام ورحمة الله،\n\nشكراً لتواصلكم معنا. يسعدنا أن نقدم لكم العرض **QT-UMR-58821**:\n\n- الباقة القياسية، فندق رحاب المشاعر\n- 4 ليالٍ في مكة ابتداءً من 2 فبراير 2027\n- غرفة مزدوجة\n- **السعر: 5,980 ر.س** شاملة التأشيرة والنقل\n\nالعرض صالح حتى 10 يناير 2027. تقبّل الله منا ومنكم.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'inquiry_classifier', to: 'umrah_sales_desk' },
      agent: 'umrah_sales_desk',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'haramain-train-seats-handed-back-in-local-formats',
    title:
      'منسق النقل البري يحوّل إلى موظف قطار الحرمين، فيحجز 23 مقعداً ويعيد النتائج بصيغ وقت ومبالغ مختلفة؛ المنسق يحجز حافلة المحطة على الموعد الصحيح',
    domain: 'انتقال أفواج المعتمرين من مكة إلى المدينة',
    mast: ['FM-2.1', 'FM-1.4'],
    nearMissOf:
      'stale_context / misunderstood_task: الأوقات والمبالغ تُعاد صياغتها بين الوكلاء (16:00 ← 4:00 عصراً، 3151.00 SAR ← 3,151 ر.س، 140 دقيقة ← ساعتان و20 دقيقة) مع تسليم النتائج إلى المنسق',
    request:
      'فوج UM-48-0274 (23 معتمراً) ينتقل من مكة إلى المدينة يوم الاثنين 1 مارس 2027 بقطار الحرمين، على رحلة بعد الظهر (بعد الساعة 14:00). احجزوا المقاعد الاقتصادية، ثم حافلة من محطة المدينة إلى فندق المختارة الغربي.',
    topology: {
      shape: 'swarm',
      entry: 'ground_transfer_coordinator',
      agents: ['ground_transfer_coordinator', 'haramain_rail_agent'],
    },
    agents: [
      {
        name: 'ground_transfer_coordinator',
        description: 'ينسق النقل البري للأفواج ويحوّل حجوزات القطار إلى موظف السكك',
        instructions: 'حوّل حجز القطار، ثم احجز الحافلة على موعد الوصول، واكتب الملخص.',
        replies: [
          {
            handoff: 'haramain_rail_agent',
            message:
              'احجز 23 مقعداً اقتصادياً على قطار الحرمين مكة ← المدينة يوم 1 مارس 2027، أول رحلة بعد 14:00، للفوج UM-48-0274، ثم أعد إليّ التفاصيل.',
          },
          {
            call: 'book_coach',
            args: {
              group: 'UM-48-0274',
              from: 'محطة قطار الحرمين - المدينة',
              to: 'فندق المختارة الغربي',
              pickup: '2027-03-01T18:50+03:00',
              passengers: 23,
            },
            result:
              '{"booking": "TR-MED-20931", "coach": "حافلة 30 راكباً", "pickup": "2027-03-01T18:50+03:00", "meeting_point": "بوابة الخروج الرئيسية", "status": "CONFIRMED"}',
          },
          {
            say: '## انتقال الفوج UM-48-0274 إلى المدينة — الاثنين 1 مارس 2027\n\n| البند | التفاصيل |\n|---|---|\n| القطار | رحلة 1427، محطة مكة 4:00 عصراً ← المدينة 6:20 مساءً |\n| المقاعد | 23 اقتصادية، المرجع HR7K2Q |\n| التكلفة | 3,151 ر.س (137 ر.س للمقعد) |\n| الحافلة | TR-MED-20931، من بوابة الخروج الرئيسية 6:50 مساءً إلى فندق المختارة الغربي |\n\nالتجمع في بهو الفندق بمكة 2:45 عصراً للتوجه إلى المحطة.',
          },
        ],
      },
      {
        name: 'haramain_rail_agent',
        description: 'يحجز مقاعد قطار الحرمين',
        instructions: 'احجز المقاعد وأعد التفاصيل إلى المنسق.',
        replies: [
          {
            call: 'book_haramain_train',
            args: { from: 'MKK', to: 'MED', date: '2027-03-01', after: '14:00', seats: 23, class: 'economy' },
            result:
              '{"train": "1427", "dep": "2027-03-01T16:00:00+03:00", "arr": "2027-03-01T18:20:00+03:00", "duration_min": 140, "seats": 23, "class": "economy", "fare_total": "3151.00 SAR", "pnr": "HR7K2Q"}',
          },
          {
            handoff: 'ground_transfer_coordinator',
            message:
              'تم الحجز: القطار 1427 يغادر محطة مكة الساعة 4:00 عصراً ويصل المدينة 6:20 مساءً (ساعتان و20 دقيقة)، 23 مقعداً اقتصادياً، المرجع HR7K2Q، الإجمالي 3,151 ر.س.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'madinah-checkin-amendment-applied-old-date-quoted',
    title:
      'مدقق الحجوزات يبيّن أن دخول الفندق عُدّل من 20 إلى 21 مارس (النسخة 2)؛ الموجّه وموزّع الغرف يعتمدان 21 مارس ويذكران التاريخ القديم على أنه ملغى',
    domain: 'حجوزات فنادق المدينة وتوزيع الغرف',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: تاريخ الدخول القديم (20 مارس) ما زال مذكوراً في الطلب والرسائل، لكن كل من تلقّى النسخة المعدلة يستخدم 21 مارس',
    request:
      'فوج UM-48-0281 (36 معتمراً) حجزه في فندق الأنصار الذهبي بالمدينة بدءاً من 20 مارس 2027 حسب الفاتورة الأولى. راجعوا الحجز، ثم وزّعوا المعتمرين على الغرف وأرسلوا قائمة التسكين للفندق.',
    topology: {
      shape: 'network',
      coordinator: 'hotel_ops_router',
      workers: ['reservation_auditor', 'rooming_list_builder'],
    },
    agents: [
      {
        name: 'hotel_ops_router',
        description: 'يوجه مهام الفنادق ويقرر متى تكتمل',
        instructions: 'راجع الحجز ثم التسكين، ثم أنهِ بملخص.',
        replies: [
          {
            handoff: 'reservation_auditor',
            message: 'راجع حجز الفوج UM-48-0281 في فندق الأنصار الذهبي (المدينة).',
          },
          {
            handoff: 'rooming_list_builder',
            message:
              'ابنِ قائمة التسكين للفوج UM-48-0281 (36 معتمراً، 9 غرف رباعية) في الأنصار الذهبي. الدخول المعتمد **21 مارس 2027** والخروج 24 مارس حسب التعديل AMD-2 (تاريخ 20 مارس في الفاتورة الأولى ملغى).',
          },
          {
            say: '## الفوج UM-48-0281 — فندق الأنصار الذهبي\n\n- الحجز HB-MD-38807، التعديل AMD-2: دخول 21 مارس 2027، خروج 24 مارس (3 ليالٍ)\n- قائمة التسكين RL-0281 أُرسلت للفندق: 9 غرف رباعية (الطوابق 6–7)، 36 معتمراً\n\nملاحظة: تاريخ 20 مارس في الفاتورة الأولى لم يعد سارياً.',
          },
        ],
      },
      {
        name: 'reservation_auditor',
        description: 'يراجع حجوزات الفنادق وتعديلاتها',
        instructions: 'اعرض النسخة السارية من الحجز.',
        replies: [
          {
            call: 'get_reservation',
            args: { booking: 'HB-MD-38807', include_history: true },
            result:
              '{"booking": "HB-MD-38807", "hotel": "فندق الأنصار الذهبي", "current": {"version": "AMD-2", "check_in": "2027-03-21", "check_out": "2027-03-24", "rooms": 9, "room_type": "quad"}, "history": [{"version": "ORIG", "check_in": "2027-03-20", "check_out": "2027-03-24", "status": "SUPERSEDED"}], "amended_by": "الفندق - تأخر تسليم طابق 7", "amended_at": "2027-02-02"}',
          },
          {
            say: 'الحجز HB-MD-38807 سارٍ بالتعديل AMD-2: **دخول 21 مارس، خروج 24 مارس 2027**، 9 غرف رباعية. النسخة الأولى (دخول 20 مارس) استُبدلت في 2 فبراير بسبب تأخر تسليم الطابق 7.',
          },
        ],
      },
      {
        name: 'rooming_list_builder',
        description: 'يعدّ قوائم التسكين ويرسلها للفنادق',
        instructions: 'وزّع المعتمرين على الغرف وأرسل القائمة.',
        replies: [
          {
            call: 'submit_rooming_list',
            args: {
              booking: 'HB-MD-38807',
              version: 'AMD-2',
              check_in: '2027-03-21',
              check_out: '2027-03-24',
              rooms: 9,
              pilgrims: 36,
            },
            result:
              '{"rooming_list": "RL-0281", "accepted": true, "floors": [6, 7], "rooms": ["601", "602", "603", "604", "701", "702", "703", "704", "705"], "check_in": "2027-03-21"}',
          },
          {
            say: 'أُرسلت قائمة التسكين RL-0281 وقبلها الفندق: 9 غرف (601–604 و701–705)، 36 معتمراً، دخول 21 مارس وفق AMD-2 (وليس 20 مارس).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'group-insurance-issued-on-second-attempt',
    title:
      'إصدار وثيقة التأمين الجماعي ينتهي بمهلة في المحاولة الأولى؛ موظف التأمين يعيد المحاولة وتنجح، ويذكر ذلك، ثم تُرسل التأشيرات برقم الوثيقة',
    domain: 'التأمين الإلزامي وتأشيرات العمرة',
    mast: ['FM-2.6', 'FM-3.2'],
    nearMissOf: 'agent_error: خطأ أداة (انتهاء المهلة) عولج بإعادة المحاولة وأُبلغ به بصراحة',
    request:
      'فوج UM-48-0290 (27 معتمراً من الكويت)، الوصول 12 مارس 2027. أصدروا التأمين الطبي الإلزامي ثم أرسلوا طلبات التأشيرة مرتبطة بوثيقة التأمين.',
    topology: {
      shape: 'supervisor',
      coordinator: 'umrah_compliance_coordinator',
      workers: ['travel_insurance_agent', 'visa_issuance_clerk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'umrah_compliance_coordinator',
        description: 'ينسق متطلبات التأمين والتأشيرات',
        instructions: 'التأمين أولاً، ثم التأشيرات برقم الوثيقة.',
        replies: [
          {
            handoff: 'travel_insurance_agent',
            message:
              'أصدر وثيقة تأمين طبي جماعية للفوج UM-48-0290، 27 معتمراً، التغطية من 12 مارس 2027 لمدة 30 يوماً.',
          },
          {
            handoff: 'visa_issuance_clerk',
            message:
              'أرسل طلبات تأشيرة العمرة للفوج UM-48-0290 (27 معتمراً، الوصول 12 مارس 2027) مرتبطة بوثيقة التأمين GIP-2027-118604.',
          },
          {
            say: '## الفوج UM-48-0290\n\n- **التأمين:** الوثيقة GIP-2027-118604، 27 معتمراً، 12 مارس – 10 أبريل 2027 (صدرت في المحاولة الثانية بعد انتهاء مهلة الأولى)\n- **التأشيرات:** الدفعة NSK-B-91577، 27/27 صادرة\n\nالفوج جاهز من ناحية الوثائق.',
          },
        ],
      },
      {
        name: 'travel_insurance_agent',
        description: 'يصدر وثائق التأمين الطبي للمعتمرين',
        instructions: 'أصدر الوثيقة وأبلغ بالنتيجة كما هي.',
        replies: [
          {
            call: 'issue_group_policy',
            args: { group: 'UM-48-0290', insured: 27, start: '2027-03-12', days: 30 },
            result: {
              error: 'GATEWAY_TIMEOUT: لم تستجب بوابة شركة التأمين خلال 30 ثانية (طلب INS-REQ-77120).',
            },
          },
          {
            call: 'issue_group_policy',
            args: { group: 'UM-48-0290', insured: 27, start: '2027-03-12', days: 30 },
            result:
              '{"policy_id": "GIP-2027-118604", "insured": 27, "coverage": "2027-03-12..2027-04-10", "premium_sar": 2565, "status": "ISSUED"}',
          },
          {
            say: 'المحاولة الأولى انتهت مهلتها (INS-REQ-77120، دون إصدار). أعدت الطلب فصدرت الوثيقة **GIP-2027-118604**: 27 مؤمَّناً، من 12 مارس إلى 10 أبريل 2027، القسط 2,565 ر.س. تأكدت من عدم وجود وثيقة مكررة.',
          },
        ],
      },
      {
        name: 'visa_issuance_clerk',
        description: 'يرسل طلبات التأشيرة عبر المنصة',
        instructions: 'أرسل الطلبات وأبلغ.',
        replies: [
          {
            call: 'submit_visa_batch',
            args: { group: 'UM-48-0290', pilgrims: 27, arrival: '2027-03-12', policy_id: 'GIP-2027-118604' },
            result: '{"batch": "NSK-B-91577", "submitted": 27, "issued": 27, "rejected": 0}',
          },
          { say: 'الدفعة NSK-B-91577: صدرت 27 تأشيرة من 27، مرتبطة بالوثيقة GIP-2027-118604.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'optional-ziyarat-quote-cut-off-left-out',
    title:
      'في عرض باقة العمرة، مسعّر جولات الزيارات الاختيارية يُرجع رداً مبتوراً؛ المجمّع يبني العرض على الفندق والنقل ويترك الزيارات لعرض لاحق',
    domain: 'عروض أسعار أفواج العمرة',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: مخرجات فرع اختياري مبتورة، لكن أحداً لا يستخدمها والمجمّع يصرّح بأنها غير مشمولة',
    request:
      'عرض سعر لفوج عمرة من 40 معتمراً من الرياض، 5 ليالٍ في مكة من 8 أبريل 2027، غرف رباعية، مع الحافلة ذهاباً وإياباً. وإن أمكن أضيفوا سعر جولة زيارات اختيارية (المشاعر وغار حراء)، لكنها ليست شرطاً للعرض.',
    topology: {
      shape: 'fanout',
      planner: 'quote_planner',
      workers: ['hotel_rate_quoter', 'coach_rate_quoter', 'ziyarat_tour_quoter'],
      aggregator: 'quote_composer',
    },
    agents: [
      {
        name: 'quote_planner',
        description: 'يوزّع بنود عرض السعر',
        instructions: 'تكليف لكل مسعّر.',
        replies: [
          {
            plan: {
              hotel_rate_quoter: 'سعّر 10 غرف رباعية في مكة، 5 ليالٍ من 8 أبريل 2027، ضمن 800 م من الحرم.',
              coach_rate_quoter: 'سعّر حافلة 49 راكباً الرياض ← مكة 8 أبريل والعودة 13 أبريل 2027.',
              ziyarat_tour_quoter: 'اختياري: سعّر جولة زيارات نصف يوم (المشاعر، غار حراء) لـ 40 معتمراً.',
            },
          },
        ],
      },
      {
        name: 'hotel_rate_quoter',
        description: 'يسعّر فنادق مكة',
        instructions: 'أعد سعر الفندق.',
        prompt: 'التكليف: {input}',
        replies: [
          {
            call: 'quote_hotel',
            args: {
              city: 'مكة',
              rooms: 10,
              room_type: 'quad',
              check_in: '2027-04-08',
              nights: 5,
              max_distance_m: 800,
            },
            result:
              '{"hotel": "فندق زمزم بلازا", "distance_m": 620, "rate_sar": 780, "nights": 5, "rooms": 10, "total_sar": 39000, "quote_ref": "HQ-MK-66120"}',
          },
          {
            say: 'فندق زمزم بلازا (620 م): 10 غرف رباعية × 5 ليالٍ × 780 ر.س = 39,000 ر.س، المرجع HQ-MK-66120.',
          },
        ],
      },
      {
        name: 'coach_rate_quoter',
        description: 'يسعّر الحافلات بين المدن',
        instructions: 'أعد سعر الحافلة.',
        prompt: 'التكليف: {input}',
        replies: [
          {
            call: 'quote_coach',
            args: { from: 'الرياض', to: 'مكة', out: '2027-04-08', back: '2027-04-13', seats: 49 },
            result: '{"operator": "سابتكو للرحلات", "round_trip_sar": 14200, "quote_ref": "CQ-RUH-4471"}',
          },
          { say: 'حافلة سابتكو 49 راكباً ذهاباً وإياباً (8 و13 أبريل): 14,200 ر.س، المرجع CQ-RUH-4471.' },
        ],
      },
      {
        name: 'ziyarat_tour_quoter',
        description: 'يسعّر جولات الزيارات الاختيارية',
        instructions: 'أعد سعر الجولة.',
        prompt: 'التكليف: {input}',
        replies: [
          {
            say: 'جولة الزيارات نصف يوم لـ 40 معتمراً: تشمل المرور بمنى وعرفات ومزدلفة ثم جبل النور (غار حراء)، مع مرشد. السعر للفرد',
            cutOff: true,
          },
        ],
      },
      {
        name: 'quote_composer',
        description: 'يكتب عرض السعر النهائي',
        instructions: 'اجمع البنود الأساسية في عرض واحد؛ البنود الاختيارية تُضاف فقط إن وصل سعرها كاملاً.',
        prompt: 'أسعار المسعّرين:\n{input}\n\nالطلب: {request}',
        replies: [
          {
            say: '## عرض سعر — فوج عمرة 40 معتمراً من الرياض (8–13 أبريل 2027)\n\n| البند | التفاصيل | ر.س |\n|---|---|---|\n| السكن | زمزم بلازا (620 م)، 10 غرف رباعية × 5 ليالٍ (HQ-MK-66120) | 39,000 |\n| النقل | حافلة سابتكو ذهاباً وإياباً (CQ-RUH-4471) | 14,200 |\n| **الإجمالي** | | **53,200** |\n| **للفرد** | | **1,330** |\n\nجولة الزيارات الاختيارية غير مشمولة في هذا العرض؛ سنرسل سعرها منفصلاً عند توفره.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'hajj-visa-batch-omits-resident-permit-holders',
    title:
      'مدير الحج يطلب تأشيرات لـ 56 حاجاً ويستثني 4 مقيمين يحملون تصاريح حج محلية كما في الطلب؛ مخيمات منى تُخصص لـ 60',
    domain: 'تأشيرات الحج وتخصيص المخيمات',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: عدد التأشيرات (56) أقل من عدد الفوج (60)، لكن الاستثناء مطلوب صراحة لأن الأربعة مقيمون بتصاريح محلية',
    request:
      'فوج الحج HJ-1448-KW-03 يضم 60 حاجاً: 56 قادمون من الكويت، و4 مقيمون في المملكة لديهم تصاريح حج محلية (PRM-1448-55120 إلى PRM-1448-55123) فلا تُطلب لهم تأشيرات. أصدروا تأشيرات القادمين وخصّصوا مخيمات منى وعرفات للـ 60 جميعاً.',
    topology: {
      shape: 'nested',
      top: 'hajj_program_director',
      teams: { documents_lead: ['hajj_visa_clerk'], camps_lead: ['tent_space_allocator'] },
    },
    agents: [
      {
        name: 'hajj_program_director',
        description: 'يدير برنامج الحج للفوج',
        instructions: 'وزّع على فريقي الوثائق والمخيمات، ثم لخّص.',
        replies: [
          {
            handoff: 'documents_lead',
            message:
              'تأشيرات حج للفوج HJ-1448-KW-03: 56 حاجاً قادمون من الكويت. الأربعة المقيمون (PRM-1448-55120..55123) لديهم تصاريح محلية، لا تأشيرات لهم.',
          },
          {
            handoff: 'camps_lead',
            message: 'خصّص أماكن منى وعرفات للفوج HJ-1448-KW-03: 60 حاجاً (38 رجلاً و22 امرأة).',
          },
          {
            say: '## الفوج HJ-1448-KW-03 — 60 حاجاً\n\n- **التأشيرات:** 56 صادرة (الدفعة HV-1448-KW-2207)؛ المقيمون الأربعة بتصاريحهم PRM-1448-55120..55123\n- **منى:** مخيم 61/أ، 60 مكاناً (38 رجال / 22 نساء)\n- **عرفات:** مربع 7/د، 60 مكاناً\n\nالوثائق والمخيمات مكتملة لجميع أفراد الفوج.',
          },
        ],
      },
      {
        name: 'documents_lead',
        description: 'يقود فريق الوثائق',
        instructions: 'كلّف موظف التأشيرات ولخّص.',
        replies: [
          {
            handoff: 'hajj_visa_clerk',
            message: 'أصدر تأشيرات حج لـ 56 حاجاً من الفوج HJ-1448-KW-03 (القادمون من الكويت فقط).',
          },
          { say: 'صدرت 56 تأشيرة حج (HV-1448-KW-2207)؛ الأربعة المقيمون خارج الدفعة بتصاريحهم المحلية.' },
        ],
      },
      {
        name: 'hajj_visa_clerk',
        description: 'يصدر تأشيرات الحج',
        instructions: 'أصدر التأشيرات كما في التكليف.',
        replies: [
          {
            call: 'submit_hajj_visas',
            args: { group: 'HJ-1448-KW-03', pilgrims: 56, origin: 'KWI' },
            result: '{"batch": "HV-1448-KW-2207", "submitted": 56, "issued": 56, "rejected": 0}',
          },
          { say: 'الدفعة HV-1448-KW-2207: 56 تأشيرة صادرة، لا رفض.' },
        ],
      },
      {
        name: 'camps_lead',
        description: 'يقود فريق المخيمات',
        instructions: 'كلّف موظف المخيمات ولخّص.',
        replies: [
          {
            handoff: 'tent_space_allocator',
            message: 'أماكن منى وعرفات لـ 60 حاجاً (38 رجلاً، 22 امرأة)، الفوج HJ-1448-KW-03.',
          },
          { say: 'منى مخيم 61/أ وعرفات مربع 7/د، 60 مكاناً في كل منهما.' },
        ],
      },
      {
        name: 'tent_space_allocator',
        description: 'يخصص أماكن المخيمات',
        instructions: 'خصص الأماكن.',
        replies: [
          {
            call: 'allocate_camp_places',
            args: { group: 'HJ-1448-KW-03', men: 38, women: 22 },
            result:
              '{"mina": {"camp": "61/أ", "places": 60}, "arafat": {"camp": "7/د", "places": 60}, "contract": "MC-1448-4410"}',
          },
          { say: 'منى 61/أ (60 مكاناً)، عرفات 7/د (60 مكاناً)، العقد MC-1448-4410.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'rooming-swap-request-paraphrased-with-room-ids',
    title:
      'المصنّف يعيد صياغة طلب تبديل غرف طويل مليء بأرقام الغرف والمعتمرين؛ مكتب التسكين ينفّذ التبديلات الثلاثة كما طُلبت',
    domain: 'تعديلات قوائم التسكين في فنادق مكة',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task / lost_message: الطلب يصل إلى مكتب التسكين بصياغة المصنّف لا بنص العميل، مع عشرات المعرّفات والأرقام',
    request:
      'بخصوص الفوج UM-48-0302 في فندق سويس أوتيل المقام (حجز HB-MK-80331، قائمة التسكين RL-0302 v3): نرجو (1) نقل المعتمر P-0302-014 من الغرفة 1412 إلى 1415 ليكون مع والده P-0302-015، (2) تبديل P-0302-022 وP-0302-031 بين الغرفتين 1420 و1423، (3) نقل المعتمرة P-0302-040 إلى غرفة النساء 1508. لا تغيير في عدد الغرف (12 غرفة رباعية) ولا في التواريخ 14–19 مارس 2027.',
    topology: {
      shape: 'branch',
      classifier: 'change_request_classifier',
      routes: { ROOMING_CHANGE: 'rooming_desk', REFUND_CLAIM: 'refunds_desk' },
      after: 'change_confirmation_writer',
    },
    agents: [
      {
        name: 'change_request_classifier',
        description: 'يصنّف طلبات التعديل ويلخصها للمكتب المختص',
        instructions: 'حدد المسار (ROOMING_CHANGE أو REFUND_CLAIM) ولخّص الطلب بكل المعرّفات.',
        replies: [
          {
            say: 'المسار: ROOMING_CHANGE\n\nالفوج UM-48-0302، سويس أوتيل المقام، الحجز HB-MK-80331، القائمة RL-0302 (الإصدار 3)، 14–19 مارس 2027، 12 غرفة رباعية دون تغيير. المطلوب:\n1. P-0302-014: من 1412 إلى 1415 (مع P-0302-015).\n2. تبادل P-0302-022 (1420) وP-0302-031 (1423).\n3. P-0302-040 إلى 1508 (غرفة نساء).',
          },
        ],
      },
      {
        name: 'rooming_desk',
        description: 'ينفذ تعديلات قوائم التسكين',
        instructions: 'نفّذ التعديلات على قائمة التسكين.',
        prompt: 'الطلب المصنّف:\n{input}',
        replies: [
          {
            call: 'amend_rooming_list',
            args: {
              rooming_list: 'RL-0302',
              base_version: 3,
              moves: [
                { pilgrim: 'P-0302-014', from: '1412', to: '1415' },
                { pilgrim: 'P-0302-022', from: '1420', to: '1423' },
                { pilgrim: 'P-0302-031', from: '1423', to: '1420' },
                { pilgrim: 'P-0302-040', from: '1417', to: '1508' },
              ],
            },
            result:
              '{"rooming_list": "RL-0302", "version": 4, "applied": 4, "occupancy": {"1412": 3, "1415": 4, "1417": 3, "1420": 4, "1423": 4, "1508": 4}, "rooms_total": 12, "dates": "2027-03-14..2027-03-19", "hotel_ack": "SWM-ACK-22871"}',
          },
          {
            say: 'قائمة التسكين RL-0302 أصبحت الإصدار 4 (تأكيد الفندق SWM-ACK-22871): P-0302-014 ← 1415، تبادل P-0302-022/P-0302-031 بين 1420 و1423، P-0302-040 ← 1508 (كانت في 1417). الإشغال: 1412 و1417 ثلاثة لكل منهما، 1415 و1420 و1423 و1508 أربعة. 12 غرفة، 14–19 مارس دون تغيير.',
          },
        ],
      },
      {
        name: 'refunds_desk',
        description: 'يعالج طلبات الاسترداد',
        instructions: 'عالج الاسترداد.',
        replies: [{ say: 'لا يوجد طلب استرداد.' }],
      },
      {
        name: 'change_confirmation_writer',
        description: 'يكتب تأكيد التعديل للعميل',
        instructions: 'اكتب تأكيداً موجزاً.',
        prompt: 'نتيجة التنفيذ:\n{input}',
        replies: [
          {
            say: '### تأكيد تعديل التسكين — الفوج UM-48-0302\n\nنُفّذت طلباتكم في سويس أوتيل المقام (القائمة RL-0302 الإصدار 4، تأكيد الفندق SWM-ACK-22871):\n\n| المعتمر | من | إلى |\n|---|---|---|\n| P-0302-014 | 1412 | 1415 |\n| P-0302-022 | 1420 | 1423 |\n| P-0302-031 | 1423 | 1420 |\n| P-0302-040 | 1417 | 1508 |\n\nعدد الغرف (12) والتواريخ (14–19 مارس 2027) دون تغيير.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch160Scenarios = [...faults, ...healthy];
