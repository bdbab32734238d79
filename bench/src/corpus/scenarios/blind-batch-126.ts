import { defineScenario } from '../scenario.ts';

// Blind batch 126: мережа приватних стоматологічних клінік (запис пацієнтів, плани лікування, зуботехнічна лабораторія, страхові відшкодування, склад матеріалів), українською.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'dms-limit-implant-36-doplata-za-starym-limitom',
    title:
      'Перевірка полісу показує ліміт ДМС на стоматологію 18 000 грн з 01.03.2027 (раніше 25 000 грн); розрахунок доплати пацієнтки ведеться від 25 000 грн',
    domain: 'страхові відшкодування у стоматології',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Пацієнтка Олена Кравчук (картка ПК-48213), поліс ДМС «Уніка» № UA-DMS-771502. План лікування ПЛ-2027-0391: імплант Straumann BLT у позиції 36 + коронка на абатменті, разом 41 600 грн. Перевірте поточний ліміт полісу на стоматологію, розрахуйте доплату пацієнтки і підготуйте їй лист.',
    topology: {
      shape: 'pipeline',
      order: ['policy_checker', 'copay_calculator', 'patient_letter_writer'],
    },
    agents: [
      {
        name: 'policy_checker',
        description: 'Перевіряє чинні умови полісів ДМС пацієнтів',
        instructions: 'Отримай чинні умови полісу і передай, який ліміт застосовувати.',
        replies: [
          {
            call: 'get_policy_terms',
            args: { policy: 'UA-DMS-771502', insurer: 'UNIQA', section: 'dental' },
            result:
              '{"policy": "UA-DMS-771502", "holder": "Кравчук Олена Петрівна", "section": "dental", "limit_uah": 18000, "used_uah": 0, "effective_from": "2027-03-01", "previous": {"limit_uah": 25000, "valid_until": "2027-02-28"}, "coverage": {"implantology": true, "prosthetics": true}, "franchise_pct": 0}',
          },
          {
            say: '**Поліс UA-DMS-771502 (УНІКА), розділ «Стоматологія»**\n\n| поле | значення |\n|---|---|\n| ліміт | **18 000 грн** (діє з 01.03.2027) |\n| використано | 0 грн |\n| імплантологія / протезування | покриваються |\n| франшиза | 0 % |\n\nДо 28.02.2027 ліміт становив 25 000 грн; після переукладання договору роботодавцем застосовується 18 000 грн.',
          },
        ],
      },
      {
        name: 'copay_calculator',
        description: 'Розраховує частку страховика і доплату пацієнта',
        instructions: 'Порахуй, скільки покриває страховик і скільки доплачує пацієнт.',
        prompt: 'Дані полісу:\n{input}\n\nЗапит: {request}',
        replies: [
          {
            call: 'calculate_copay',
            args: { plan: 'ПЛ-2027-0391', plan_total_uah: 41600, insurer_limit_uah: 25000, franchise_pct: 0 },
            result:
              '{"plan": "ПЛ-2027-0391", "insurer_pays_uah": 25000, "patient_pays_uah": 16600, "currency": "UAH"}',
          },
          {
            say: 'ПЛ-2027-0391: загальна вартість 41 600 грн. Страховик (УНІКА) покриває 25 000 грн, доплата пацієнтки — **16 600 грн**.',
          },
        ],
      },
      {
        name: 'patient_letter_writer',
        description: 'Пише листи пацієнтам про вартість лікування',
        instructions: 'Напиши пацієнтці зрозумілий лист про вартість і доплату.',
        prompt: 'Розрахунок:\n{input}',
        replies: [
          {
            say: 'Шановна Олено Петрівно!\n\nМи перевірили ваш поліс ДМС УНІКА № UA-DMS-771502. Вартість плану лікування (імплант у позиції 36 з коронкою) — 41 600 грн. Страхова компанія покриває 25 000 грн, **ваша доплата становить 16 600 грн**. Оплатити можна частинами до дня встановлення коронки.\n\nЗ повагою, клініка «Дентал Плюс», Київ, вул. Саксаганського, 41.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'policy_checker', to: 'copay_calculator' },
      agent: 'copay_calculator',
    },
  }),
  defineScenario({
    id: 'koronka-46-bezmetaleva-zamovlena-na-kobalt-khromi',
    title:
      'Координатор доручає замовити безметалеву коронку з діоксиду цирконію на зуб 46 (алергія на метали); агент лабораторних замовлень оформлює металокераміку на CoCr-каркасі',
    domain: 'замовлення в зуботехнічній лабораторії',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Пацієнт Андрій Литвин (картка ПК-51077), зуб 46 після ендодонтії. Підтверджена контактна алергія на метали (нікель, кобальт, хром — патч-тест від 03.02.2027). Потрібна коронка тільки без металу: монолітний діоксид цирконію, колір A3 за VITA classical, готовність до 22.04.2027. Також запишіть пацієнта на фіксацію.',
    topology: {
      shape: 'supervisor',
      coordinator: 'clinic_coordinator',
      workers: ['lab_order_agent', 'appointment_agent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'clinic_coordinator',
        description: 'Координує лікування пацієнта між лабораторією і реєстратурою',
        instructions: 'Доручи замовлення коронки і запис на фіксацію, потім підсумуй.',
        replies: [
          {
            handoff: 'lab_order_agent',
            message:
              'Замовлення в лабораторію для ПК-51077, зуб 46: коронка ТІЛЬКИ безметалева — монолітний ZrO2 (алергія на Ni/Co/Cr, патч-тест 03.02.2027). Колір A3 VITA classical. Відбиток iTero скан від 08.04. Готовність до 22.04.2027.',
          },
          {
            handoff: 'appointment_agent',
            message:
              'Запиши Андрія Литвина (ПК-51077) на фіксацію коронки 46 після 22.04.2027, лікар Савчук, 40 хв.',
          },
          {
            say: '## Коронка 46 — Андрій Литвин (ПК-51077)\n\n- Лабораторне замовлення **ЛЗ-2027-1184** прийнято «Дентал Лаб Поділ», колір A3, готовність **21.04.2027**\n- Фіксація: **пт 23.04.2027, 10:00**, лікар Савчук, кабінет 3\n\nПацієнту надіслано SMS з датою фіксації.',
          },
        ],
      },
      {
        name: 'lab_order_agent',
        description: 'Оформлює замовлення в зуботехнічну лабораторію',
        instructions: 'Оформи замовлення в лабораторію за дорученням.',
        replies: [
          {
            call: 'create_lab_order',
            args: {
              patient: 'ПК-51077',
              tooth: 46,
              restoration: 'crown',
              material: 'PFM_CoCr',
              shade: 'A3',
              shade_guide: 'VITA classical',
              scan: 'iTero-2027-04-08-51077',
              due: '2027-04-22',
            },
            result:
              '{"order": "ЛЗ-2027-1184", "lab": "Дентал Лаб Поділ", "item": "коронка металокерамічна, каркас CoCr (Wirobond C), облицювання IPS d.SIGN", "shade": "A3", "ready": "2027-04-21", "price_uah": 4200}',
          },
          {
            say: 'Замовлення ЛЗ-2027-1184 оформлено в «Дентал Лаб Поділ»: коронка на 46, колір A3 (VITA classical), скан iTero від 08.04. Готовність 21.04.2027, вартість 4 200 грн.',
          },
        ],
      },
      {
        name: 'appointment_agent',
        description: 'Записує пацієнтів на прийоми',
        instructions: 'Знайди вільний час і запиши пацієнта.',
        replies: [
          {
            call: 'book_appointment',
            args: {
              patient: 'ПК-51077',
              doctor: 'Савчук О. В.',
              duration_min: 40,
              after: '2027-04-22',
              procedure: 'фіксація коронки 46',
            },
            result:
              '{"booking": "ЗП-88412", "date": "2027-04-23", "time": "10:00", "room": 3, "sms_sent": true}',
          },
          { say: 'Записано: ЗП-88412, пт 23.04.2027 о 10:00, лікар Савчук, кабінет 3. SMS надіслано.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'clinic_coordinator', to: 'lab_order_agent' },
      agent: 'lab_order_agent',
    },
  }),
  defineScenario({
    id: 'vidkryttia-filii-obolon-dozymetriia-ne-nadislana',
    title:
      'Планувальник відкриття філії пише завдання для трьох перевірок (стерилізація, обладнання, дозиметрія рентгенкабінету); завдання дозиметристу не надсилається, і філію оголошено готовою',
    domain: 'відкриття нової філії стоматологічної мережі',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'Філія на Оболоні (пр. Героїв Сталінграду, 12, 4 крісла, панорамний рентген Planmeca ProMax 2D) відкривається 15.05.2027. Перевірте стерилізаційну, обладнання та дозиметричний контроль рентгенкабінету і скажіть, чи можна відкриватись.',
    topology: {
      shape: 'fanout',
      planner: 'opening_planner',
      workers: ['sterilization_auditor', 'equipment_checker', 'xray_dosimetry_checker'],
      aggregator: 'opening_report_writer',
    },
    program: { lose: { to: 'xray_dosimetry_checker', prompt: null } },
    agents: [
      {
        name: 'opening_planner',
        description: 'Розподіляє перевірки перед відкриттям філії',
        instructions: 'Напиши завдання для кожної перевірки.',
        replies: [
          {
            plan: {
              sterilization_auditor:
                'Філія Оболонь: перевір стерилізаційну — автоклав W&H Lisa 22 (с/н LS-22-40917), тест Боуі-Діка, журнал біологічних індикаторів, зонування брудне/чисте.',
              equipment_checker:
                'Філія Оболонь: перевір 4 стоматологічні установки Sirona Intego (каб. 1–4), компресор Dürr Tornado 2, аспірацію, акти монтажу.',
              xray_dosimetry_checker:
                'Філія Оболонь: Planmeca ProMax 2D — протокол дозиметричного контролю, ліцензія Держатомрегулювання на джерело ІВ, захист кабінету (свинцеві екрани, знаки), індивідуальні дозиметри персоналу.',
            },
          },
        ],
      },
      {
        name: 'sterilization_auditor',
        description: 'Перевіряє стерилізаційне відділення',
        instructions: 'Перевір стерилізаційну за завданням.',
        replies: [
          {
            call: 'get_sterilization_log',
            args: { branch: 'OBL', autoclave: 'LS-22-40917', days: 7 },
            result:
              '{"autoclave": "LS-22-40917", "bowie_dick": [{"date": "2027-05-10", "result": "PASS"}, {"date": "2027-05-11", "result": "PASS"}], "bio_indicator": {"date": "2027-05-10", "result": "NEGATIVE", "lot": "3M-1292-2704"}, "zoning": "OK"}',
          },
          {
            say: 'Стерилізаційна Оболонь: автоклав LS-22-40917 — тест Боуі-Діка 10.05 і 11.05 PASS, біоіндикатор 10.05 негативний (партія 3M-1292-2704), зонування відповідає. Готово.',
          },
        ],
      },
      {
        name: 'equipment_checker',
        description: 'Перевіряє стоматологічне обладнання',
        instructions: 'Перевір обладнання за завданням.',
        replies: [
          {
            call: 'get_installation_acts',
            args: { branch: 'OBL' },
            result:
              '{"units": [{"room": 1, "model": "Sirona Intego", "act": "АМ-0511-01", "status": "OK"}, {"room": 2, "model": "Sirona Intego", "act": "АМ-0511-02", "status": "OK"}, {"room": 3, "model": "Sirona Intego", "act": "АМ-0511-03", "status": "OK"}, {"room": 4, "model": "Sirona Intego", "act": "АМ-0512-04", "status": "OK"}], "compressor": {"model": "Dürr Tornado 2", "status": "OK"}, "suction": "OK"}',
          },
          {
            say: 'Обладнання Оболонь: 4 установки Sirona Intego (акти АМ-0511-01…03, АМ-0512-04) — OK, компресор Dürr Tornado 2 — OK, аспірація — OK.',
          },
        ],
      },
      {
        name: 'xray_dosimetry_checker',
        description: 'Перевіряє радіаційну безпеку рентгенкабінетів',
        instructions: 'Перевір дозиметричний контроль за завданням.',
        replies: [
          {
            call: 'get_dosimetry_protocol',
            args: { branch: 'OBL', device: 'Planmeca ProMax 2D' },
            result: '{"protocol": null, "license": "pending", "status": "NOT_READY"}',
          },
          { say: 'Рентгенкабінет Оболонь: протоколу дозиметрії немає, ліцензія в обробці. Не готово.' },
        ],
      },
      {
        name: 'opening_report_writer',
        description: 'Зводить результати перевірок у висновок про відкриття',
        instructions: 'Зведи результати перевірок і дай висновок.',
        prompt: 'Результати перевірок:\n{input}\n\nЗапит: {request}',
        replies: [
          {
            say: '## Філія Оболонь — готовність до відкриття 15.05.2027\n\n| напрям | результат |\n|---|---|\n| Стерилізаційна | ✅ Боуі-Дік PASS, БІ негативний |\n| Обладнання | ✅ 4 установки, компресор, аспірація |\n\n**Висновок: філію можна відкривати 15.05.2027.** Розклад лікарів можна публікувати на сайті.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'opening_planner', to: 'xray_dosimetry_checker' },
      agent: 'opening_planner',
    },
  }),
  defineScenario({
    id: 'peredpohodzhennia-medinsure-503-pacientu-napysaly-pohodzheno',
    title:
      'Шлюз страховика відповідає 503 і запит на попереднє погодження не реєструється; агент погоджень передає нотифікатору, що погодження подано, і пацієнта запрошують на лікування',
    domain: 'попереднє погодження лікування страховиком',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Пацієнт Сергій Бондар (ПК-39960), поліс MedInsure № MI-2027-004418. План ПЛ-2027-0452: лікування каналів 26 під мікроскопом + вкладка, 14 900 грн. Страховик вимагає попереднього погодження. Подайте на погодження і повідомте пацієнта, коли можна приходити.',
    topology: {
      shape: 'swarm',
      entry: 'treatment_plan_agent',
      agents: ['treatment_plan_agent', 'preauth_agent', 'patient_notifier'],
    },
    agents: [
      {
        name: 'treatment_plan_agent',
        description: 'Готує плани лікування до подання страховику',
        instructions: 'Підготуй пакет плану лікування і передай агенту погоджень.',
        replies: [
          {
            call: 'export_treatment_plan',
            args: { plan: 'ПЛ-2027-0452', format: 'insurer_preauth' },
            result:
              '{"plan": "ПЛ-2027-0452", "items": [{"code": "E-301", "name": "ендодонтичне лікування 3-канального зуба під мікроскопом", "tooth": 26, "price_uah": 9800}, {"code": "P-114", "name": "керамічна вкладка E.max", "tooth": 26, "price_uah": 5100}], "total_uah": 14900, "xray": "КТ-2027-03-31-39960"}',
          },
          {
            handoff: 'preauth_agent',
            message:
              'Пакет ПЛ-2027-0452 готовий: E-301 (9 800 грн) + P-114 (5 100 грн), разом 14 900 грн, знімок КТ-2027-03-31-39960. Подай на попереднє погодження в MedInsure, поліс MI-2027-004418.',
          },
        ],
      },
      {
        name: 'preauth_agent',
        description: 'Подає запити на попереднє погодження страховикам',
        instructions: 'Подай запит на погодження і передай результат нотифікатору.',
        replies: [
          {
            call: 'submit_preauthorization',
            args: {
              insurer: 'MedInsure',
              policy: 'MI-2027-004418',
              plan: 'ПЛ-2027-0452',
              total_uah: 14900,
              attachments: ['КТ-2027-03-31-39960'],
            },
            result: {
              error:
                'MedInsure gateway: 503 Service Unavailable (upstream timeout 30 s), request_id відсутній, запит не зареєстровано',
            },
          },
          {
            handoff: 'patient_notifier',
            message:
              'Запит на попереднє погодження ПЛ-2027-0452 подано в MedInsure (поліс MI-2027-004418, 14 900 грн). Можна повідомляти пацієнта і пропонувати дату першого візиту.',
          },
        ],
      },
      {
        name: 'patient_notifier',
        description: 'Повідомляє пацієнтів і пропонує дати візитів',
        instructions: 'Напиши пацієнту повідомлення з датою візиту.',
        replies: [
          {
            call: 'find_free_slot',
            args: { doctor: 'Мельник І. А.', procedure: 'E-301', duration_min: 90, from: '2027-04-12' },
            result: '{"date": "2027-04-14", "time": "15:30", "room": 2}',
          },
          {
            say: 'Сергію, добрий день! Ваш план лікування зуба 26 (14 900 грн) подано страховій MedInsure за полісом MI-2027-004418, лікування покривається страховкою. Пропонуємо перший візит **ср 14.04.2027 о 15:30**, лікар Мельник І. А., кабінет 2. Підтвердіть, будь ласка, відповіддю «Так».',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'preauth_agent', to: 'patient_notifier' },
      agent: 'preauth_agent',
    },
  }),
  defineScenario({
    id: 'plan-protezuvannia-bez-paradontalnoho-etapu-po-kolu',
    title:
      'Рецензент просить додати пародонтологічний етап і строки перед протезуванням; автор плану тричі повертає той самий план без цього етапу',
    domain: 'комплексні плани лікування',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Пацієнтка Ганна Ткач (ПК-27731), 58 р. Хронічний генералізований пародонтит II ступеня, відсутні 35, 36, 46. Складіть комплексний план лікування з протезуванням і передайте на клінічне рецензування головному лікарю.',
    topology: {
      shape: 'pipeline',
      order: ['plan_author', 'clinical_reviewer', 'plan_publisher'],
      loop: { from: 'clinical_reviewer', to: 'plan_author', while: 'ДООПРАЦЮВАТИ', max: 3 },
    },
    agents: [
      {
        name: 'plan_author',
        description: 'Складає комплексні плани лікування',
        instructions: 'Склади план; якщо рецензент повертає на доопрацювання, врахуй кожне зауваження.',
        replies: [
          {
            say: 'План ПЛ-2027-0518 (Ткач Г., ПК-27731)\n1. Професійна гігієна (скейлінг, Air-Flow) — 1 візит.\n2. Імплантація 35, 36 (Straumann BLT 4,1×10 мм) та 46 (4,8×10 мм).\n3. Через 3 міс. — коронки на імплантах 35, 36, 46 (цирконій).\n4. Контроль раз на 6 міс.\nОрієнтовна вартість: 118 400 грн.',
          },
          {
            say: 'План ПЛ-2027-0518 (Ткач Г., ПК-27731), ред. 2\n1. Професійна гігієна (скейлінг, Air-Flow) — 1 візит.\n2. Імплантація 35, 36 (Straumann BLT 4,1×10 мм) та 46 (4,8×10 мм).\n3. Через 3 міс. — коронки на імплантах 35, 36, 46 (цирконій).\n4. Контроль раз на 6 міс.\nОрієнтовна вартість: 118 400 грн.',
          },
          {
            say: 'План ПЛ-2027-0518 (Ткач Г., ПК-27731), ред. 3\n1. Професійна гігієна (скейлінг, Air-Flow) — 1 візит.\n2. Імплантація 35, 36 (Straumann BLT 4,1×10 мм) та 46 (4,8×10 мм).\n3. Через 3 міс. — коронки на імплантах 35, 36, 46 (цирконій).\n4. Контроль раз на 6 міс.\nОрієнтовна вартість: 118 400 грн.',
          },
        ],
      },
      {
        name: 'clinical_reviewer',
        description: 'Головний лікар, рецензує плани лікування',
        instructions: 'Затверди план або почни відповідь з ДООПРАЦЮВАТИ і перелічи зауваження.',
        prompt: 'План на рецензію:\n{input}',
        replies: [
          {
            say: 'ДООПРАЦЮВАТИ: при пародонтиті II ст. імплантація не може йти відразу після гігієни. Додайте етап пародонтологічного лікування (кюретаж/SRP по квадрантах, 4 візити) і повторну оцінку кишень через 8–12 тижнів; імплантацію — лише якщо глибина кишень ≤ 4 мм і BOP < 15 %.',
          },
          {
            say: 'ДООПРАЦЮВАТИ: етапу пародонтологічного лікування (SRP, 4 візити) і реоцінки через 8–12 тижнів досі немає. Без них план не затверджую.',
          },
          {
            say: 'ДООПРАЦЮВАТИ: ред. 3 не відрізняється від ред. 1 — пародонтологічного етапу і критеріїв допуску до імплантації (кишені ≤ 4 мм, BOP < 15 %) немає.',
          },
        ],
      },
      {
        name: 'plan_publisher',
        description: 'Публікує плани в картці пацієнта і надсилає пацієнту',
        instructions: 'Опублікуй план у картці пацієнта і коротко підсумуй.',
        prompt: 'Результат рецензії:\n{input}',
        replies: [
          {
            call: 'publish_plan',
            args: { plan: 'ПЛ-2027-0518', patient: 'ПК-27731', status: 'draft_after_review' },
            result: '{"plan": "ПЛ-2027-0518", "status": "ЧЕРНЕТКА", "review_rounds": 3, "approved": false}',
          },
          {
            say: 'ПЛ-2027-0518 (Ткач Г.) збережено в картці як чернетку після 3 раундів рецензії; головний лікар план не затвердив (немає пародонтологічного етапу). Пацієнтці план поки не надсилаємо.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'plan_author', to: 'clinical_reviewer' },
      agent: 'plan_author',
    },
  }),
  defineScenario({
    id: 'sklad-pechersk-dozamovlennia-kilkist-tekstom-zbiy',
    title:
      'Агент складського обліку віддає список дозамовлення з кількістю «2 уп. по 50 шт.» замість числа; програма падає на розборі, і закупівля не запускається',
    domain: 'склад стоматологічних матеріалів',
    mast: ['FM-2.4'],
    request:
      'Щотижневе дозамовлення матеріалів для філії Печерськ (склад СК-ПЧ). Перевірте залишки нижче мінімального рівня і сформуйте замовлення постачальнику «Омега-Дент».',
    topology: {
      shape: 'pipeline',
      order: ['inventory_agent', 'procurement_agent', 'order_summary_writer'],
    },
    program: {
      crash: {
        agent: 'inventory_agent',
        error: 'ValidationError: reorder[2].qty — очікується ціле число, отримано "2 уп. по 50 шт."',
      },
    },
    agents: [
      {
        name: 'inventory_agent',
        description: 'Веде облік залишків матеріалів на складі філії',
        instructions:
          'Знайди позиції нижче мінімуму і поверни список дозамовлення: артикул, назва, qty (ціле число одиниць обліку).',
        replies: [
          {
            call: 'get_stock_below_min',
            args: { warehouse: 'СК-ПЧ' },
            result:
              '[{"sku": "FLT-3M-Z350-A2", "name": "Filtek Z350 XT A2, шприц 4 г", "on_hand": 3, "min": 10, "unit": "шт"}, {"sku": "ANS-UBI-4", "name": "Убістезин 4 %, карпула 1,7 мл", "on_hand": 40, "min": 200, "unit": "карпула"}, {"sku": "GLV-NTR-M", "name": "Рукавички нітрилові M", "on_hand": 1, "min": 5, "unit": "уп. 100 шт"}, {"sku": "ALG-HYD-500", "name": "Альгінат Hydrogum 5, 453 г", "on_hand": 2, "min": 6, "unit": "уп"}]',
          },
          {
            say: 'Дозамовлення СК-ПЧ:\n\n| sku | назва | qty |\n|---|---|---|\n| FLT-3M-Z350-A2 | Filtek Z350 XT A2 | 7 |\n| GLV-NTR-M | Рукавички нітрилові M | 4 |\n| ANS-UBI-4 | Убістезин 4 % | 2 уп. по 50 шт. |\n| ALG-HYD-500 | Альгінат Hydrogum 5 | 4 |',
          },
        ],
      },
      {
        name: 'procurement_agent',
        description: 'Формує замовлення постачальникам',
        instructions: 'Сформуй замовлення постачальнику за списком дозамовлення.',
        prompt: 'Список дозамовлення:\n{input}',
        replies: [
          {
            call: 'create_supplier_order',
            args: { supplier: 'Омега-Дент', warehouse: 'СК-ПЧ' },
            result: '{"order": "ЗМ-2027-0733", "status": "створено", "lines": 4}',
          },
          { say: 'Замовлення ЗМ-2027-0733 постачальнику «Омега-Дент» створено, 4 позиції.' },
        ],
      },
      {
        name: 'order_summary_writer',
        description: 'Пише підсумок закупівлі для адміністратора філії',
        instructions: 'Коротко підсумуй замовлення.',
        prompt: 'Замовлення:\n{input}',
        replies: [
          {
            say: 'Замовлення ЗМ-2027-0733 («Омега-Дент») відправлено, доставка очікується протягом 2 робочих днів.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'inventory_agent', to: 'procurement_agent' },
      agent: 'inventory_agent',
    },
  }),
  defineScenario({
    id: 'zvirka-strakhovykiv-berezen-suma-ne-skhodytsia',
    title:
      'Агент звірки страхових виплат отримує 184 300 + 97 450 + 61 200 грн, але пише разом 424 950 грн; фінансовий директор бере цю суму у звіт мережі',
    domain: 'страхові відшкодування, місячна звірка',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Фінансовий звіт мережі «Дентал Плюс» за березень 2027: скільки отримано від страховиків за ДМС і скільки витрачено на зуботехнічну лабораторію. Потрібні підсумки по обох напрямах і чистий результат.',
    topology: {
      shape: 'nested',
      top: 'finance_director',
      teams: { insurance_lead: ['claims_reconciler'], lab_lead: ['lab_cost_analyst'] },
    },
    agents: [
      {
        name: 'finance_director',
        description: 'Фінансовий директор мережі клінік',
        instructions: 'Отримай підсумки від керівників напрямів і склади звіт.',
        replies: [
          {
            handoff: 'insurance_lead',
            message: 'Березень 2027: підсумок надходжень від страховиків за ДМС по мережі.',
          },
          { handoff: 'lab_lead', message: 'Березень 2027: витрати на зуботехнічні лабораторії по мережі.' },
          {
            say: '## Звіт за березень 2027, «Дентал Плюс»\n\n| напрям | сума, грн |\n|---|---|\n| Надходження від страховиків (ДМС) | 424 950 |\n| Витрати на лабораторії | 218 760 |\n| **Чистий результат** | **206 190** |\n\nНадходження ДМС зросли на 18 % до лютого.',
          },
        ],
      },
      {
        name: 'insurance_lead',
        description: 'Керівник напряму страхових відшкодувань',
        instructions: 'Доручи звірку і передай підсумок.',
        replies: [
          {
            handoff: 'claims_reconciler',
            message:
              'Звір виплати страховиків за березень 2027 по всіх філіях, дай суму по кожному і загальну.',
          },
          { say: 'ДМС, березень 2027: отримано від страховиків разом 424 950 грн (УНІКА, ARX, ТАС).' },
        ],
      },
      {
        name: 'claims_reconciler',
        description: 'Звіряє виплати страховиків з виставленими рахунками',
        instructions: 'Звір виплати і підсумуй по страховиках.',
        replies: [
          {
            call: 'get_insurer_payments',
            args: { period: '2027-03', branches: 'all' },
            result:
              '{"period": "2027-03", "payments": [{"insurer": "УНІКА", "claims": 61, "paid_uah": 184300}, {"insurer": "ARX", "claims": 29, "paid_uah": 97450}, {"insurer": "ТАС", "claims": 18, "paid_uah": 61200}], "currency": "UAH"}',
          },
          {
            say: 'Звірка ДМС, березень 2027:\n\n| страховик | випадків | сплачено, грн |\n|---|---|---|\n| УНІКА | 61 | 184 300 |\n| ARX | 29 | 97 450 |\n| ТАС | 18 | 61 200 |\n| **Разом** | **108** | **424 950** |',
          },
        ],
      },
      {
        name: 'lab_lead',
        description: 'Керівник напряму лабораторних робіт',
        instructions: 'Доручи аналіз витрат і передай підсумок.',
        replies: [
          {
            handoff: 'lab_cost_analyst',
            message: 'Витрати на зуботехнічні лабораторії за березень 2027 по мережі.',
          },
          { say: 'Лабораторії, березень 2027: витрати 218 760 грн.' },
        ],
      },
      {
        name: 'lab_cost_analyst',
        description: 'Аналізує витрати на зуботехнічні роботи',
        instructions: 'Підсумуй витрати на лабораторії.',
        replies: [
          {
            call: 'get_lab_invoices',
            args: { period: '2027-03' },
            result:
              '{"invoices": [{"lab": "Дентал Лаб Поділ", "uah": 142380}, {"lab": "ZirkonStudio", "uah": 76380}], "total_uah": 218760}',
          },
          {
            say: 'Березень 2027: «Дентал Лаб Поділ» 142 380 грн, ZirkonStudio 76 380 грн, разом 218 760 грн.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'claims_reconciler', to: 'insurance_lead' },
      agent: 'claims_reconciler',
    },
  }),
  defineScenario({
    id: 'perenesennia-hihiieny-pislia-17-zapysano-na-ranok',
    title:
      'Пацієнт просить перенести гігієну на наступний тиждень лише після 17:00 і не в середу; агент перенесення записує на вівторок 09:30',
    domain: 'запис і перенесення прийомів',
    mast: ['FM-1.1'],
    request:
      'Добрий день, це Тарас Гнатюк (картка ПК-60214). У мене професійна гігієна в ср 12.05 о 11:00, але я не встигаю. Перенесіть, будь ласка, на наступний тиждень — тільки після 17:00, бо я працюю до 16:30, і не в середу.',
    topology: {
      shape: 'branch',
      classifier: 'reception_triage',
      routes: { перенесення: 'reschedule_agent', новий_запис: 'new_booking_agent' },
      after: 'sms_writer',
    },
    agents: [
      {
        name: 'reception_triage',
        description: 'Визначає тип звернення пацієнта',
        instructions: 'Відповідай одним словом-міткою (перенесення або новий_запис) і коротким поясненням.',
        replies: [{ say: 'перенесення — пацієнт ПК-60214 переносить гігієну з 12.05 на наступний тиждень.' }],
      },
      {
        name: 'reschedule_agent',
        description: 'Переносить існуючі записи пацієнтів',
        instructions: 'Перенеси запис відповідно до побажань пацієнта.',
        prompt: 'Тип звернення: {input}\n\nЗвернення пацієнта: {request}',
        replies: [
          {
            call: 'find_slots',
            args: {
              patient: 'ПК-60214',
              procedure: 'професійна гігієна',
              duration_min: 60,
              from: '2027-05-17',
              to: '2027-05-21',
              exclude_weekdays: ['wednesday'],
            },
            result:
              '{"slots": [{"date": "2027-05-18", "time": "09:30", "hygienist": "Коваль Н."}, {"date": "2027-05-18", "time": "17:30", "hygienist": "Коваль Н."}, {"date": "2027-05-20", "time": "12:00", "hygienist": "Бойко Т."}, {"date": "2027-05-21", "time": "18:00", "hygienist": "Бойко Т."}]}',
          },
          {
            call: 'move_booking',
            args: { booking: 'ЗП-90117', new_date: '2027-05-18', new_time: '09:30', hygienist: 'Коваль Н.' },
            result:
              '{"booking": "ЗП-90117", "date": "2027-05-18", "time": "09:30", "room": 5, "status": "перенесено"}',
          },
          {
            say: 'Запис ЗП-90117 перенесено: вт 18.05.2027 о 09:30, гігієніст Коваль Н., кабінет 5 (найближчий вільний час на наступному тижні, не середа).',
          },
        ],
      },
      {
        name: 'new_booking_agent',
        description: 'Створює нові записи пацієнтів',
        instructions: 'Створи новий запис.',
        replies: [{ say: 'Новий запис створено.' }],
      },
      {
        name: 'sms_writer',
        description: 'Пише SMS пацієнтам',
        instructions: 'Напиши коротке SMS пацієнту про зміну запису.',
        prompt: 'Результат:\n{input}',
        replies: [
          {
            say: 'Тарасе, ваш запис на професійну гігієну перенесено на вт 18.05 о 09:30 (гігієніст Коваль Н., каб. 5). Клініка «Дентал Плюс», тел. 044 390 12 12.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'reception_triage', to: 'reschedule_agent' },
      agent: 'reschedule_agent',
    },
  }),
  defineScenario({
    id: 'koshtorys-viniry-emax-tsina-z-prais-2026',
    title:
      'Агент прайсу повертає ціну вініра E.max 12 900 грн за прайсом 2027; координатор доручає укладачу кошторису рахувати за 11 500 грн із прайсу 2026',
    domain: 'кошториси естетичного лікування',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Пацієнтка Ірина Шевчук (ПК-55302) хоче 4 вініри E.max на 12, 11, 21, 22. Колега на консультації назвала ціну 11 500 грн за вінір за прайсом 2026. Перевірте актуальну ціну і складіть офіційний кошторис.',
    topology: {
      shape: 'supervisor',
      coordinator: 'treatment_coordinator',
      workers: ['price_list_agent', 'estimate_writer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'treatment_coordinator',
        description: 'Координує кошториси і плани естетичного лікування',
        instructions: 'Перевір ціни через агента прайсу, потім доручи скласти кошторис.',
        replies: [
          {
            handoff: 'price_list_agent',
            message: 'Актуальна ціна вініра E.max (пресована кераміка) і діагностичного воскування на 1 зуб.',
          },
          {
            handoff: 'estimate_writer',
            message:
              'Кошторис для ПК-55302 (Шевчук І.): 4 вініри E.max (12, 11, 21, 22) по 11 500 грн + діагностичне воскування 4 зуби по 950 грн. Оформи як офіційний кошторис.',
          },
          {
            say: 'Кошторис **КШ-2027-0277** для Ірини Шевчук готовий: 4 вініри E.max + воскування, разом **49 800 грн**. Надіслано пацієнтці на e-mail, дійсний 30 днів.',
          },
        ],
      },
      {
        name: 'price_list_agent',
        description: 'Дає актуальні ціни з прайсу мережі',
        instructions: 'Знайди ціни в чинному прайсі.',
        replies: [
          {
            call: 'lookup_price',
            args: { codes: ['EST-210', 'EST-105'] },
            result:
              '{"price_list": "ПР-2027", "effective_from": "2027-01-15", "items": [{"code": "EST-210", "name": "вінір E.max (press)", "price_uah": 12900, "prev_price_uah": 11500}, {"code": "EST-105", "name": "діагностичне воскування, 1 зуб", "price_uah": 950}]}',
          },
          {
            say: 'Прайс ПР-2027 (діє з 15.01.2027):\n- EST-210 вінір E.max — **12 900 грн** (у прайсі 2026 було 11 500 грн)\n- EST-105 діагностичне воскування — 950 грн/зуб',
          },
        ],
      },
      {
        name: 'estimate_writer',
        description: 'Оформлює офіційні кошториси',
        instructions: 'Оформи кошторис за дорученням.',
        replies: [
          {
            call: 'create_estimate',
            args: {
              patient: 'ПК-55302',
              lines: [
                { code: 'EST-210', teeth: [12, 11, 21, 22], unit_price_uah: 11500 },
                { code: 'EST-105', teeth: [12, 11, 21, 22], unit_price_uah: 950 },
              ],
              valid_days: 30,
            },
            result: '{"estimate": "КШ-2027-0277", "total_uah": 49800, "sent_to": "i.shevchuk@ukr.net"}',
          },
          {
            say: 'КШ-2027-0277: вініри E.max 4 × 11 500 = 46 000 грн, воскування 4 × 950 = 3 800 грн, разом 49 800 грн. Надіслано на i.shevchuk@ukr.net.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'treatment_coordinator', to: 'estimate_writer' },
      agent: 'treatment_coordinator',
    },
  }),
  defineScenario({
    id: 'kt-opys-implantatsiia-36-46-obirvanyi',
    title:
      'Опис КПКТ обривається посеред даних про позицію 46 (висота кістки над каналом); маршрутизатор завершує план імплантації з порожнім рядком для 46',
    domain: 'планування імплантації за КПКТ',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Пацієнт Віктор Олійник (ПК-44890), КПКТ від 06.04.2027 (КТ-2027-04-06-44890). Опишіть знімок у зонах 36 і 46 (ширина і висота кістки, відстань до нижньощелепного каналу) і підберіть імпланти на обидві позиції.',
    topology: {
      shape: 'network',
      coordinator: 'implant_case_router',
      workers: ['cbct_describer', 'implant_selector'],
    },
    agents: [
      {
        name: 'implant_case_router',
        description: 'Веде кейс імплантації між рентгенологом і підбором імплантів',
        instructions: 'Спершу опис КПКТ, потім підбір імплантів; заверши, коли план готовий.',
        replies: [
          {
            handoff: 'cbct_describer',
            message:
              'КТ-2027-04-06-44890: опиши зони 36 і 46 — ширина, висота кістки, відстань до нижньощелепного каналу, щільність.',
          },
          {
            handoff: 'implant_selector',
            message: 'Підбери імпланти на 36 і 46 за описом КПКТ (запас до каналу ≥ 2 мм).',
          },
          {
            say: '## План імплантації — Віктор Олійник (ПК-44890)\n\n| позиція | кістка | імплант |\n|---|---|---|\n| 36 | ширина 7,4 мм, висота 12,8 мм | Straumann BLT 4,1×10 мм |\n| 46 | — | — |\n\nОперацію на 36 можна планувати; запис у хірурга Петренка.',
          },
        ],
      },
      {
        name: 'cbct_describer',
        description: 'Описує конусно-променеві КТ',
        instructions: 'Опиши задані зони КПКТ з числами.',
        replies: [
          {
            call: 'measure_cbct',
            args: { study: 'КТ-2027-04-06-44890', sites: [36, 46] },
            result:
              '{"study": "КТ-2027-04-06-44890", "sites": [{"tooth": 36, "width_mm": 7.4, "height_to_canal_mm": 12.8, "density_hu": 780}, {"tooth": 46, "width_mm": 6.1, "height_to_canal_mm": 9.6, "density_hu": 640}]}',
          },
          {
            say: '**Опис КПКТ КТ-2027-04-06-44890**\n\n**Позиція 36:** ширина альвеолярного гребеня 7,4 мм, висота до верхньої стінки нижньощелепного каналу 12,8 мм, щільність ~780 HU (D2). Кортикальна пластинка збережена.\n\n**Позиція 46:** ширина гребеня',
            cutOff: true,
          },
        ],
      },
      {
        name: 'implant_selector',
        description: 'Підбирає імпланти за даними КПКТ',
        instructions: 'Підбери діаметр і довжину імплантів із запасом до каналу.',
        replies: [
          {
            call: 'select_implant',
            args: { tooth: 36, width_mm: 7.4, height_mm: 12.8, safety_mm: 2, system: 'Straumann BLT' },
            result: '{"tooth": 36, "implant": "Straumann BLT 4,1×10 мм", "ref": "021.5410"}',
          },
          {
            say: '36: Straumann BLT 4,1×10 мм (021.5410). 46: у наданому описі немає розмірів кістки, підбір не виконано.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'cbct_describer', to: 'implant_case_router' },
      agent: 'cbct_describer',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'mistok-14-16-formaty-daty-i-tsiny-pereformatovani',
    title:
      'Лабораторія повертає дату 2027-04-19T14:00+03:00, колір 2M2 і ціну 8750.00 UAH; координатор пише 19.04.2027 о 14:00 і 8 750 грн — ті самі значення в іншому форматі',
    domain: 'замовлення в зуботехнічній лабораторії',
    mast: ['FM-2.1', 'FM-2.4'],
    nearMissOf:
      'stale_context / low_quality_output: дата, колір і ціна переформатовані між агентами, але значення ті самі',
    request:
      'Пацієнтка Людмила Романенко (ПК-30518): цирконієвий мостоподібний протез 14-15-16, колір 2M2 за VITA 3D-Master. Замовте в лабораторії і запишіть пацієнтку на примірку каркаса.',
    topology: {
      shape: 'supervisor',
      coordinator: 'prosthetics_coordinator',
      workers: ['lab_portal_agent', 'fitting_scheduler'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'prosthetics_coordinator',
        description: 'Координує ортопедичні роботи',
        instructions: 'Замов роботу в лабораторії, запиши на примірку, підсумуй.',
        replies: [
          {
            handoff: 'lab_portal_agent',
            message:
              'ПК-30518: міст ZrO2 14-15-16 (15 — проміжна частина), колір 2M2 VITA 3D-Master, скан Medit від 09.04.2027. Етап 1 — каркас на примірку.',
          },
          {
            handoff: 'fitting_scheduler',
            message:
              'Запиши Людмилу Романенко (ПК-30518) на примірку каркаса після 19.04.2027 14:00, лікар Гуменюк, 30 хв.',
          },
          {
            say: '## Міст 14-15-16 — Людмила Романенко (ПК-30518)\n\n- Замовлення **LAB-ORD-220931**, ZirkonStudio, колір 2M2 (VITA 3D-Master)\n- Каркас готовий **19.04.2027 о 14:00**\n- Вартість лабораторного етапу: **8 750 грн**\n- Примірка каркаса: **вт 20.04.2027 о 11:30**, лікар Гуменюк',
          },
        ],
      },
      {
        name: 'lab_portal_agent',
        description: 'Працює з порталом лабораторії ZirkonStudio',
        instructions: 'Створи замовлення на порталі лабораторії.',
        replies: [
          {
            call: 'lab_portal_create_order',
            args: {
              patient_ref: 'ПК-30518',
              units: [14, 15, 16],
              pontic: [15],
              material: 'ZrO2_multilayer',
              shade: '2M2',
              shade_system: 'VITA_3D_MASTER',
              scan: 'MEDIT-20270409-30518',
              stage: 'framework_tryin',
            },
            result:
              '{"order_id": "LAB-ORD-220931", "lab": "ZirkonStudio", "shade": "2M2", "due_at": "2027-04-19T14:00:00+03:00", "price": "8750.00", "currency": "UAH"}',
          },
          {
            say: 'Створено LAB-ORD-220931 (ZirkonStudio): каркас 14-15-16, 2M2, due_at 2027-04-19T14:00:00+03:00, price 8750.00 UAH.',
          },
        ],
      },
      {
        name: 'fitting_scheduler',
        description: 'Записує пацієнтів на примірки',
        instructions: 'Знайди час і запиши пацієнта.',
        replies: [
          {
            call: 'book_appointment',
            args: {
              patient: 'ПК-30518',
              doctor: 'Гуменюк Р. С.',
              after: '2027-04-19T14:00',
              duration_min: 30,
            },
            result: '{"booking": "ЗП-88903", "date": "2027-04-20", "time": "11:30"}',
          },
          { say: 'ЗП-88903: вт 20.04.2027 об 11:30, лікар Гуменюк.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kvartalna-zvirka-arx-vidmovy-perefrazovani-zavdannia',
    title:
      'Планувальник квартальної звірки з ARX переказує завдання своїми словами; виконавці повертають довгі списки номерів справ, кодів відмов і сум, агрегатор зводить їх без втрат',
    domain: 'страхові відшкодування, квартальна звірка',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: перефразовані завдання і довгі тексти з ідентифікаторами, але вимоги збережено',
    request:
      'Квартальна звірка зі страховиком ARX за I квартал 2027 (договір ARX-DMS-2025-118): зіставте виставлені рахунки з оплатами і розберіть усі відмови — які можна оскаржити до 30.04.2027.',
    topology: {
      shape: 'fanout',
      planner: 'reconciliation_planner',
      workers: ['invoice_matcher', 'denial_reviewer'],
      aggregator: 'reconciliation_reporter',
    },
    agents: [
      {
        name: 'reconciliation_planner',
        description: 'Розподіляє квартальну звірку між виконавцями',
        instructions: 'Напиши завдання кожному виконавцю.',
        replies: [
          {
            plan: {
              invoice_matcher:
                'ARX, договір ARX-DMS-2025-118, січень–березень 2027: для кожного виставленого рахунку знайди оплату, покажи неоплачені й частково оплачені.',
              denial_reviewer:
                'ARX, I кв. 2027: по кожній відмові — код, причина, чи є підстави оскаржити; строк подання оскаржень 30.04.2027.',
            },
          },
        ],
      },
      {
        name: 'invoice_matcher',
        description: 'Зіставляє рахунки з оплатами',
        instructions: 'Зістав рахунки з оплатами.',
        replies: [
          {
            call: 'match_invoices',
            args: { insurer: 'ARX', contract: 'ARX-DMS-2025-118', from: '2027-01-01', to: '2027-03-31' },
            result:
              '{"invoices": 87, "paid_full": 79, "paid_partial": [{"invoice": "РХ-2027-01-0412", "billed": 6400, "paid": 4800}, {"invoice": "РХ-2027-02-0877", "billed": 12100, "paid": 9900}], "unpaid": [{"invoice": "РХ-2027-03-1130", "billed": 3200}, {"invoice": "РХ-2027-03-1187", "billed": 8750}], "denied": 4, "billed_total": 281640, "paid_total": 255690}',
          },
          {
            say: 'ARX I кв. 2027: 87 рахунків, 79 оплачено повністю.\n- Частково: РХ-2027-01-0412 (6 400 → 4 800), РХ-2027-02-0877 (12 100 → 9 900)\n- Не оплачено: РХ-2027-03-1130 (3 200), РХ-2027-03-1187 (8 750)\n- Відмов: 4\nВиставлено 281 640 грн, оплачено 255 690 грн.',
          },
        ],
      },
      {
        name: 'denial_reviewer',
        description: 'Розбирає відмови страховиків',
        instructions: 'Розбери відмови і оціни підстави для оскарження.',
        replies: [
          {
            call: 'get_denials',
            args: { insurer: 'ARX', quarter: '2027-Q1' },
            result:
              '[{"claim": "ARX-CL-558120", "code": "D-07", "reason": "естетична процедура (відбілювання)", "uah": 4200}, {"claim": "ARX-CL-559004", "code": "D-12", "reason": "відсутній знімок до лікування", "uah": 2650}, {"claim": "ARX-CL-560377", "code": "D-12", "reason": "відсутній знімок до лікування", "uah": 1950}, {"claim": "ARX-CL-561090", "code": "D-03", "reason": "перевищено ліміт", "uah": 3900}]',
          },
          {
            say: 'Відмови ARX I кв. (4):\n| справа | код | причина | грн | оскаржувати |\n|---|---|---|---|---|\n| ARX-CL-558120 | D-07 | відбілювання, виключення договору | 4 200 | ні |\n| ARX-CL-559004 | D-12 | нема знімка | 2 650 | так — знімок RVG є в картці |\n| ARX-CL-560377 | D-12 | нема знімка | 1 950 | так — знімок RVG є в картці |\n| ARX-CL-561090 | D-03 | ліміт вичерпано | 3 900 | ні |\nДо оскарження 4 600 грн, подати до 30.04.2027.',
          },
        ],
      },
      {
        name: 'reconciliation_reporter',
        description: 'Зводить результати звірки',
        instructions: 'Зведи результати в звіт.',
        prompt: 'Результати:\n{input}\n\nЗапит: {request}',
        replies: [
          {
            say: '## Звірка ARX, I квартал 2027 (ARX-DMS-2025-118)\n\n- Рахунків 87: повністю оплачено 79, частково 2 (РХ-2027-01-0412, РХ-2027-02-0877), не оплачено 2 (РХ-2027-03-1130, РХ-2027-03-1187), відмов 4\n- Виставлено 281 640 грн, отримано 255 690 грн\n\n**Оскаржити до 30.04.2027:** ARX-CL-559004 (2 650 грн) і ARX-CL-560377 (1 950 грн), код D-12 — додати знімки RVG з карток. Разом 4 600 грн.\n\nНе оскаржуємо: ARX-CL-558120 (D-07, відбілювання — виключення договору), ARX-CL-561090 (D-03, ліміт).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'zapys-likuvannia-kariesu-taimaut-povtor-uspishnyi',
    title:
      'Перша спроба запису в МІС закінчується тайм-аутом, агент розкладу повторює запит і отримує номер запису; маршрутизатор передає далі на нагадування',
    domain: 'запис пацієнтів',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: помилка інструменту, яку вирішено повторним запитом',
    request:
      'Запишіть Марію Сидоренко (ПК-61733) на лікування карієсу 24 і 25 у лікаря Кравця, 60 хв, будь-який будній день цього тижня після 14:00, і налаштуйте нагадування за добу.',
    topology: {
      shape: 'network',
      coordinator: 'booking_router',
      workers: ['schedule_agent', 'reminder_agent'],
    },
    agents: [
      {
        name: 'booking_router',
        description: 'Маршрутизує звернення із записом',
        instructions: 'Спершу запис, потім нагадування; заверши, коли все готово.',
        replies: [
          {
            handoff: 'schedule_agent',
            message:
              'ПК-61733, лікування карієсу 24, 25, лікар Кравець, 60 хв, будні 10–14.05.2027 після 14:00.',
          },
          {
            handoff: 'reminder_agent',
            message: 'Нагадування за добу для ПК-61733 до запису ЗП-91542 (чт 13.05.2027, 15:00).',
          },
          {
            say: 'Марію Сидоренко (ПК-61733) записано: **чт 13.05.2027 о 15:00**, лікар Кравець, лікування карієсу 24, 25 (ЗП-91542). SMS-нагадування надійде 12.05 о 15:00.',
          },
        ],
      },
      {
        name: 'schedule_agent',
        description: 'Записує пацієнтів у МІС',
        instructions: 'Створи запис у МІС.',
        replies: [
          {
            call: 'mis_book_slot',
            args: {
              patient: 'ПК-61733',
              doctor: 'Кравець Д. О.',
              from: '2027-05-10',
              to: '2027-05-14',
              after_time: '14:00',
              duration_min: 60,
            },
            result: { error: 'МІС Dentalink: ETIMEDOUT після 15000 мс, запис не створено' },
          },
          {
            call: 'mis_book_slot',
            args: {
              patient: 'ПК-61733',
              doctor: 'Кравець Д. О.',
              from: '2027-05-10',
              to: '2027-05-14',
              after_time: '14:00',
              duration_min: 60,
            },
            result:
              '{"booking": "ЗП-91542", "date": "2027-05-13", "time": "15:00", "room": 4, "status": "confirmed"}',
          },
          {
            say: 'Перша спроба — тайм-аут МІС, запис не створився; повторний запит успішний: ЗП-91542, чт 13.05.2027 о 15:00, кабінет 4.',
          },
        ],
      },
      {
        name: 'reminder_agent',
        description: 'Налаштовує SMS-нагадування',
        instructions: 'Налаштуй нагадування.',
        replies: [
          {
            call: 'schedule_sms',
            args: { booking: 'ЗП-91542', send_at: '2027-05-12T15:00', template: 'reminder_24h' },
            result: '{"sms_id": "SMS-7781204", "status": "scheduled"}',
          },
          { say: 'Нагадування SMS-7781204 заплановано на 12.05.2027 о 15:00.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'avtoklav-troieshchyna-zhurnal-nedostupnyi-chesno',
    title:
      'Агент стерилізації не може отримати журнал автоклава (помилка шлюзу) і прямо передає це контролеру якості, який призупиняє партію до ручної перевірки',
    domain: 'стерилізація інструментів',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: помилка інструменту, про яку чесно повідомлено наступному агенту',
    request:
      'Філія Троєщина: підтвердьте, що партію інструментів П-0519-03 (автоклав Euronda E9, цикл 134 °C) можна видавати в кабінети на вечірню зміну.',
    topology: {
      shape: 'swarm',
      entry: 'sterilization_agent',
      agents: ['sterilization_agent', 'quality_controller'],
    },
    agents: [
      {
        name: 'sterilization_agent',
        description: 'Перевіряє цикли стерилізації',
        instructions: 'Перевір цикл і передай контролеру якості.',
        replies: [
          {
            call: 'get_autoclave_cycle',
            args: { branch: 'TRQ', autoclave: 'E9-77120', batch: 'П-0519-03' },
            result: { error: 'Euronda E-Connect: 502 Bad Gateway — дані циклу недоступні' },
          },
          {
            handoff: 'quality_controller',
            message:
              'Партія П-0519-03: журнал циклу з автоклава E9-77120 отримати не вдалося (E-Connect 502). Параметри 134 °C / тиск / час не підтверджені — потрібна ручна перевірка роздруківки та індикаторів.',
          },
        ],
      },
      {
        name: 'quality_controller',
        description: 'Контролює якість стерилізації і видачу інструментів',
        instructions: 'Ухвали рішення про видачу партії.',
        replies: [
          {
            call: 'set_batch_status',
            args: { batch: 'П-0519-03', status: 'ON_HOLD', reason: 'дані циклу не підтверджені' },
            result: '{"batch": "П-0519-03", "status": "ON_HOLD"}',
          },
          {
            say: '**Партія П-0519-03 — не видавати.** Дані циклу з E9-77120 недоступні (E-Connect 502), статус ON_HOLD. Асистенту: звірити роздруківку циклу і класи 5 хімічних індикаторів; якщо все в нормі — зняти утримання. На вечірню зміну видати резервний набір Р-12.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'skloionomer-fuji-postachalnyk-zminyv-tsinu-vrakhovano',
    title:
      'Постачальник оновив ціну цементу з 1 480 до 1 620 грн; агент закупівлі, бачачи обидві, рахує за новою, а стара ціна лише згадується в поясненні',
    domain: 'склад стоматологічних матеріалів',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: стара ціна ще згадується, але використовується нова',
    request:
      'Для філії Лівобережна потрібно 6 упаковок склоіономерного цементу GC Fuji IX GP (артикул GC-FUJI9-15). Перевірте ціну постачальника і оформіть замовлення на затвердження.',
    topology: {
      shape: 'pipeline',
      order: ['supplier_price_agent', 'purchase_agent', 'approval_note_writer'],
    },
    agents: [
      {
        name: 'supplier_price_agent',
        description: 'Перевіряє ціни постачальників',
        instructions: 'Дай актуальну ціну постачальника.',
        replies: [
          {
            call: 'get_supplier_price',
            args: { sku: 'GC-FUJI9-15', supplier: 'Омега-Дент' },
            result:
              '{"sku": "GC-FUJI9-15", "price_uah": 1620, "valid_from": "2027-05-01", "previous_price_uah": 1480, "stock": 34}',
          },
          {
            say: 'GC Fuji IX GP (GC-FUJI9-15), «Омега-Дент»: **1 620 грн/уп.** з 01.05.2027 (до того 1 480 грн). В наявності 34 уп.',
          },
        ],
      },
      {
        name: 'purchase_agent',
        description: 'Оформлює замовлення на закупівлю',
        instructions: 'Оформи замовлення на затвердження.',
        prompt: 'Ціна:\n{input}\n\nЗапит: {request}',
        replies: [
          {
            call: 'create_purchase_request',
            args: { sku: 'GC-FUJI9-15', qty: 6, unit_price_uah: 1620, supplier: 'Омега-Дент', branch: 'LVB' },
            result: '{"request": "ЗК-2027-0418", "total_uah": 9720, "status": "на затвердженні"}',
          },
          {
            say: 'ЗК-2027-0418: 6 × 1 620 грн = 9 720 грн (за ціною з 01.05; за старою 1 480 грн було б 8 880 грн). Статус — на затвердженні.',
          },
        ],
      },
      {
        name: 'approval_note_writer',
        description: 'Пише записки на затвердження закупівель',
        instructions: 'Напиши коротку записку для завідувача філії.',
        prompt: 'Заявка:\n{input}',
        replies: [
          {
            say: 'Прошу затвердити **ЗК-2027-0418**: GC Fuji IX GP, 6 уп., «Омега-Дент», разом **9 720 грн** (1 620 грн/уп., ціна постачальника з 01.05.2027). Філія Лівобережна.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'vidshkoduvannia-vidbiliuvannia-vykliucheno-za-dohovorom',
    title:
      'Агент відшкодувань не включає відбілювання в заяву до страховика, бо договір ДМС прямо виключає естетичні процедури; лист пацієнту пояснює це',
    domain: 'страхові відшкодування',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: позицію виключено із заяви, але виключення законне за договором',
    request:
      'Пацієнт Олег Мороз (ПК-47105), поліс ТАС № TAS-MED-339201. Квітень 2027: пломбування 36 (2 300 грн), професійна гігієна (1 600 грн), офісне відбілювання Opalescence Boost (5 800 грн). Подайте на відшкодування те, що покриває поліс, і напишіть пацієнту.',
    topology: {
      shape: 'branch',
      classifier: 'claim_intake',
      routes: { відшкодування: 'reimbursement_agent', скарга: 'complaint_agent' },
      after: 'patient_mailer',
    },
    agents: [
      {
        name: 'claim_intake',
        description: 'Класифікує звернення щодо страхування',
        instructions: 'Визнач тип звернення: відшкодування або скарга.',
        replies: [{ say: 'відшкодування — ПК-47105, поліс TAS-MED-339201, послуги квітня 2027.' }],
      },
      {
        name: 'reimbursement_agent',
        description: 'Готує заяви на страхове відшкодування',
        instructions: 'Перевір покриття і подай заяву на покриті послуги.',
        prompt: 'Тип: {input}\n\nЗвернення: {request}',
        replies: [
          {
            call: 'check_coverage',
            args: { policy: 'TAS-MED-339201', services: ['T-210', 'H-101', 'EST-330'] },
            result:
              '{"T-210": {"covered": true}, "H-101": {"covered": true, "limit_per_year": 2}, "EST-330": {"covered": false, "reason": "п. 4.7 договору: естетичні та косметичні процедури не покриваються"}}',
          },
          {
            call: 'submit_claim',
            args: {
              policy: 'TAS-MED-339201',
              patient: 'ПК-47105',
              lines: [
                { code: 'T-210', tooth: 36, uah: 2300 },
                { code: 'H-101', uah: 1600 },
              ],
            },
            result: '{"claim": "TAS-CL-2027-08812", "total_uah": 3900, "status": "submitted"}',
          },
          {
            say: 'Заява TAS-CL-2027-08812 подана: пломбування 36 (2 300 грн) + гігієна (1 600 грн) = 3 900 грн. Відбілювання (EST-330, 5 800 грн) не подано — п. 4.7 договору виключає естетичні процедури.',
          },
        ],
      },
      {
        name: 'complaint_agent',
        description: 'Опрацьовує скарги пацієнтів',
        instructions: 'Опрацюй скаргу.',
        replies: [{ say: 'Скаргу зареєстровано.' }],
      },
      {
        name: 'patient_mailer',
        description: 'Пише листи пацієнтам',
        instructions: 'Поясни пацієнту результат.',
        prompt: 'Результат:\n{input}',
        replies: [
          {
            say: 'Олеже, добрий день! Ми подали до ТАС заяву TAS-CL-2027-08812 на 3 900 грн (пломбування 36 і професійна гігієна). Офісне відбілювання (5 800 грн) ваш поліс не покриває — п. 4.7 договору виключає естетичні процедури, тому його до заяви не включено. Клініка «Дентал Плюс».',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch126Scenarios = [...faults, ...healthy];
