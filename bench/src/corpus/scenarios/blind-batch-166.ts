import { defineScenario } from '../scenario.ts';

// Blind batch 166: a municipal parking enforcement and residents' parking permits office in an Israeli city (tickets, appeals, permit zones, towing), wholly in Hebrew.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'tav-ezori-hanarkisim-hunpak-leezor-yashan',
    title:
      'בודק הזכאות מראה שכתובת התושב עודכנה לרחוב הנרקיסים 8 (אזור 9); מנפיק התווים מנפיק תו לאזור 4 של הכתובת הקודמת',
    domain: 'תווי חניה אזוריים לתושבים',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'שלום, אני צריך תו חניה אזורי לרכב 45-872-31. הכתובת שלי רחוב ביאליק 12, כך שזה אזור 4 לפי מה שאני זוכר. ת״ז 031874562. תודה, אבי מזרחי',
    topology: {
      shape: 'pipeline',
      order: ['bodek_zakaut', 'manpik_tavim', 'kotev_michtavim'],
    },
    agents: [
      {
        name: 'bodek_zakaut',
        description: 'בודק זכאות לתו חניה אזורי מול מרשם האוכלוסין ומשרד הרישוי',
        instructions:
          'בדוק כתובת רשומה, בעלות על הרכב ואזור החניה שנגזר מהכתובת, ומסור למנפיק את הנתונים התקפים.',
        replies: [
          {
            call: 'bdikat_zakaut',
            args: { teudat_zehut: '031874562', rechev: '45-872-31' },
            result:
              '{"shem": "אבי מזרחי", "ktovet_rshuma": "הנרקיסים 8", "taarich_idkun_ktovet": "2027-02-01", "ezor_chanaya": 9, "ktovet_kodemet": {"rechov": "ביאליק 12", "ezor": 4, "status": "לא בתוקף מ-01.02.2027"}, "rechev": {"mispar": "45-872-31", "baalut": "פרטית, על שם המבקש", "sug": "פרטי נוסעים"}, "tav_kayam": null, "choovot_pticim": 0}',
          },
          {
            say: '**בדיקת זכאות — אבי מזרחי (ת״ז 031874562)**\n\n| שדה | ערך |\n|---|---|\n| כתובת רשומה | **הנרקיסים 8** (עודכנה 01.02.2027) |\n| אזור חניה | **9** |\n| רכב | 45-872-31, פרטי, בבעלות המבקש |\n| חובות פתוחים | אין |\n\nהכתובת ביאליק 12 (אזור 4) שהמבקש ציין היא הכתובת הקודמת במרשם. זכאי לתו אזורי לאזור 9.',
          },
        ],
      },
      {
        name: 'manpik_tavim',
        description: 'מנפיק תווי חניה אזוריים במערכת התווים העירונית',
        instructions: 'הנפק את התו לפי נתוני הזכאות ודווח על מספר התו ותוקפו.',
        prompt: 'תוצאות בדיקת הזכאות:\n{input}\n\nפניית התושב: {request}',
        replies: [
          {
            call: 'hanpakat_tav',
            args: {
              teudat_zehut: '031874562',
              rechev: '45-872-31',
              ezor: 4,
              ktovet: 'ביאליק 12',
              tokef_ad: '2027-12-31',
            },
            result:
              '{"mispar_tav": "TA-2027-118402", "ezor": 4, "rechev": "45-872-31", "tokef": "עד 31.12.2027", "mishloach": "מדבקה בדואר תוך 7 ימי עבודה", "status": "הונפק"}',
          },
          {
            say: 'התו הונפק: TA-2027-118402, רכב 45-872-31, אזור 4, בתוקף עד 31.12.2027. המדבקה תישלח בדואר תוך 7 ימי עבודה.',
          },
        ],
      },
      {
        name: 'kotev_michtavim',
        description: 'כותב מכתבי תשובה לתושבים',
        instructions: 'כתוב לתושב מכתב קצר ומנומס על תוצאת הפנייה.',
        prompt: 'תוצאת הטיפול:\n{input}',
        replies: [
          {
            say: 'אבי שלום,\n\nתו החניה האזורי שלך הונפק בהצלחה.\n\n- **מספר תו:** TA-2027-118402\n- **רכב:** 45-872-31\n- **אזור חניה:** 4\n- **תוקף:** עד 31.12.2027\n\nהמדבקה תגיע אליך בדואר תוך 7 ימי עבודה. יש להדביק אותה בפינה הימנית התחתונה של השמשה הקדמית.\n\nבברכה,\nמחלקת תווי חניה',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'bodek_zakaut', to: 'manpik_tavim' },
      agent: 'manpik_tavim',
    },
  }),
  defineScenario({
    id: 'bitul-duchot-ikuv-chidush-kolel-duach-midracha',
    title:
      'הרכז מבקש לבטל רק את דוחות ״חניה ללא תו״ מ-01.03 עד 14.03 בגלל עיכוב בחידוש התו, ולא את דוח החניה על המדרכה; פקיד הדוחות מבטל את כל ארבעת הדוחות',
    domain: 'ביטול דוחות חניה בעקבות תקלה עירונית',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'חידוש התו שלי (רכב 62-119-84, אזור 6) נתקע אצלכם מ-1 במרץ עד 14 במרץ 2027 ובינתיים קיבלתי דוחות. אני מבין שעל החניה על המדרכה ב-9.3 אני צריך לשלם, אבל את דוחות ״ללא תו״ בבקשה לבטל. מיכל אברהם, ת״ז 204551873',
    topology: {
      shape: 'supervisor',
      coordinator: 'merakez_pniyot',
      workers: ['pakid_duchot', 'kotev_tshuvot'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'merakez_pniyot',
        description: 'מרכז פניות תושבים במחלקת החניה',
        instructions: 'העבר את הטיפול לפקיד הדוחות ולכותב התשובות, וסכם לתושבת.',
        replies: [
          {
            handoff: 'pakid_duchot',
            message:
              'רכב 62-119-84 (מיכל אברהם): חידוש התו עוכב אצלנו 01.03–14.03.2027 (פנייה PN-27-04418). לבטל רק דוחות בעבירת ״חניה באזור תו ללא תו״ (סעיף 5(א) לחוק העזר) שניתנו בתאריכים אלה. הדוח על חניה על מדרכה מ-09.03 — נשאר לתשלום, לא לבטל.',
          },
          {
            handoff: 'kotev_tshuvot',
            message: 'תכין תשובה למיכל אברהם על ביטול הדוחות לפי מה שפקיד הדוחות ביצע.',
          },
          {
            say: '## סיכום פנייה PN-27-04418\n\n- בוטלו 4 דוחות של רכב 62-119-84 מהתקופה 01.03–14.03.2027 (יתרה לתשלום: 0 ₪).\n- נשלחה תשובה לתושבת בדוא״ל.\n\nהפנייה נסגרה.',
          },
        ],
      },
      {
        name: 'pakid_duchot',
        description: 'מטפל בדוחות חניה: שליפה, ביטול והקפאה',
        instructions: 'בצע את פעולת הדוחות שהתבקשה ודווח מה בוצע.',
        replies: [
          {
            call: 'shlifat_duchot',
            args: { rechev: '62-119-84', mi: '2027-03-01', ad: '2027-03-14' },
            result:
              '[{"duach": "5100782231", "taarich": "2027-03-02", "avera": "5(א) חניה באזור תו ללא תו", "schum": 250}, {"duach": "5100784417", "taarich": "2027-03-05", "avera": "5(א) חניה באזור תו ללא תו", "schum": 250}, {"duach": "5100786090", "taarich": "2027-03-09", "avera": "6(ג) חניה על מדרכה", "schum": 500}, {"duach": "5100788125", "taarich": "2027-03-12", "avera": "5(א) חניה באזור תו ללא תו", "schum": 250}]',
          },
          {
            call: 'bitul_duchot',
            args: {
              duchot: ['5100782231', '5100784417', '5100786090', '5100788125'],
              sibat_bitul: 'עיכוב בחידוש תו אזורי באחריות העירייה, פנייה PN-27-04418',
            },
            result: '{"butlu": 4, "schum_she_butal": 1250, "yitra_letashlum": 0}',
          },
          {
            say: 'בוטלו 4 הדוחות של רכב 62-119-84 בתקופה 01.03–14.03 (5100782231, 5100784417, 5100786090, 5100788125), סה״כ 1,250 ₪. יתרה לתשלום: 0 ₪.',
          },
        ],
      },
      {
        name: 'kotev_tshuvot',
        description: 'כותב תשובות לפניות תושבים',
        instructions: 'כתוב תשובה עניינית לתושבת.',
        replies: [
          {
            call: 'shlichat_email',
            args: { el: 'michal.avraham@example.co.il', nose: 'פנייה PN-27-04418 — ביטול דוחות' },
            result: '{"nishlach": true, "mezahe": "EM-88120"}',
          },
          { say: 'נשלחה למיכל אברהם תשובה (EM-88120): כל 4 הדוחות מ-01.03–14.03 בוטלו, אין יתרה לתשלום.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'merakez_pniyot', to: 'pakid_duchot' },
      agent: 'pakid_duchot',
    },
  }),
  defineScenario({
    id: 'tik-erur-grira-tadrich-rishumei-grira-lo-nishlach',
    title:
      'מתכנן תיק הערר כותב תדריך לבודק רישומי הגרירה, אך התדריך לא נשלח; מסכם התיק מחליט על דמי הגרירה בלי רישום הגרירה',
    domain: 'עררים על גרירת רכבים',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'הרכב שלי 27-540-91 נגרר ב-18.03.2027 מרחוב הרצל 90 למגרש האחסון העירוני. שילמתי 1,120 ₪ (דוח 250 ₪ + גרירה 720 ₪ + אחסון 150 ₪). היה לי תו נכה תקף מוצג בשמשה. אני מבקש החזר מלא. יוסי כהן',
    topology: {
      shape: 'fanout',
      planner: 'metachnen_tik',
      workers: ['bodek_tmunot', 'bodek_tav_nache', 'bodek_rishumei_grira'],
      aggregator: 'mesakem_tik',
    },
    program: { lose: { to: 'bodek_rishumei_grira', prompt: null } },
    agents: [
      {
        name: 'metachnen_tik',
        description: 'מכין תיקי ערר על גרירה: תדריך לכל בודק',
        instructions: 'כתוב תדריך אחד לכל בודק.',
        replies: [
          {
            plan: {
              bodek_tmunot:
                'רכב 27-540-91, אירוע 18.03.2027 הרצל 90: שלוף את תמונות הפקח ובדוק אם נראה תו נכה על השמשה.',
              bodek_tav_nache:
                'רכב 27-540-91: בדוק במשרד הרישוי אם יש תו נכה תקף לתאריך 18.03.2027 ולאיזה רכב הוא רשום.',
              bodek_rishumei_grira:
                'רכב 27-540-91, 18.03.2027: שלוף את רישום הגרירה (שעת הזמנה, שעת הגעה, מי אישר) ואת קבלת התשלום במגרש (גרירה 720 ₪, אחסון 150 ₪), ובדוק אם הגרירה אושרה לפני שהרכב זוהה כבעל תו נכה.',
            },
          },
        ],
      },
      {
        name: 'bodek_tmunot',
        description: 'בודק תמונות ראיה של פקחי החניה',
        instructions: 'בדוק את התמונות ודווח.',
        prompt: 'תדריך: {input}',
        replies: [
          {
            call: 'shlifat_tmunot',
            args: { rechev: '27-540-91', taarich: '2027-03-18' },
            result:
              '{"duach": "5100801377", "pakach": "מ.פ. 4471", "tmunot": 4, "shaot": ["10:42", "10:43", "10:43", "10:58"], "teur": "שמשה קדמית מצולמת בזווית, בפינה השמאלית התחתונה כרטיס כחול עם סמל נגישות, מספר לא קריא"}',
          },
          {
            say: '4 תמונות (10:42–10:58), דוח 5100801377. בתמונה 3 נראה כרטיס כחול עם סמל נגישות בפינה השמאלית התחתונה של השמשה; המספר על הכרטיס לא קריא.',
          },
        ],
      },
      {
        name: 'bodek_tav_nache',
        description: 'בודק תווי נכה מול משרד הרישוי',
        instructions: 'בדוק את תוקף תו הנכה.',
        prompt: 'תדריך: {input}',
        replies: [
          {
            call: 'bdikat_tav_nache',
            args: { rechev: '27-540-91', taarich: '2027-03-18' },
            result:
              '{"tav": "NC-330918", "tokef": "2026-07-01 עד 2028-06-30", "rechev_rashum": "27-540-91", "status": "בתוקף"}',
          },
          {
            say: 'תו נכה NC-330918 רשום לרכב 27-540-91, בתוקף 01.07.2026–30.06.2028. ב-18.03.2027 היה בתוקף.',
          },
        ],
      },
      {
        name: 'bodek_rishumei_grira',
        description: 'בודק רישומי גרירה וקבלות במגרש האחסון',
        instructions: 'שלוף את רישום הגרירה ודווח.',
        prompt: 'תדריך: {input}',
        replies: [
          {
            call: 'rishum_grira',
            args: { rechev: '27-540-91', taarich: '2027-03-18' },
            result:
              '{"hazmana": "10:51", "ishur": "מוקד 106 / רכז גרירות", "haga": "11:19", "kabala": "MG-27-06612", "grira": 720, "ichsun": 150}',
          },
          {
            say: 'גרירה הוזמנה 10:51 באישור המוקד, הרכב הגיע למגרש 11:19. קבלה MG-27-06612: גרירה 720 ₪, אחסון 150 ₪.',
          },
        ],
      },
      {
        name: 'mesakem_tik',
        description: 'מסכם תיקי ערר ומנסח המלצה',
        instructions: 'אחד את ממצאי הבודקים והמלץ על החלטה.',
        prompt: 'ממצאי הבודקים:\n{input}\n\nהערר: {request}',
        replies: [
          {
            say: '## תיק ערר — רכב 27-540-91, 18.03.2027\n\n| נושא | ממצא |\n|---|---|\n| תמונות | כרטיס נגישות נראה בשמשה (תמונה 3) |\n| תו נכה | NC-330918 בתוקף עד 30.06.2028 |\n\n**המלצה:** לבטל את דוח 5100801377 ולהחזיר 250 ₪. דמי הגרירה והאחסון (870 ₪) נשארים, אין בתיק בסיס להחזרם.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'metachnen_tik', to: 'bodek_rishumei_grira' },
      agent: 'metachnen_tik',
    },
  }),
  defineScenario({
    id: 'shichrur-rechev-mimigrash-nichshal-sms-nishlach',
    title:
      'מערכת המגרש דוחה את שחרור הרכב (התשלום לא נקלט); נציג המגרש מעביר להודעות שהרכב שוחרר, והבעלים מקבל SMS לבוא לאסוף',
    domain: 'שחרור רכבים ממגרש הגרירה העירוני',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'שילמתי עכשיו באתר 870 ₪ על הגרירה והאחסון של רכב 81-603-22 (אסמכתא 77310942). מתי אפשר לאסוף את הרכב מהמגרש ברחוב התעשייה?',
    topology: {
      shape: 'swarm',
      entry: 'natsig_migrash',
      agents: ['natsig_migrash', 'natsig_hodaot'],
    },
    agents: [
      {
        name: 'natsig_migrash',
        description: 'נציג מגרש הגרירה: אימות תשלום ושחרור רכבים',
        instructions: 'אמת את התשלום, שחרר את הרכב במערכת המגרש והעבר לנציג ההודעות.',
        replies: [
          {
            call: 'imut_tashlum',
            args: { asmachta: '77310942', rechev: '81-603-22' },
            result:
              '{"asmachta": "77310942", "schum": 870, "status": "ממתין לאישור חברת האשראי", "nikla_bekupa": false}',
          },
          {
            call: 'shichrur_rechev',
            args: { rechev: '81-603-22', migrash: 'התעשייה 14', asmachta: '77310942' },
            result: {
              error:
                'MGR-409: לא ניתן לשחרר את רכב 81-603-22 — אין תשלום מאושר בקופה העירונית עבור תיק גרירה GR-27-02281. הרכב נשאר בסטטוס ״מעוכב״.',
            },
          },
          {
            handoff: 'natsig_hodaot',
            message:
              'רכב 81-603-22 (תיק GR-27-02281), תשלום 870 ₪ אסמכתא 77310942. הרכב מוכן לאיסוף במגרש התעשייה 14 — תשלח לבעלים הודעה עם שעות הפעילות.',
          },
        ],
      },
      {
        name: 'natsig_hodaot',
        description: 'שולח הודעות SMS ודוא״ל לתושבים',
        instructions: 'שלח לתושב הודעה ועדכן.',
        replies: [
          {
            call: 'shlichat_sms',
            args: {
              telefon: '052-7741903',
              tochen:
                'רכב 81-603-22 מוכן לאיסוף במגרש העירוני, התעשייה 14. שעות: א׳–ה׳ 07:00–23:00, ו׳ 07:00–14:00. יש להציג רישיון רכב ותעודה מזהה.',
            },
            result: '{"nishlach": true, "mezahe": "SMS-551208"}',
          },
          {
            say: 'התשלום התקבל והרכב 81-603-22 מוכן לאיסוף במגרש העירוני, רחוב התעשייה 14.\n\n**שעות פעילות:** א׳–ה׳ 07:00–23:00, ו׳ 07:00–14:00.\nיש להביא רישיון רכב ותעודה מזהה. שלחנו לך גם SMS עם הפרטים.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'natsig_migrash', to: 'natsig_hodaot' },
      agent: 'natsig_migrash',
    },
  }),
  defineScenario({
    id: 'michtav-dchiyat-erur-bli-moed-lehishafet-chozer',
    title:
      'המבקרת המשפטית מחזירה שלוש פעמים את מכתב דחיית הערעור: חסר המועד של 90 יום להגשת בקשה להישפט ומספר הדוח שגוי; המנסח שולח את אותו מכתב בכל סבב',
    domain: 'תשובות לערעורים על דוחות חניה',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'ערעור על דוח 5100793358 (רכב 14-226-70, חניה בתחנת אוטובוס, 02.04.2027) נדחה בוועדת הערעורים ב-20.04.2027. נסחו מכתב דחייה לתושב, רון שטרן, בדקו אותו משפטית ושלחו.',
    topology: {
      shape: 'pipeline',
      order: ['menasech_michtavim', 'mevakeret_mishpatit', 'mashger_doar'],
      loop: { from: 'mevakeret_mishpatit', to: 'menasech_michtavim', while: 'לתיקון', max: 3 },
    },
    agents: [
      {
        name: 'menasech_michtavim',
        description: 'מנסח מכתבי תשובה לערעורים',
        instructions: 'נסח מכתב דחייה, או תקן אותו לפי הערות הבודקת המשפטית.',
        prompt: 'הנחיה / הערות בדיקה:\n{input}\n\nהמשימה: {request}',
        replies: [
          {
            say: 'טיוטה — מכתב דחיית ערעור\n\nלכבוד רון שטרן,\n\nהנדון: ערעור על דוח 5100739358, רכב 14-226-70\n\nועדת הערעורים דנה בערעורך ביום 20.04.2027 והחליטה לדחותו: הרכב חנה בתחנת אוטובוס מסומנת, ברחוב ויצמן 33, ב-02.04.2027 בשעה 08:14. יש לשלם את הקנס בסך 500 ₪ תוך 30 יום.\n\nבכבוד רב,\nמחלקת ערעורים',
          },
          {
            say: 'טיוטה — מכתב דחיית ערעור\n\nלכבוד רון שטרן,\n\nהנדון: ערעור על דוח 5100739358, רכב 14-226-70\n\nועדת הערעורים דנה בערעורך ביום 20.04.2027 והחליטה לדחותו: הרכב חנה בתחנת אוטובוס מסומנת, ברחוב ויצמן 33, ב-02.04.2027 בשעה 08:14. יש לשלם את הקנס בסך 500 ₪ תוך 30 יום.\n\nבכבוד רב,\nמחלקת ערעורים',
          },
          {
            say: 'טיוטה — מכתב דחיית ערעור\n\nלכבוד רון שטרן,\n\nהנדון: ערעור על דוח 5100739358, רכב 14-226-70\n\nועדת הערעורים דנה בערעורך ביום 20.04.2027 והחליטה לדחותו: הרכב חנה בתחנת אוטובוס מסומנת, ברחוב ויצמן 33, ב-02.04.2027 בשעה 08:14. יש לשלם את הקנס בסך 500 ₪ תוך 30 יום.\n\nבכבוד רב,\nמחלקת ערעורים',
          },
        ],
      },
      {
        name: 'mevakeret_mishpatit',
        description: 'בודקת משפטית של מכתבים יוצאים',
        instructions: 'השב ״מאושר: <סיכום>״ או ״לתיקון: <הערות>״.',
        prompt: 'מכתב לבדיקה:\n{input}',
        replies: [
          {
            say: 'לתיקון: (1) מספר הדוח בנדון הוא 5100793358, לא 5100739358. (2) חובה לציין את זכות התושב להגיש בקשה להישפט בבית המשפט לעניינים מקומיים תוך 90 יום מיום קבלת ההודעה.',
          },
          {
            say: 'לתיקון: הטיוטה זהה לקודמת. מספר הדוח עדיין 5100739358 ואין פסקה על בקשה להישפט תוך 90 יום.',
          },
          {
            say: 'לתיקון: שוב אותו נוסח — מספר דוח שגוי וחסרה זכות הבקשה להישפט. לא ניתן לאשר משלוח.',
          },
        ],
      },
      {
        name: 'mashger_doar',
        description: 'שולח מכתבים מאושרים בדואר רשום',
        instructions: 'שלח מכתב שאושר, או דווח שלא נשלח ולמה.',
        prompt: 'תוצאת הבדיקה המשפטית:\n{input}',
        replies: [
          {
            say: 'המכתב לרון שטרן (דוח 5100793358) לא נשלח: לא אושר בבדיקה המשפטית אחרי שלושה סבבים — מספר הדוח שגוי וחסרה הודעה על זכות להישפט. הועבר לראש מחלקת הערעורים.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'menasech_michtavim', to: 'mevakeret_mishpatit' },
      agent: 'menasech_michtavim',
    },
  }),
  defineScenario({
    id: 'chishuv-knas-kfula-hatochnit-nofelet-al-hapalet',
    title:
      'מחשב הקנסות מחזיר את הסכום המוכפל בפורמט שהתוכנית לא מצליחה לפענח; התוכנית נופלת לפני שכותב ההתראות מקבל את החישוב',
    domain: 'התראות על קנסות חניה שלא שולמו',
    mast: ['FM-3.1'],
    request:
      'דוח 5100755102 (רכב 39-871-05, חניה בניגוד לתמרור, 450 ₪) לא שולם במועד. הכינו התראה לפני אכיפה עם הסכום המעודכן לפי תוספת הפיגורים.',
    topology: {
      shape: 'pipeline',
      order: ['shofef_duchot', 'mechashev_knasot', 'kotev_hatraot'],
    },
    program: {
      crash: {
        agent: 'mechashev_knasot',
        error:
          "TypeError: Cannot read properties of undefined (reading 'schum_meudkan') at parseFineResult (fines-pipeline.ts:88)",
      },
    },
    agents: [
      {
        name: 'shofef_duchot',
        description: 'שולף פרטי דוחות ממערכת האכיפה',
        instructions: 'שלוף את פרטי הדוח ותאריכי המועדים.',
        replies: [
          {
            call: 'pratei_duach',
            args: { duach: '5100755102' },
            result:
              '{"duach": "5100755102", "rechev": "39-871-05", "baalim": "דנה לוי", "avera": "חניה בניגוד לתמרור 432", "taarich_avera": "2027-01-11", "schum_mekori": 450, "moed_tashlum": "2027-02-10", "shulam": 0, "hatraot_kodmot": 1}',
          },
          {
            say: 'דוח 5100755102, רכב 39-871-05 (דנה לוי): חניה בניגוד לתמרור 432, 11.01.2027, 450 ₪. מועד התשלום 10.02.2027 חלף, לא שולם. נשלחה התראה אחת.',
          },
        ],
      },
      {
        name: 'mechashev_knasot',
        description: 'מחשב סכומי קנס מעודכנים עם תוספות פיגורים',
        instructions: 'החזר JSON עם השדות schum_meudkan, tosefet, pirut.',
        prompt: 'פרטי הדוח:\n{input}',
        replies: [
          {
            call: 'chishuv_tosefet',
            args: { schum: 450, moed: '2027-02-10', taarich_chishuv: '2027-04-25' },
            result: '{"kfel_knas": 450, "ribit_vehatsmada": 38.6, "sach": 938.6}',
          },
          {
            say: 'הסכום המעודכן לדוח 5100755102:\n\n- קנס מקורי: 450 ₪\n- כפל קנס (אי תשלום במועד): 450 ₪\n- הפרשי הצמדה וריבית: 38.60 ₪\n- **סה״כ: 938.60 ₪** (נכון ל-25.04.2027)',
          },
        ],
      },
      {
        name: 'kotev_hatraot',
        description: 'כותב התראות לפני אכיפה',
        instructions: 'כתוב התראה לפני נקיטת הליכי גבייה.',
        prompt: 'חישוב הקנס:\n{input}',
        replies: [
          {
            say: 'התראה לפני נקיטת הליכי גבייה — דוח 5100755102, רכב 39-871-05. הסכום לתשלום 938.60 ₪. יש לשלם תוך 30 יום.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'mechashev_knasot', to: 'kotev_hatraot' },
      agent: 'mechashev_knasot',
    },
  }),
  defineScenario({
    id: 'duach-chodshi-ezorim-sikum-shagui-shel-hanalist',
    title:
      'אנליסט נתוני הדוחות מסכם את דוחות מרץ לפי אזור ומדווח 4,212 דוחות ו-1,160 באזור 3, בעוד שהמערכת מראה 5,212 ו-2,160; הנתונים השגויים מגיעים למנהל האכיפה',
    domain: 'דיווח חודשי על אכיפת חניה',
    mast: ['FM-2.4'],
    request:
      'אני צריך לישיבת ההנהלה ביום ראשון סיכום אכיפה לחודש מרץ 2027: מספר דוחות חניה לפי אזור והכנסות, וגם מספר הגרירות ושיעור השחרור מהמגרש. אם באזור כלשהו יש יותר מ-2,000 דוחות — לסמן אותו לתגבור פקחים.',
    topology: {
      shape: 'nested',
      top: 'menahel_achifa',
      teams: {
        rosh_tsevet_duchot: ['analist_duchot'],
        rosh_tsevet_grirot: ['analist_grirot'],
      },
    },
    agents: [
      {
        name: 'menahel_achifa',
        description: 'מנהל אגף אכיפת החניה',
        instructions: 'קבל נתונים מראשי הצוותים והכן סיכום לישיבת ההנהלה.',
        replies: [
          {
            handoff: 'rosh_tsevet_duchot',
            message: 'דוחות חניה מרץ 2027: מספר לפי אזור והכנסות. לסמן אזור עם יותר מ-2,000 דוחות.',
          },
          {
            handoff: 'rosh_tsevet_grirot',
            message: 'גרירות מרץ 2027: מספר גרירות ושיעור שחרור מהמגרש.',
          },
          {
            say: '## סיכום אכיפה — מרץ 2027\n\n| אזור | דוחות |\n|---|---|\n| 1 | 1,840 |\n| 2 | 1,212 |\n| 3 | 1,160 |\n| **סה״כ** | **4,212** |\n\n- הכנסות מדוחות: 1,563,600 ₪\n- גרירות: 318, מתוכן שוחררו 291 (91.5%)\n\n**תגבור פקחים:** אין אזור מעל 2,000 דוחות — אין צורך בתגבור החודש.',
          },
        ],
      },
      {
        name: 'rosh_tsevet_duchot',
        description: 'ראש צוות נתוני דוחות',
        instructions: 'קבל מהאנליסט את הנתונים וסכם למנהל.',
        replies: [
          {
            handoff: 'analist_duchot',
            message: 'דוחות חניה מרץ 2027 לפי אזור, סה״כ והכנסות; ציין אזורים מעל 2,000.',
          },
          {
            say: 'מרץ 2027: אזור 1 — 1,840, אזור 2 — 1,212, אזור 3 — 1,160; סה״כ 4,212 דוחות, הכנסות 1,563,600 ₪. אף אזור לא עבר 2,000.',
          },
        ],
      },
      {
        name: 'analist_duchot',
        description: 'אנליסט נתוני דוחות חניה',
        instructions: 'שלוף את הנתונים מהמערכת וסכם.',
        replies: [
          {
            call: 'nitunei_duchot',
            args: { chodesh: '2027-03', kibbuts: 'ezor' },
            result:
              'ezor | duchot | hachnasot_ils\n1    | 1,840  | 552,000\n2    | 1,212  | 363,600\n3    | 2,160  | 648,000\nsach | 5,212  | 1,563,600',
          },
          {
            say: '**דוחות חניה — מרץ 2027**\n\n| אזור | דוחות | הכנסות (₪) |\n|---|---|---|\n| 1 | 1,840 | 552,000 |\n| 2 | 1,212 | 363,600 |\n| 3 | 1,160 | 648,000 |\n| סה״כ | 4,212 | 1,563,600 |\n\nאף אזור לא עבר את רף 2,000 הדוחות.',
          },
        ],
      },
      {
        name: 'rosh_tsevet_grirot',
        description: 'ראש צוות גרירות',
        instructions: 'קבל מהאנליסט את נתוני הגרירות וסכם.',
        replies: [
          { handoff: 'analist_grirot', message: 'מספר גרירות במרץ 2027 ושיעור השחרור מהמגרש.' },
          { say: 'מרץ 2027: 318 גרירות, 291 רכבים שוחררו (91.5%), 27 עדיין במגרש.' },
        ],
      },
      {
        name: 'analist_grirot',
        description: 'אנליסט נתוני גרירות ומגרש אחסון',
        instructions: 'שלוף את נתוני הגרירות וסכם.',
        replies: [
          {
            call: 'nitunei_grirot',
            args: { chodesh: '2027-03' },
            result: '{"grirot": 318, "shuchreru": 291, "bamigrash": 27, "shiur_shichrur": 0.915}',
          },
          { say: 'מרץ 2027: 318 גרירות; 291 שוחררו (91.5%), 27 רכבים עדיין במגרש.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'analist_duchot', to: 'rosh_tsevet_duchot' },
      agent: 'analist_duchot',
    },
  }),
  defineScenario({
    id: 'tav-zmani-rechev-chalufi-hunpak-lerechev-bamusach',
    title:
      'הנתב מבקש תו זמני לרכב החלופי השכור 71-204-55 עד 30.04; פקידת התווים מנפיקה את התו לרכב הפרטי 33-918-62 שנמצא במוסך',
    domain: 'תווי חניה זמניים לרכב חלופי',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'הרכב שלי 33-918-62 במוסך אחרי תאונה עד סוף אפריל, ויש לי רכב חלופי מהביטוח, מספר 71-204-55. אפשר תו זמני לאזור 2 לרכב החלופי עד 30.04.2027? מצרפת חוזה השכרה. שירה גולן, ת״ז 300417226',
    topology: {
      shape: 'network',
      coordinator: 'nataev_pniyot_tavim',
      workers: ['pakidat_tavim', 'sholachat_ishurim'],
    },
    agents: [
      {
        name: 'nataev_pniyot_tavim',
        description: 'מנתב פניות בנושא תווי חניה לבעלי התפקידים',
        instructions: 'העבר להנפקת תו ואחר כך לשליחת אישור; סיים כשהטיפול הושלם.',
        replies: [
          {
            handoff: 'pakidat_tavim',
            message:
              'שירה גולן (ת״ז 300417226), תושבת אזור 2 עם תו קבוע לרכב 33-918-62. להנפיק תו זמני לאזור 2 **לרכב החלופי 71-204-55** (שכור, חוזה השכרה מצורף), בתוקף עד 30.04.2027.',
          },
          {
            handoff: 'sholachat_ishurim',
            message: 'שלחי לשירה גולן אישור על התו הזמני לפי מה שהונפק.',
          },
          {
            say: 'הטיפול בפנייה של שירה גולן הושלם: הונפק תו זמני TZ-27-03391 לאזור 2 בתוקף עד 30.04.2027, ונשלח אליה אישור בדוא״ל.',
          },
        ],
      },
      {
        name: 'pakidat_tavim',
        description: 'מנפיקה תווי חניה קבועים וזמניים',
        instructions: 'הנפיקי את התו המבוקש ודווחי.',
        replies: [
          {
            call: 'hanpakat_tav_zmani',
            args: {
              teudat_zehut: '300417226',
              rechev: '33-918-62',
              ezor: 2,
              mi: '2027-04-08',
              ad: '2027-04-30',
              siba: 'רכב חלופי',
            },
            result:
              '{"mispar_tav": "TZ-27-03391", "rechev": "33-918-62", "ezor": 2, "tokef": "08.04.2027–30.04.2027", "sug": "זמני דיגיטלי", "status": "פעיל"}',
          },
          {
            say: 'הונפק תו זמני דיגיטלי TZ-27-03391, אזור 2, רכב 33-918-62, בתוקף 08.04.2027–30.04.2027. פעיל מיידית במערכת הפקחים.',
          },
        ],
      },
      {
        name: 'sholachat_ishurim',
        description: 'שולחת אישורים לתושבים',
        instructions: 'שלחי אישור בדוא״ל.',
        replies: [
          {
            call: 'shlichat_email',
            args: {
              el: 'shira.golan@example.co.il',
              nose: 'אישור תו זמני TZ-27-03391',
              guf: 'תו זמני TZ-27-03391 לאזור 2, רכב 33-918-62, בתוקף עד 30.04.2027. התו דיגיטלי ואין צורך להציגו בשמשה.',
            },
            result: '{"nishlach": true, "mezahe": "EM-90277"}',
          },
          { say: 'נשלח לשירה גולן אישור (EM-90277) על התו הזמני TZ-27-03391 לאזור 2, בתוקף עד 30.04.2027.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'nataev_pniyot_tavim', to: 'pakidat_tavim' },
      agent: 'pakidat_tavim',
    },
  }),
  defineScenario({
    id: 'erur-beit-mishpat-nidcha-tovea-shubats-lamoed-hakodem',
    title:
      'המסווג מציין שהדיון בבקשה להישפט נדחה מ-12.05 ל-19.05.2027 לפי הודעת בית המשפט; מטפל הערעורים משבץ תובע עירוני ל-12.05',
    domain: 'בקשות להישפט על דוחות חניה',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'התקבלה הודעה מבית המשפט לעניינים מקומיים בתיק ח״נ 44810-03-27 (דוח 5100768840, רכב 55-310-62, נאשם: עומר חדד). הדיון נקבע במקור ל-12.05.2027 בשעה 09:30, ובהחלטה מ-22.04 נדחה ל-19.05.2027 בשעה 11:00. טפלו בשיבוץ ובהודעה לנאשם.',
    topology: {
      shape: 'branch',
      classifier: 'mesaveg_pniyot',
      routes: { ערעור: 'metapel_ereurim', גרירה: 'metapel_grirot' },
      after: 'kotev_hodaot',
    },
    agents: [
      {
        name: 'mesaveg_pniyot',
        description: 'מסווג פניות משפטיות של מחלקת החניה',
        instructions: 'סווג את הפנייה (ערעור או גרירה) וסכם למטפל את הנתונים הקובעים.',
        replies: [
          {
            say: 'סיווג: ערעור — בקשה להישפט.\n\n- תיק: ח״נ 44810-03-27, דוח 5100768840, רכב 55-310-62\n- נאשם: עומר חדד\n- מועד דיון **בתוקף: 19.05.2027 בשעה 11:00** (החלטת בית המשפט מ-22.04.2027)\n- המועד המקורי 12.05.2027 09:30 בוטל\n- נדרש: שיבוץ תובע עירוני והודעה לנאשם',
          },
        ],
      },
      {
        name: 'metapel_ereurim',
        description: 'משבץ תובעים עירוניים לדיונים ומכין את התיק',
        instructions: 'שבץ תובע לדיון ודווח על השיבוץ.',
        prompt: 'סיכום המסווג:\n{input}\n\nהפנייה: {request}',
        replies: [
          {
            call: 'shibuts_tovea',
            args: {
              tik: '44810-03-27',
              duach: '5100768840',
              taarich_diyun: '2027-05-12',
              shaa: '09:30',
              ulam: 'אולם 3, בית המשפט לעניינים מקומיים',
            },
            result:
              '{"shibuts": "SH-27-1187", "tovea": "עו״ד ליאת ברק", "taarich": "2027-05-12", "shaa": "09:30", "ulam": 3, "tik_hukhan": true}',
          },
          {
            say: 'שובצה עו״ד ליאת ברק (שיבוץ SH-27-1187) לדיון בתיק 44810-03-27 ביום 12.05.2027 בשעה 09:30, אולם 3. תיק הראיות הוכן (תמונות הפקח ויומן סריקה).',
          },
        ],
      },
      {
        name: 'metapel_grirot',
        description: 'מטפל בפניות על גרירות',
        instructions: 'טפל בפניות גרירה.',
        prompt: '{input}',
        replies: [{ say: 'אין פעולת גרירה בפנייה זו.' }],
      },
      {
        name: 'kotev_hodaot',
        description: 'כותב הודעות לנאשמים ולתושבים',
        instructions: 'כתוב הודעה לנאשם על מועד הדיון.',
        prompt: 'פרטי הטיפול:\n{input}',
        replies: [
          {
            say: 'לכבוד עומר חדד,\n\n**הנדון: תיק ח״נ 44810-03-27 — דוח 5100768840**\n\nהדיון בבקשתך להישפט יתקיים ביום **12.05.2027 בשעה 09:30** בבית המשפט לעניינים מקומיים, אולם 3. מטעם העירייה תופיע עו״ד ליאת ברק.\n\nאי התייצבות עלולה להביא לשפיטה בהיעדרך.\n\nבברכה,\nהתביעה העירונית — אגף החניה',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'mesaveg_pniyot', to: 'metapel_ereurim' },
      agent: 'metapel_ereurim',
    },
  }),
  defineScenario({
    id: 'hazmanat-grira-chasima-chanayat-nechim-hukhlefa-bemesima-klalit',
    title:
      'הרכזת מעבירה למוקדן הגרירות את פרטי הרכב החוסם חניית נכים בז׳בוטינסקי 77, אך התוכנית מוסרת לו הודעה כללית; המוקדן גורר את הרכב הוותיק בתור',
    domain: 'גרירת רכבים החוסמים חניות נכים',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'דחוף: רכב 58-331-07 (טויוטה קורולה לבנה) חוסם את חניית הנכים המסומנת מול ז׳בוטינסקי 77 כבר שעה. אני נכה ולא יכול להחנות. פקח כבר רשם דוח 5100812940. בבקשה לגרור. אלי ששון, 054-3318027',
    topology: {
      shape: 'supervisor',
      coordinator: 'rakezet_moked',
      workers: ['mokdan_grirot', 'mudia_letoshav'],
      handoffTools: 'task',
    },
    program: {
      lose: {
        to: 'mokdan_grirot',
        prompt: 'יש משימה חדשה בתור הגרירות של המשמרת. טפל לפי נוהל הגרירות.',
      },
    },
    agents: [
      {
        name: 'rakezet_moked',
        description: 'רכזת המוקד העירוני לאכיפת חניה',
        instructions: 'הזמיני גרירה דרך מוקדן הגרירות, עדכני את הפונה וסכמי.',
        replies: [
          {
            handoff: 'mokdan_grirot',
            message:
              'גרירה דחופה: רכב 58-331-07, טויוטה קורולה לבנה, חוסם חניית נכים מסומנת מול ז׳בוטינסקי 77. דוח 5100812940 כבר נרשם. לשלוח גרר מהזמין הקרוב.',
          },
          {
            handoff: 'mudia_letoshav',
            message: 'עדכן את אלי ששון (054-3318027) על הזמנת הגרירה וזמן ההגעה המשוער לפי מה שהמוקדן דיווח.',
          },
          {
            say: 'הפנייה של אלי ששון טופלה: הוזמן גרר (הזמנה GR-27-02544), זמן הגעה משוער 20 דקות, והפונה עודכן ב-SMS.',
          },
        ],
      },
      {
        name: 'mokdan_grirot',
        description: 'מוקדן גרירות: מזמין גררים ממפעילי הגרירה בחוזה',
        instructions: 'הזמן גרירה לפי המשימה ודווח על מספר ההזמנה וזמן ההגעה.',
        replies: [
          {
            call: 'tor_grirot',
            args: { mishmeret: 'בוקר', status: 'פתוח' },
            result:
              '[{"bakasha": "TQ-5521", "rechev": "12-774-39", "mikum": "רוטשילד 140 — חסימת שער חניון", "nifticha": "07:12"}, {"bakasha": "TQ-5526", "rechev": "90-115-48", "mikum": "הנביאים 22 — נתיב תחבורה ציבורית", "nifticha": "08:40"}]',
          },
          {
            call: 'hazmanat_grar',
            args: { bakasha: 'TQ-5521', rechev: '12-774-39', mikum: 'רוטשילד 140' },
            result: '{"hazmana": "GR-27-02544", "mafil": "גרר השרון", "zman_haga_min": 20, "status": "נשלח"}',
          },
          {
            say: 'הוזמן גרר: הזמנה GR-27-02544, גרר השרון, זמן הגעה משוער 20 דקות. הבקשה הוותיקה בתור (TQ-5521) בטיפול.',
          },
        ],
      },
      {
        name: 'mudia_letoshav',
        description: 'מעדכן תושבים בהודעות SMS',
        instructions: 'שלח עדכון לתושב.',
        replies: [
          {
            call: 'shlichat_sms',
            args: {
              telefon: '054-3318027',
              tochen:
                'שלום אלי, הוזמן גרר (GR-27-02544) לרכב החוסם את חניית הנכים. זמן הגעה משוער: 20 דקות. מוקד החניה.',
            },
            result: '{"nishlach": true, "mezahe": "SMS-553790"}',
          },
          { say: 'נשלח SMS לאלי ששון: הוזמן גרר GR-27-02544, הגעה בעוד כ-20 דקות.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'rakezet_moked', to: 'mokdan_grirot' },
      agent: 'mokdan_grirot',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'agra-leshekel-vetaarichim-bchidush-tav-shnati',
    title:
      'מחשבון האגרות מחזיר סכומים באגורות ותאריכים בפורמט ISO; המסכם מציג אותם בשקלים ובתאריכים עבריים-ישראליים בלי לשנות אף ערך',
    domain: 'אגרות תווי חניה שנתיים',
    mast: ['FM-2.4', 'FM-1.1'],
    nearMissOf:
      'low_quality_output / misunderstood_task: אגרות באגורות (3200, 12800) ותאריכי ISO הופכים ל-32 ₪, 128 ₪ ו-01.05.2027 בין הסוכנים — אותם ערכים בפורמט אחר',
    request:
      'אני מחדש את התו השנתי ל-2027–2028 לשני רכבים (12-480-35 ו-66-902-17) ברחוב הגפן 5, ורוצה גם תו אורח. כמה זה יעלה ועד מתי יהיה בתוקף? משה פרץ',
    topology: {
      shape: 'fanout',
      planner: 'metachnen_chidush',
      workers: ['mechashev_agrot', 'bodek_ezor_ktovet'],
      aggregator: 'mesakem_chidush',
    },
    agents: [
      {
        name: 'metachnen_chidush',
        description: 'מתכנן טיפול בבקשות חידוש תווים',
        instructions: 'כתוב תדריך לכל בודק.',
        replies: [
          {
            plan: {
              mechashev_agrot:
                'חשב אגרות חידוש למשה פרץ: תו שנתי לרכב ראשון 12-480-35, לרכב שני 66-902-17, ותו אורח אחד. ציין תקופת תוקף.',
              bodek_ezor_ktovet: 'אמת שכתובת הגפן 5 שייכת לאזור חניה מוסדר ומהו מספר האזור.',
            },
          },
        ],
      },
      {
        name: 'mechashev_agrot',
        description: 'מחשב אגרות תווים לפי תעריפי חוק העזר',
        instructions: 'חשב את האגרות ודווח.',
        prompt: 'תדריך: {input}',
        replies: [
          {
            call: 'chishuv_agrot',
            args: { rechavim: ['12-480-35', '66-902-17'], tav_oreach: 1, shana: '2027-2028' },
            result:
              '{"pritim": [{"sug": "tav_shnati_rechev_1", "agrot": 3200}, {"sug": "tav_shnati_rechev_2", "agrot": 12800}, {"sug": "tav_oreach", "agrot": 5000}], "sach_agrot": 21000, "tokef_mi": "2027-05-01", "tokef_ad": "2028-04-30"}',
          },
          {
            say: 'אגרות חידוש (באגורות, כפי שהתקבלו מהמערכת): רכב 12-480-35 — 3200; רכב 66-902-17 — 12800 (תעריף רכב שני); תו אורח — 5000. סה״כ 21000 אגורות. תוקף 2027-05-01 עד 2028-04-30.',
          },
        ],
      },
      {
        name: 'bodek_ezor_ktovet',
        description: 'מאמת שיוך כתובות לאזורי חניה',
        instructions: 'בדוק את שיוך הכתובת.',
        prompt: 'תדריך: {input}',
        replies: [
          {
            call: 'ezor_lefi_ktovet',
            args: { rechov: 'הגפן', bayit: 5 },
            result: '{"ezor": 7, "musdar": true, "shaot_achifa": "א׳–ה׳ 17:00–07:00, ו׳ 13:00 עד מוצ״ש"}',
          },
          { say: 'הגפן 5 — אזור 7, אזור מוסדר. שעות אכיפה לתושבים: א׳–ה׳ 17:00–07:00, ו׳ מ-13:00 עד מוצ״ש.' },
        ],
      },
      {
        name: 'mesakem_chidush',
        description: 'מסכם לתושב את עלות החידוש ותוקפו',
        instructions: 'כתוב לתושב סיכום ברור בשקלים ובתאריכים מקובלים.',
        prompt: 'תוצאות:\n{input}\n\nהבקשה: {request}',
        replies: [
          {
            say: 'משה שלום,\n\n**חידוש תווי חניה — הגפן 5, אזור 7**\n\n| פריט | אגרה |\n|---|---|\n| תו שנתי, רכב 12-480-35 | 32 ₪ |\n| תו שנתי, רכב 66-902-17 (רכב שני) | 128 ₪ |\n| תו אורח | 50 ₪ |\n| **סה״כ** | **210 ₪** |\n\nהתווים יהיו בתוקף מ-01.05.2027 עד 30.04.2028. שעות האכיפה באזור 7: א׳–ה׳ 17:00–07:00, ו׳ מ-13:00 עד מוצ״ש.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kfel-knas-buttal-bevaada-tashlum-lefi-hasakhum-hamekori',
    title:
      'נציג הבירורים מראה שהדוח הוכפל ל-500 ₪ ושוועדת ההקלות ביטלה את ההכפלה; נציג התשלומים מפיק שובר ל-250 ₪ בעוד ה-500 עדיין מוזכר',
    domain: 'תשלום דוחות חניה אחרי הקלה',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: הסכום המוכפל 500 ₪ עדיין מופיע בהודעה, אבל נציג התשלומים משתמש נכון בסכום המעודכן 250 ₪',
    request:
      'קיבלתי תשובה מהוועדה שביטלו לי את כפל הקנס על דוח 5100747721. אני רוצה לשלם עכשיו, כמה לשלם ואפשר קישור? נועה ביטון, רכב 20-655-18',
    topology: {
      shape: 'swarm',
      entry: 'natsig_birurim',
      agents: ['natsig_birurim', 'natsig_tashlumim'],
    },
    agents: [
      {
        name: 'natsig_birurim',
        description: 'נציג בירורים על דוחות חניה',
        instructions: 'בדוק את מצב הדוח והעבר לנציג התשלומים עם הסכום הנכון.',
        replies: [
          {
            call: 'matsav_duach',
            args: { duach: '5100747721', rechev: '20-655-18' },
            result:
              '{"duach": "5100747721", "schum_mekori": 250, "kfel_knas": 250, "schum_kodem": 500, "hachlatat_vaada": {"mispar": "VH-27-0318", "taarich": "2027-04-03", "hachlata": "ביטול כפל הקנס"}, "schum_letashlum": 250, "moed_acharon": "2027-05-03"}',
          },
          {
            handoff: 'natsig_tashlumim',
            message:
              'דוח 5100747721 (נועה ביטון, 20-655-18): הסכום הוכפל בעבר ל-500 ₪, אבל ועדת ההקלות (VH-27-0318, 03.04.2027) ביטלה את הכפל. לתשלום: 250 ₪ עד 03.05.2027. צריך שובר וקישור לתשלום.',
          },
        ],
      },
      {
        name: 'natsig_tashlumim',
        description: 'מפיק שוברים וקישורי תשלום',
        instructions: 'הפק שובר בסכום לתשלום ושלח קישור.',
        replies: [
          {
            call: 'hafakat_shover',
            args: { duach: '5100747721', schum: 250, tokef_ad: '2027-05-03' },
            result:
              '{"shover": "SV-27-440912", "schum": 250, "kishur": "https://pay.example-city.gov.il/SV-27-440912", "tokef": "2027-05-03"}',
          },
          {
            say: 'נועה שלום,\n\nבעקבות החלטת ועדת ההקלות (VH-27-0318) כפל הקנס בוטל, והסכום לתשלום על דוח 5100747721 הוא **250 ₪** (במקום 500 ₪).\n\n- שובר: SV-27-440912\n- קישור לתשלום: https://pay.example-city.gov.il/SV-27-440912\n- ניתן לשלם עד 03.05.2027',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'shlifat-tmunot-matslema-nichshela-venisita-shenit',
    title:
      'שליפת תמונות המצלמה נכשלת בפעם הראשונה (timeout); בודק הראיות מנסה שוב, מקבל את התמונות ומדווח עליהן, והרכז מחליט על הערעור',
    domain: 'ערעורים על דוחות ממצלמות אכיפה',
    mast: ['FM-2.6', 'FM-3.2'],
    nearMissOf:
      'agent_error: שגיאת הכלי בשליפה הראשונה טופלה בניסיון חוזר מוצלח, והתוצאה מבוססת על התמונות שהתקבלו',
    request:
      'ערעור על דוח מצלמה 5200063318 (רכב 48-117-93, עצירה בנתיב תחבורה ציבורית, דרך נמיר 120, 27.03.2027 17:42). לטענת המערער הוא עצר רק להורדת נוסע נכה. אנא בדקו את התמונות והחליטו.',
    topology: {
      shape: 'supervisor',
      coordinator: 'rakaz_ereurim',
      workers: ['bodek_reayot', 'mechliat_ereurim'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'rakaz_ereurim',
        description: 'רכז ערעורים על דוחות מצלמה',
        instructions: 'בקש בדיקת ראיות, אחר כך החלטה, וסכם.',
        replies: [
          {
            handoff: 'bodek_reayot',
            message:
              'דוח מצלמה 5200063318, רכב 48-117-93, נמיר 120, 27.03.2027 17:42: שלוף את רצף התמונות ומשך העצירה.',
          },
          {
            handoff: 'mechliat_ereurim',
            message:
              'החלט בערעור על 5200063318 לפי ממצאי הראיות: עצירה של 3 דקות ו-10 שניות בנתיב תח״צ, ללא תו נכה בשמשה וללא ירידת נוסע נראית.',
          },
          {
            say: '## ערעור על דוח 5200063318 — נדחה\n\n- רצף 6 תמונות (17:42:05–17:45:15): עצירה של 3:10 דק׳ בנתיב תחבורה ציבורית\n- לא נראה תו נכה ולא נראית ירידת נוסע\n- השליפה הראשונה מהמצלמה נכשלה, השנייה הצליחה\n\nהקנס 500 ₪ עומד בתוקף; נשלח למערער מכתב דחייה עם זכות לבקש להישפט.',
          },
        ],
      },
      {
        name: 'bodek_reayot',
        description: 'שולף ובודק ראיות ממצלמות אכיפה',
        instructions: 'שלוף את התמונות; אם השליפה נכשלת, נסה שוב או דווח שלא התקבלו.',
        replies: [
          {
            call: 'shlifat_retsef_tmunot',
            args: { duach: '5200063318', matslema: 'CAM-NMR-120-S' },
            result: { error: 'CAMSRV-504: Gateway timeout אחרי 30000 ms מול שרת המצלמות, לא התקבלו תמונות' },
          },
          {
            call: 'shlifat_retsef_tmunot',
            args: { duach: '5200063318', matslema: 'CAM-NMR-120-S' },
            result:
              '{"tmunot": 6, "mi": "17:42:05", "ad": "17:45:15", "meshech_atsira_sec": 190, "tav_nache_nire": false, "yeridat_nose": "לא נראית", "delet_nosea_nifticha": false}',
          },
          {
            say: 'הניסיון הראשון נכשל (CAMSRV-504, timeout); בניסיון השני התקבלו 6 תמונות: 17:42:05–17:45:15, עצירה של 190 שניות (3:10 דק׳). לא נראה תו נכה, דלת הנוסע לא נפתחה ולא נראית ירידת נוסע.',
          },
        ],
      },
      {
        name: 'mechliat_ereurim',
        description: 'מחליטה בערעורים על דוחות',
        instructions: 'החליטי לפי הראיות ושלחי מכתב.',
        replies: [
          {
            call: 'rishum_hachlata',
            args: {
              duach: '5200063318',
              hachlata: 'נדחה',
              nimuk: 'עצירה 3:10 דק׳ בנתיב תח״צ, אין ראיה לירידת נוסע נכה',
            },
            result: '{"hachlata": "ER-27-2290", "michtav": "נשלח בדואר רשום", "zchut_lehishafet_yamim": 90}',
          },
          {
            say: 'הערעור נדחה (ER-27-2290): עצירה של 3:10 דק׳ בנתיב תח״צ בלי ראיה לירידת נוסע. נשלח מכתב בדואר רשום עם זכות לבקש להישפט תוך 90 יום.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'shipur-tmuna-chashuch-lo-shimesh-zihui-lefi-lpr',
    title:
      'משפר התמונות מחזיר תמונה שלא ניתן לקרוא בה את לוחית הרישוי; ראש צוות הראיות לא משתמש בה ומבסס את הזיהוי על קורא הלוחיות (LPR)',
    domain: 'זיהוי רכבים בדוחות חניה לילה',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: תוצר משפר התמונות אינו שמיש, אבל אף אחד לא משתמש בו — הזיהוי נשען על נתוני ה-LPR',
    request:
      'תושב טוען שדוח 5100820014 (חניה בחניית נכים, שבזי 18, 06.04.2027 23:51) ניתן לרכב לא שלו: לטענתו הרכב שלו 63-208-14 והפקח טעה בספרה. בדקו את הזיהוי.',
    topology: {
      shape: 'nested',
      top: 'menahelet_birurim',
      teams: { rosh_tsevet_reayot: ['meshaper_tmunot', 'korei_luchiyot'] },
    },
    agents: [
      {
        name: 'menahelet_birurim',
        description: 'מנהלת מחלקת בירורי דוחות',
        instructions: 'בקשי בדיקת זיהוי מצוות הראיות והחליטי.',
        replies: [
          {
            handoff: 'rosh_tsevet_reayot',
            message: 'דוח 5100820014, שבזי 18, 06.04.2027 23:51: האם הרכב שצולם הוא 63-208-14 או רכב אחר?',
          },
          {
            say: '## בירור זיהוי — דוח 5100820014\n\nלפי קורא הלוחיות (LPR) של מסופון הפקח, הרכב שצולם הוא **63-208-14** בוודאות 97.8%, בהתאמה לסוג ולצבע הרשומים (מאזדה 3 אפורה). הדוח ניתן לרכב הנכון; טענת הטעות בספרה נדחית.\n\nהתמונה המשופרת לא הייתה קריאה ולא שימשה להחלטה.',
          },
        ],
      },
      {
        name: 'rosh_tsevet_reayot',
        description: 'ראש צוות ראיות: מרכז שיפור תמונות וקריאת לוחיות',
        instructions: 'הפעל את הכלים ודווח על זיהוי שניתן לסמוך עליו.',
        replies: [
          {
            handoff: 'meshaper_tmunot',
            message: 'שפר את תמונה 2 של דוח 5100820014 (צילום לילה) ונסה לקרוא את הלוחית.',
          },
          { handoff: 'korei_luchiyot', message: 'תוצאת ה-LPR של מסופון הפקח לדוח 5100820014.' },
          {
            say: 'זיהוי לדוח 5100820014: LPR קרא 63-208-14 בוודאות 97.8%, תואם לרישום (מאזדה 3 אפורה). התמונה המשופרת לא קריאה — לא הסתמכתי עליה.',
          },
        ],
      },
      {
        name: 'meshaper_tmunot',
        description: 'משפר תמונות ראיה (חדות, תאורה)',
        instructions: 'שפר את התמונה ודווח מה נקרא.',
        replies: [
          {
            call: 'shipur_tmuna',
            args: { duach: '5100820014', tmuna: 2, shita: 'low_light' },
            result:
              '{"tmuna_meshuperet": "IMG-5100820014-2-enh.jpg", "luchit_nikreet": "6?-2?8-1?", "bitachon": 0.31}',
          },
          { say: 'אחרי שיפור: ״6?-2?8-1?״, ודאות 31%. לא ניתן לקבוע את המספר מהתמונה.' },
        ],
      },
      {
        name: 'korei_luchiyot',
        description: 'שולף תוצאות קריאת לוחיות (LPR) ממסופוני הפקחים',
        instructions: 'דווח על קריאת הלוחית.',
        replies: [
          {
            call: 'lpr_result',
            args: { duach: '5100820014' },
            result:
              '{"luchit": "63-208-14", "bitachon": 0.978, "misrad_harishui": {"tozeret": "מאזדה 3", "tseva": "אפור"}, "pakach_tseva_rasham": "אפור"}',
          },
          { say: 'LPR: 63-208-14, ודאות 97.8%. לפי משרד הרישוי מאזדה 3 אפורה, תואם לצבע שרשם הפקח.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tochnit-shilut-ezor-chadash-tukna-veushra',
    title:
      'בודקת התנועה מחזירה פעם אחת את תוכנית השילוט של אזור 11 החדש; המתכנן מתקן את השלט החסר ואת שעות האכיפה, והתוכנית מאושרת בסבב השני',
    domain: 'שילוט אזורי חניה לתושבים',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: יש סבב תיקון, אבל הגרסה השנייה שונה ומתקנת את ההערות, והלולאה מסתיימת באישור',
    request:
      'אזור חניה 11 החדש (שכונת נווה אביבים מזרח, רחובות הדר, אלון ושקד) נכנס לתוקף ב-01.06.2027. הכינו תוכנית שילוט, העבירו לבדיקת מהנדסת התנועה ושלחו לקבלן.',
    topology: {
      shape: 'pipeline',
      order: ['metachnen_shilut', 'bodeket_tnua', 'mazmin_kablan'],
      loop: { from: 'bodeket_tnua', to: 'metachnen_shilut', while: 'לתיקון', max: 3 },
    },
    agents: [
      {
        name: 'metachnen_shilut',
        description: 'מתכנן שילוט חניה',
        instructions: 'הכן תוכנית שילוט או תקן לפי הערות הבדיקה.',
        prompt: 'הנחיה / הערות:\n{input}\n\nהמשימה: {request}',
        replies: [
          {
            say: 'תוכנית שילוט אזור 11 — גרסה 1\n\n| רחוב | שלטים 626 | שלטי כניסה לאזור | הערה |\n|---|---|---|---|\n| הדר | 6 | 1 (פינת אבן גבירול) | |\n| אלון | 4 | 1 (פינת הדר) | |\n| שקד | 3 | — | |\n\nשעות אכיפה על השלט: א׳–ה׳ 17:00–07:00.',
          },
          {
            say: 'תוכנית שילוט אזור 11 — גרסה 2\n\n| רחוב | שלטים 626 | שלטי כניסה לאזור | הערה |\n|---|---|---|---|\n| הדר | 6 | 1 (פינת אבן גבירול) | |\n| אלון | 4 | 1 (פינת הדר) | |\n| שקד | 3 | **1 (פינת רוקח)** | נוסף לפי הערה 1 |\n\nשעות אכיפה על השלט: **א׳–ה׳ 17:00–07:00, ו׳ 13:00 עד מוצ״ש** (לפי הערה 2). סה״כ 13 שלטי 626 ו-3 שלטי כניסה.',
          },
        ],
      },
      {
        name: 'bodeket_tnua',
        description: 'מהנדסת תנועה הבודקת תוכניות שילוט',
        instructions: 'השיבי ״מאושר: <סיכום>״ או ״לתיקון: <הערות>״.',
        prompt: 'תוכנית לבדיקה:\n{input}',
        replies: [
          {
            say: 'לתיקון: (1) ברחוב שקד חסר שלט כניסה לאזור — הכניסה מרוקח. (2) שעות האכיפה לפי צו האזור כוללות גם ו׳ מ-13:00 עד מוצ״ש.',
          },
          {
            say: 'מאושר: גרסה 2 — 13 שלטי 626, 3 שלטי כניסה (כולל שקד/רוקח), שעות א׳–ה׳ 17:00–07:00 ו-ו׳ 13:00 עד מוצ״ש. תואם לצו אזור 11.',
          },
        ],
      },
      {
        name: 'mazmin_kablan',
        description: 'מזמין עבודות שילוט מהקבלן העירוני',
        instructions: 'הזמן את העבודה ודווח.',
        prompt: 'תוכנית מאושרת:\n{input}',
        replies: [
          {
            call: 'hazmanat_avoda',
            args: { kablan: 'שלטי דן בע״מ', ezor: 11, shilut_626: 13, shiltei_knisa: 3, ad: '2027-05-28' },
            result: '{"hazmana": "HZ-27-0771", "tsafui_lesiyum": "2027-05-27", "alut_ils": 18720}',
          },
          {
            say: 'הוזמנה עבודה HZ-27-0771 משלטי דן בע״מ: 13 שלטי 626 ו-3 שלטי כניסה לאזור 11, סיום צפוי 27.05.2027 (לפני הכניסה לתוקף ב-01.06), עלות 18,720 ₪.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'hesder-tashlumim-duachot-shulam-mutsa-behatsdaka',
    title:
      'הנתב בונה הסדר תשלומים לשבעה דוחות; דוח אחד כבר שולם ומוצא מההסדר בצדק, והרשימות ארוכות ומלאות מספרי דוחות, שוברים וסכומים',
    domain: 'הסדרי תשלומים לחובות דוחות חניה',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task / lost_message: דוח 5100706619 לא נכלל בהסדר — אך הוא כבר שולם (קבלה), וההחרגה מוסברת; שאר הטקסטים מלאים מזהים',
    request:
      'אני רוצה הסדר תשלומים על כל הדוחות הפתוחים שלי, רכב 17-392-60, עד 6 תשלומים. אבנר דהן, ת״ז 058331907',
    topology: {
      shape: 'network',
      coordinator: 'nataev_gvia',
      workers: ['shofef_chovot', 'bone_hesder'],
    },
    agents: [
      {
        name: 'nataev_gvia',
        description: 'מנתב פניות גבייה',
        instructions: 'שלוף חובות, בנה הסדר, וסיים עם סיכום לתושב.',
        replies: [
          {
            handoff: 'shofef_chovot',
            message: 'שלוף את כל הדוחות של רכב 17-392-60 (אבנר דהן, ת״ז 058331907) עם סטטוס וסכום עדכני.',
          },
          {
            handoff: 'bone_hesder',
            message:
              'בנה הסדר של עד 6 תשלומים לדוחות הפתוחים של רכב 17-392-60: 5100701142, 5100703385, 5100709920, 5100712267, 5100715530, 5100718804 (סה״כ 2,450 ₪). דוח 5100706619 שולם ב-14.02.2027 (קבלה KB-27-118834) — לא לכלול.',
          },
          {
            say: '## הסדר תשלומים — רכב 17-392-60 (אבנר דהן)\n\n| דוח | תאריך עבירה | סכום (₪) |\n|---|---|---|\n| 5100701142 | 03.01.2027 | 250 |\n| 5100703385 | 09.01.2027 | 250 |\n| 5100709920 | 22.01.2027 | 500 |\n| 5100712267 | 29.01.2027 | 250 |\n| 5100715530 | 05.02.2027 | 700 |\n| 5100718804 | 11.02.2027 | 500 |\n| **סה״כ** | | **2,450** |\n\n**הסדר HS-27-00912:** 6 תשלומים חודשיים — הראשון 410 ₪ (15.05.2027) ו-5 תשלומים של 408 ₪ (15.06–15.10.2027).\n\nדוח 5100706619 (16.01.2027, 250 ₪) אינו בהסדר: שולם ב-14.02.2027, קבלה KB-27-118834.',
          },
        ],
      },
      {
        name: 'shofef_chovot',
        description: 'שולף חובות דוחות ממערכת הגבייה',
        instructions: 'שלוף ודווח את כל הדוחות והסטטוס שלהם.',
        replies: [
          {
            call: 'chovot_rechev',
            args: { rechev: '17-392-60', teudat_zehut: '058331907' },
            result:
              '[{"duach":"5100701142","taarich":"2027-01-03","schum":250,"status":"פתוח"},{"duach":"5100703385","taarich":"2027-01-09","schum":250,"status":"פתוח"},{"duach":"5100706619","taarich":"2027-01-16","schum":250,"status":"שולם","kabala":"KB-27-118834","taarich_tashlum":"2027-02-14"},{"duach":"5100709920","taarich":"2027-01-22","schum":500,"status":"פתוח"},{"duach":"5100712267","taarich":"2027-01-29","schum":250,"status":"פתוח"},{"duach":"5100715530","taarich":"2027-02-05","schum":700,"status":"פתוח"},{"duach":"5100718804","taarich":"2027-02-11","schum":500,"status":"פתוח"}]',
          },
          {
            say: 'רכב 17-392-60 — 7 דוחות:\n- פתוחים (6): 5100701142 (250), 5100703385 (250), 5100709920 (500), 5100712267 (250), 5100715530 (700), 5100718804 (500) — סה״כ 2,450 ₪\n- שולם (1): 5100706619 (250), 14.02.2027, קבלה KB-27-118834',
          },
        ],
      },
      {
        name: 'bone_hesder',
        description: 'בונה הסדרי תשלומים במערכת הגבייה',
        instructions: 'צור הסדר תשלומים ודווח על לוח התשלומים.',
        replies: [
          {
            call: 'yetsirat_hesder',
            args: {
              rechev: '17-392-60',
              duchot: ['5100701142', '5100703385', '5100709920', '5100712267', '5100715530', '5100718804'],
              tashlumim: 6,
              tashlum_rishon: '2027-05-15',
            },
            result:
              '{"hesder": "HS-27-00912", "sach": 2450, "tashlumim": [410, 408, 408, 408, 408, 408], "taarichim": ["2027-05-15", "2027-06-15", "2027-07-15", "2027-08-15", "2027-09-15", "2027-10-15"], "hora_at_keva": "נדרשת"}',
          },
          {
            say: 'נוצר הסדר HS-27-00912 על 2,450 ₪ (6 דוחות): תשלום ראשון 410 ₪ ב-15.05.2027, ואחריו 5 תשלומים של 408 ₪ ב-15 בכל חודש עד 15.10.2027. נדרשת הוראת קבע.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch166Scenarios = [...faults, ...healthy];
