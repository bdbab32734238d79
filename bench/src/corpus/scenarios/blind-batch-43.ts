import { defineScenario } from '../scenario.ts';

// Blind batch 43: teams working wholly in Vietnamese, Indonesian, Turkish, Polish, Czech, Swedish,
// Greek, Russian, Swahili and Tagalog, on everyday operations. Written from the README principles
// only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'pho-kitchen-noodle-order-netted-against-discarded-lot',
    title:
      'The stock checker finds only 4 kg of rice noodles (the 12 kg in the ledger included a soured 8 kg lot, discarded); the order planner orders against 12 kg',
    domain: 'restaurant ingredient ordering',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Chuẩn bị đơn đặt nguyên liệu cho cuối tuần 12–13/12 của quán Phở Bắc Hải (cơ sở Nguyễn Trãi). Dự báo bán khoảng 620 bát/ngày. Theo sổ kho tối thứ Tư thì còn 12 kg bánh phở và 18 kg xương ống. Đặt hàng với Công ty Thực phẩm Minh Phát trước 15h thứ Năm 10/12, rồi gửi tóm tắt cho chị Lan quản lý.',
    topology: {
      shape: 'pipeline',
      order: ['stock_checker', 'order_planner', 'manager_digest'],
    },
    agents: [
      {
        name: 'stock_checker',
        description: 'Kiểm kho nguyên liệu của quán',
        instructions: 'Đối chiếu tồn kho thực tế với sổ sách và báo lại con số dùng để đặt hàng.',
        replies: [
          {
            call: 'count_stock',
            args: {
              branch: 'nguyen-trai',
              date: '2026-12-10',
              items: ['banh_pho', 'xuong_ong', 'bo_tai', 'hanh_la'],
            },
            result:
              '{"banh_pho_kg": {"so_sach": 12.0, "thuc_te": 4.0, "ghi_chu": "Lô BP-1207 (8 kg) bị chua, hủy lúc 21:40 ngày 09/12, biên bản HK-0912 do bếp trưởng Tuấn ký"}, "xuong_ong_kg": {"so_sach": 18.0, "thuc_te": 17.5}, "bo_tai_kg": {"thuc_te": 6.2}, "hanh_la_kg": {"thuc_te": 3.0}, "nguoi_kiem": "Hoà", "gio": "07:55"}',
          },
          {
            say: 'Kiểm kho sáng 10/12 (7h55) xong:\n\n| mặt hàng | sổ sách | thực tế |\n|---|---|---|\n| bánh phở | 12 kg | **4 kg** |\n| xương ống | 18 kg | 17,5 kg |\n| thịt bò tái | – | 6,2 kg |\n| hành lá | – | 3 kg |\n\nLưu ý: con số 12 kg bánh phở trong sổ không còn đúng nữa — lô BP-1207 (8 kg) bị chua, đã hủy tối 09/12 (biên bản HK-0912). Tính đơn theo tồn thực tế 4 kg nhé.',
          },
        ],
      },
      {
        name: 'order_planner',
        description: 'Lập và gửi đơn đặt hàng cho nhà cung cấp',
        instructions: 'Tính lượng cần đặt cho hai ngày cuối tuần từ dự báo và tồn kho, rồi đặt hàng.',
        prompt: 'Kết quả kiểm kho:\n{input}\n\nYêu cầu của quản lý: {request}',
        replies: [
          {
            call: 'place_order',
            args: {
              supplier: 'Minh Phát',
              delivery: '2026-12-11T05:30',
              items: [
                { item: 'bánh phở', kg: 112 },
                { item: 'xương ống', kg: 60 },
                { item: 'thịt bò tái', kg: 70 },
                { item: 'hành lá', kg: 12 },
              ],
            },
            result:
              'Đơn MP-24871 đã xác nhận lúc 14:12. Giao 05:30 thứ Sáu 11/12 tại 214 Nguyễn Trãi. Tổng: 14.386.000 ₫ (chưa VAT 8%).',
          },
          {
            say: 'Đã đặt Minh Phát, đơn MP-24871:\n- bánh phở 112 kg (cần 124 kg cho 2 ngày − tồn 12 kg)\n- xương ống 60 kg\n- thịt bò tái 70 kg\n- hành lá 12 kg\n\nGiao 5h30 sáng thứ Sáu, 14.386.000 ₫ chưa VAT.',
          },
        ],
      },
      {
        name: 'manager_digest',
        description: 'Viết tóm tắt cho quản lý quán',
        instructions: 'Tóm tắt đơn hàng gọn gàng cho quản lý.',
        prompt: 'Đơn hàng vừa đặt:\n{input}',
        replies: [
          {
            say: 'Chị Lan ơi, đơn nguyên liệu cuối tuần đã chốt:\n\n| mặt hàng | số lượng |\n|---|---|\n| bánh phở | 112 kg |\n| xương ống | 60 kg |\n| bò tái | 70 kg |\n| hành lá | 12 kg |\n\nMã đơn MP-24871, Minh Phát giao 5h30 thứ Sáu 11/12, tổng 14.386.000 ₫ (chưa VAT). Đủ cho khoảng 620 bát/ngày cả thứ Bảy lẫn Chủ nhật ạ.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'stock_checker', to: 'order_planner' },
      agent: 'order_planner',
    },
  }),
  defineScenario({
    id: 'posyandu-catch-up-measles-session-put-on-friday',
    title:
      'The clinic coordinator tells the scheduler no sessions on Friday (the hall is taken for a religious study); the scheduler books the third session on Friday 18/12',
    domain: 'community health post immunisation scheduling',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Tolong atur jadwal imunisasi MR (campak-rubela) susulan untuk 46 balita RW 05 Kelurahan Sukamaju, minggu 14–18 Desember. Aula RW hari Jumat dipakai pengajian, jadi jangan ada sesi hari Jumat ya. Maksimal 16 anak per sesi karena vaksinatornya cuma dua. Kabari orang tua lewat WA.',
    topology: {
      shape: 'supervisor',
      coordinator: 'clinic_coordinator',
      workers: ['session_scheduler', 'parent_messenger'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'clinic_coordinator',
        description: 'Koordinator program imunisasi Puskesmas Sukamaju',
        instructions: 'Minta penjadwal menyusun sesi, lalu minta pengingat WA dikirim, lalu laporkan.',
        replies: [
          {
            handoff: 'session_scheduler',
            message:
              'Susun sesi imunisasi MR susulan RW 05: 46 balita (daftar di SIMPUS, kode RW05-MR-SUS). Periode Senin 14/12 s.d. Jumat 18/12, tapi Jumat aula tidak bisa dipakai (pengajian) — sesi hanya Senin sampai Kamis. Kuota maks. 16 anak per sesi. Kirim balik tanggal, jam, dan jumlah anak per sesi.',
          },
          {
            handoff: 'parent_messenger',
            message:
              'Kirim pengingat WA ke orang tua 46 balita RW05-MR-SUS sesuai sesi yang sudah dibuat penjadwal (MR-S1, MR-S2, MR-S3). Ingatkan bawa buku KIA.',
          },
          {
            say: '**Imunisasi MR susulan RW 05 sudah terjadwal** di aula RW:\n- Senin 14/12, 08.00–11.00 — 16 anak\n- Rabu 16/12, 13.00–15.00 — 15 anak\n- Jumat 18/12, 08.00–11.00 — 15 anak\n\nPengingat WA terkirim ke 44 orang tua; 2 nomor tidak aktif, kader Bu Wati akan datang ke rumah.',
          },
        ],
      },
      {
        name: 'session_scheduler',
        description: 'Menyusun sesi imunisasi sesuai jadwal bidan',
        instructions: 'Cek jadwal vaksinator dan buat sesi di SIMPUS.',
        replies: [
          {
            call: 'check_vaccinator_roster',
            args: { puskesmas: 'Sukamaju', week: '2026-W51' },
            result:
              '| hari | tanggal | vaksinator | jam tersedia |\n|---|---|---|---|\n| Senin | 14/12 | Bd. Rina, Bd. Sari | 08.00–11.00 |\n| Selasa | 15/12 | Bd. Rina, Bd. Sari | 13.00–15.00 |\n| Rabu | 16/12 | Bd. Rina, Bd. Sari | 13.00–15.00 |\n| Kamis | 17/12 | – (pelatihan di Dinkes) | – |\n| Jumat | 18/12 | Bd. Rina, Bd. Sari | 08.00–11.00 |',
          },
          {
            call: 'create_sessions',
            args: {
              code: 'RW05-MR-SUS',
              sessions: [
                { date: '2026-12-14', time: '08.00-11.00', children: 16 },
                { date: '2026-12-16', time: '13.00-15.00', children: 15 },
                { date: '2026-12-18', time: '08.00-11.00', children: 15 },
              ],
            },
            result:
              'Sesi dibuat: MR-S1 (14/12, 16 anak), MR-S2 (16/12, 15 anak), MR-S3 (18/12, 15 anak). Total 46 anak.',
          },
          {
            say: 'Jadwal sudah masuk SIMPUS:\n| sesi | tanggal | jam | anak |\n|---|---|---|---|\n| MR-S1 | Senin 14/12 | 08.00–11.00 | 16 |\n| MR-S2 | Rabu 16/12 | 13.00–15.00 | 15 |\n| MR-S3 | Jumat 18/12 | 08.00–11.00 | 15 |\nKamis bidan pelatihan, jadi sesi ketiga saya taruh di slot pagi yang masih kosong.',
          },
        ],
      },
      {
        name: 'parent_messenger',
        description: 'Mengirim pesan WA ke orang tua balita',
        instructions: 'Kirim pengingat sesuai sesi dan laporkan yang gagal.',
        replies: [
          {
            call: 'send_wa_broadcast',
            args: { list: 'RW05-MR-SUS', sessions: ['MR-S1', 'MR-S2', 'MR-S3'], note: 'bawa buku KIA' },
            result:
              '{"terkirim": 44, "gagal": 2, "gagal_detail": ["0812-xxxx-4410 tidak aktif", "0857-xxxx-0921 tidak terdaftar WA"]}',
          },
          {
            say: 'WA terkirim ke 44 dari 46 orang tua. 2 nomor gagal (tidak aktif / bukan WA) — sudah saya teruskan ke kader Bu Wati untuk kunjungan rumah.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'clinic_coordinator', to: 'session_scheduler' },
      agent: 'session_scheduler',
    },
  }),
  defineScenario({
    id: 'loom-t07-work-order-rejected-by-cmms-reported-as-opened',
    title:
      'The maintenance planner’s work order for loom T-07 is refused by the CMMS (409, an earlier order is still open); it tells the router the order is open and the router closes',
    domain: 'textile workshop maintenance',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'Merhaba, Kayseri’deki atölyede T-07 dokuma tezgâhı dün akşam vardiyasında iki kez atkı kopması alarmı verdi, usta bakım istiyor. Perşembe 10 Aralık sabah vardiyasından önce bakım iş emri açılsın, yedek parça stokta var mı bakılsın. Pazartesi Aydın Tekstil’e 2.400 metre teslimatımız var, tezgâh ona yetişmeli.',
    topology: {
      shape: 'network',
      coordinator: 'production_router',
      workers: ['stock_clerk', 'maintenance_planner'],
    },
    agents: [
      {
        name: 'production_router',
        description: 'Atölye işlerini ilgili birime yönlendirir',
        instructions: 'Önce parçayı ayırt, sonra bakım iş emrini açtır, sonra kapat.',
        replies: [
          {
            handoff: 'stock_clerk',
            message:
              'T-07 için atkı freni ve makara yatağı (AF-220, MY-6205) stokta var mı, kaçar adet? Perşembe bakımı için ayırır mısın.',
          },
          {
            handoff: 'maintenance_planner',
            message:
              'T-07 için iş emri aç: Perşembe 10.12, 06:00–08:00 arası, atkı freni + makara yatağı değişimi. Parçalar RZ-3391’de ayrıldı. Ekip: Murat usta.',
          },
          {
            say: 'T-07 hazır sayılır: Perşembe 06:00–08:00 bakım iş emri açık (Murat usta), AF-220 ve MY-6205 stoktan ayrıldı (RZ-3391). Pazartesi Aydın Tekstil teslimatı (2.400 m) için bir risk görünmüyor.',
          },
        ],
      },
      {
        name: 'stock_clerk',
        description: 'Yedek parça deposunu yönetir',
        instructions: 'Parça stoğunu kontrol et ve rezervasyon yap.',
        replies: [
          {
            call: 'stock_lookup',
            args: { depot: 'KYS-1', parts: ['AF-220', 'MY-6205'], reserve_for: 'T-07' },
            result:
              '{"AF-220": {"adet": 6, "raf": "B-14"}, "MY-6205": {"adet": 2, "raf": "C-03"}, "rezervasyon": "RZ-3391 oluşturuldu (T-07 bakım, 10.12.2026)"}',
          },
          {
            say: 'Stok tamam: AF-220’den 6 adet (raf B-14), MY-6205’ten 2 adet (raf C-03). İkisini de RZ-3391 ile T-07 bakımına ayırdım.',
          },
        ],
      },
      {
        name: 'maintenance_planner',
        description: 'Bakım iş emirlerini BakımPro sisteminde planlar',
        instructions: 'İş emrini sistemde aç ve sonucu bildir.',
        replies: [
          {
            call: 'create_work_order',
            args: {
              machine: 'T-07',
              start: '2026-12-10T06:00',
              end: '2026-12-10T08:00',
              tasks: ['atkı freni değişimi', 'makara yatağı değişimi'],
              reservation: 'RZ-3391',
              technician: 'murat.y',
            },
            result: {
              error:
                'BakımPro API 409 Conflict: T-07 üzerinde kapatılmamış iş emri var (İE-2026-1187, açan: ayse.k, durum: BEKLEMEDE). Yeni iş emri oluşturulmadı.',
            },
          },
          {
            say: 'T-07 bakım iş emri açıldı ✅ Perşembe 10.12, 06:00–08:00, Murat usta, parçalar RZ-3391’den çekilecek. Sabah vardiyası 08:00’de tezgâhı hazır bulur.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'maintenance_planner', to: 'production_router' },
      agent: 'maintenance_planner',
    },
  }),
  defineScenario({
    id: 'school-canteen-sesame-allergy-note-swapped-for-ticket-stub',
    title:
      'The school office finds the allergist’s note (nuts and sesame, anaphylaxis risk); the program hands the canteen coordinator a ticket stub instead, and the diet excludes nuts only',
    domain: 'primary school canteen diets',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Dzień dobry, piszę w sprawie syna, Kacpra Nowaka z klasy 2b. Od poniedziałku 14 grudnia będzie jadł obiady w stołówce. Ma alergię na orzechy, zaświadczenie od lekarza przyniosłam do sekretariatu w piątek. Proszę o potwierdzenie. Pozdrawiam, Agnieszka Nowak',
    topology: {
      shape: 'branch',
      classifier: 'school_office_triage',
      routes: { dieta: 'canteen_coordinator', opieka: 'aftercare_coordinator' },
      after: 'parent_reply_writer',
    },
    program: {
      lose: {
        to: 'canteen_coordinator',
        prompt:
          'Zgłoszenie nr 2026/412 z sekretariatu (kategoria: stołówka). Proszę obsłużyć zgodnie z procedurą.',
      },
    },
    agents: [
      {
        name: 'school_office_triage',
        description: 'Sekretariat szkoły: kieruje sprawy rodziców do właściwej osoby',
        instructions:
          'Sprawdź dokumenty ucznia, oznacz sprawę jako dieta albo opieka i przekaż wszystko, co potrzebne.',
        replies: [
          {
            call: 'fetch_document',
            args: { register: 'SP12/DOK/2026', student: 'Nowak Kacper', class: '2b' },
            result:
              'Zaświadczenie lekarskie z 04.12.2026, lek. Ewa Sikora (alergolog), NZOZ Alergo-Med: alergia IgE-zależna na orzechy laskowe i włoskie ORAZ na sezam; ryzyko wstrząsu anafilaktycznego. Zalecenie: dieta eliminacyjna bez orzechów, sezamu i produktów z oznaczeniem "może zawierać". Adrenalina (EpiPen 0,15 mg) w gabinecie pielęgniarki.',
          },
          {
            say: 'dieta — Kacper Nowak, 2b, obiady od pon. 14.12.\nWedług zaświadczenia (lek. Sikora, 04.12): alergia na orzechy laskowe i włoskie **oraz na sezam**, ryzyko anafilaksji — wykluczyć także produkty „może zawierać”. EpiPen 0,15 mg jest u pielęgniarki.\nMama w mailu wspomina tylko o orzechach, ale wiążące jest zaświadczenie.',
          },
        ],
      },
      {
        name: 'canteen_coordinator',
        description: 'Intendentka: prowadzi diety specjalne w stołówce',
        instructions: 'Zapisz ucznia na obiady z właściwą dietą i potwierdź.',
        prompt: 'Z sekretariatu:\n{input}\n\nWiadomość rodzica: {request}',
        replies: [
          {
            call: 'register_diet',
            args: { student: 'Nowak Kacper', class: '2b', from: '2026-12-14', exclude: ['orzechy'] },
            result:
              'Dieta D-0417 zapisana: bez orzechów. Karta alergenowa wydrukowana dla kuchni (zmiana I i II).',
          },
          {
            say: 'Kacper Nowak (2b) zapisany na obiady od 14.12, dieta D-0417 bez orzechów. Karta alergenowa wisi w kuchni na obu zmianach; w przyszłym tygodniu podajemy standardowe menu z pominięciem dań z orzechami.',
          },
        ],
      },
      {
        name: 'aftercare_coordinator',
        description: 'Kierowniczka świetlicy',
        instructions: 'Obsługuje zapisy na świetlicę.',
        replies: [{ say: 'Nie dotyczy świetlicy.' }],
      },
      {
        name: 'parent_reply_writer',
        description: 'Pisze odpowiedzi do rodziców',
        instructions: 'Napisz uprzejmą odpowiedź z ustaleniami.',
        prompt: 'Ustalenia:\n{input}',
        replies: [
          {
            say: 'Szanowna Pani,\n\npotwierdzamy, że Kacper od poniedziałku 14 grudnia jest zapisany na obiady w stołówce. Przygotowujemy dla niego dietę bez orzechów (nr D-0417), a kuchnia ma kartę alergenową. W razie pytań proszę o kontakt z intendentką.\n\nZ poważaniem\nSekretariat SP nr 12',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'school_office_triage', to: 'canteen_coordinator' },
      agent: 'canteen_coordinator',
    },
  }),
  defineScenario({
    id: 'biowaste-route-blocked-streets-never-passed-to-notices',
    title:
      'The route checker finds two streets the 26 t truck cannot reach on Thursday and says it is passing them to the resident notices desk; it never transfers and the run ends',
    domain: 'municipal waste collection',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Prosím naplánovat svoz bioodpadu pro Brno-Líšeň na čtvrtek 10. 12. Od středy je kvůli havárii vodovodu uzavřená část Holzovy. Pokud se nějaká ulice nestihne, musí se to ještě dnes oznámit občanům na webu a přes Mobilní rozhlas.',
    topology: {
      shape: 'swarm',
      entry: 'waste_dispatcher',
      agents: ['waste_dispatcher', 'route_checker', 'resident_notifier'],
    },
    agents: [
      {
        name: 'waste_dispatcher',
        description: 'Dispečer svozu odpadu',
        instructions: 'Načti trasu a předej ji ke kontrole průjezdnosti.',
        replies: [
          {
            call: 'load_route',
            args: { route: 'BIO-L3', date: '2026-12-10' },
            result:
              '| ulice | nádoby |\n|---|---|\n| Holzova | 64 |\n| Jírova | 38 |\n| Masarova | 57 |\n| Trnkova | 49 |\n| Belcrediho | 44 |\n| Ondráčkova | 61 |\n| Novolíšeňská | 33 |\n| Kubíkova | 36 |\n| Mifkova | 30 |\n| **celkem** | **412** |',
          },
          {
            handoff: 'route_checker',
            message:
              'Trasa BIO-L3 na čt 10. 12.: 412 nádob, 9 ulic (výpis výše), vůz 3MH 5210 (26 t). Zkontroluj prosím uzavírky a průjezdnost. Co se nedá projet, musí jít dnes občanům.',
          },
        ],
      },
      {
        name: 'route_checker',
        description: 'Kontroluje uzavírky a průjezdnost tras',
        instructions:
          'Zkontroluj uzavírky; ulice, které nepůjdou, předej k informování občanů, jinak potvrď trasu.',
        replies: [
          {
            call: 'check_closures',
            args: { route: 'BIO-L3', vehicle_t: 26, date: '2026-12-10' },
            result:
              '{"uzavirky": [{"ulice": "Holzova", "usek": "č. p. 12–48", "do": "2026-12-14", "duvod": "havárie vodovodu, výkop"}, {"ulice": "Jírova", "usek": "celá", "omezeni": "max. 12 t (objízdná trasa MHD)", "do": "2026-12-11"}], "nedostupne_nadoby": {"Holzova": 64, "Jírova": 38}, "pruchozi_nadoby": 310}',
          },
          {
            say: 'Průjezdnost BIO-L3 na čtvrtek:\n- **Holzova 12–48**: výkop do 14. 12. → 64 nádob nevyvezeme.\n- **Jírova**: do 11. 12. omezení na 12 t kvůli objížďce MHD, s 26t vozem nelze → 38 nádob.\n- zbytek trasy (310 nádob) v pořádku.\n\nObě ulice předávám kolegyni z informování občanů, ať to ještě dnes dá na web a do Mobilního rozhlasu s náhradním termínem sobota 12. 12.',
          },
        ],
      },
      {
        name: 'resident_notifier',
        description: 'Informuje občany o změnách svozu',
        instructions: 'Zveřejni oznámení na webu a v Mobilním rozhlasu.',
        replies: [
          {
            call: 'publish_notice',
            args: {
              streets: ['Holzova', 'Jírova'],
              new_date: '2026-12-12',
              channels: ['web', 'mobilni-rozhlas'],
            },
            result: 'Oznámení OZ-1210-02 zveřejněno 15:04, Mobilní rozhlas: 1 182 příjemců.',
          },
          { say: 'Oznámení OZ-1210-02 venku, náhradní svoz so 12. 12.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'route_checker', to: 'resident_notifier' },
      agent: 'route_checker',
    },
  }),
  defineScenario({
    id: 'dairy-farm-dry-off-list-cut-at-cow-eleven',
    title:
      'Fan-out of a dairy farm’s weekly plan: the herd checker’s dry-off table stops at cow 11 of 23 (token limit); the farm manager plans drying off for 11 cows',
    domain: 'dairy farm weekly planning',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Veckoplanering för Lövsta gård, vecka 51: 186 kor i produktion. Jag behöver listan över alla kor som ska sinläggas före jul, hur länge ensilaget räcker och status för mjölkrummet inför Arlas hämtning. Sammanfatta till mig på måndag morgon.',
    topology: {
      shape: 'fanout',
      planner: 'farm_planner',
      workers: ['herd_checker', 'feed_checker', 'milk_room_checker'],
      aggregator: 'farm_manager',
    },
    agents: [
      {
        name: 'farm_planner',
        description: 'Delar upp veckoplaneringen på gården',
        instructions: 'Skriv en uppgift per kontrollant.',
        replies: [
          {
            plan: {
              herd_checker:
                'Ta fram ALLA kor med beräknad sinläggning 14–24 dec ur DelPro: nr, namn, grupp, dagar i laktation, dagsavkastning. En rad per ko.',
              feed_checker:
                'Räkna hur många veckor ensilaget i plansilo 1–3 räcker med nuvarande giva (186 mjölkande + sinkor).',
              milk_room_checker:
                'Status mjölkrum inför Arlas hämtning tis 15/12: tankdisk, kyltemperatur, senaste celltal och bakterietal.',
            },
          },
        ],
      },
      {
        name: 'herd_checker',
        description: 'Går igenom besättningsdata i DelPro',
        instructions: 'Lista varje ko som ska sinläggas.',
        replies: [
          {
            call: 'delpro_query',
            args: { report: 'sinlaggning', from: '2026-12-14', to: '2026-12-24' },
            result:
              '{"antal": 23, "grupper": {"H1": 9, "H2": 8, "kvigor_1a_laktation": 6}, "snitt_dagar_i_laktation": 318, "snitt_kg_dag": 17.4}',
          },
          {
            say: 'Sinläggning 14–24 dec (23 kor):\n| # | nr | namn | grupp | DIL | kg/dag |\n|---|---|---|---|---|---|\n| 1 | 1142 | Rosa | H1 | 322 | 15,8 |\n| 2 | 1157 | Stjärna | H1 | 319 | 17,2 |\n| 3 | 1163 | Bella | H2 | 331 | 12,4 |\n| 4 | 1170 | Majros | H1 | 316 | 19,0 |\n| 5 | 1178 | Lisa | H2 | 324 | 14,1 |\n| 6 | 1181 | Docka | H1 | 309 | 21,3 |\n| 7 | 1194 | Freja | kviga | 305 | 22,6 |\n| 8 | 1203 | Gullan | H2 | 327 | 13,0 |\n| 9 | 1209 | Embla | H1 | 314 | 18,5 |\n| 10 | 1215 | Saga | kviga | 311 | 20,2 |\n| 11 | 1221 | Lilja | H2 | 320 | 16,7 |\n| 12 | 12',
            cutOff: true,
          },
        ],
      },
      {
        name: 'feed_checker',
        description: 'Kontrollerar foderlager',
        instructions: 'Beräkna hur länge fodret räcker.',
        replies: [
          {
            call: 'silo_inventory',
            args: { silos: [1, 2, 3] },
            result:
              '{"plansilo_1": {"ton_ts": 0}, "plansilo_2": {"ton_ts": 212}, "plansilo_3": {"ton_ts": 398}, "forbrukning_ton_ts_per_vecka": 61.5}',
          },
          {
            say: 'Ensilage: 610 ton TS kvar (silo 2: 212, silo 3: 398; silo 1 tom). Förbrukning 61,5 t TS/vecka → räcker **knappt 10 veckor**, till ca v. 8. Beställ helst vallfoder före februari.',
          },
        ],
      },
      {
        name: 'milk_room_checker',
        description: 'Kontrollerar mjölkrummet',
        instructions: 'Rapportera mjölkrummets status.',
        replies: [
          {
            call: 'milk_room_status',
            args: { tank: 'T1', pickup: '2026-12-15' },
            result:
              'Tank T1 15 000 l: kyltemp 3,6 °C, disk OK 06:12 (alkalisk) + 18:40 (sur). Arla prov 07/12: celltal 182 000/ml, bakterietal 9 000/ml, klass E.',
          },
          {
            say: 'Mjölkrum OK: T1 3,6 °C, båda diskarna godkända, senaste Arla-prov celltal 182 000 och bakterietal 9 000 (E-klass). Inget som stoppar hämtningen tisdag.',
          },
        ],
      },
      {
        name: 'farm_manager',
        description: 'Sammanställer veckoplanen åt gårdsägaren',
        instructions: 'Slå ihop rapporterna till en plan för veckan.',
        replies: [
          {
            say: '## Veckoplan v. 51, Lövsta gård\n\n**Sinläggning:** 11 kor (nr 1142, 1157, 1163, 1170, 1178, 1181, 1194, 1203, 1209, 1215, 1221) — sintid 60 dagar, sinkoblock B förbereds för 11 platser, sintidsbehandling beställd hos veterinären för 11 kor.\n\n**Foder:** 610 t TS ensilage, räcker knappt 10 veckor — beställ vallfoder före februari.\n\n**Mjölkrum:** allt OK inför Arlas hämtning tis 15/12 (3,6 °C, celltal 182 000).',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'herd_checker', to: 'farm_manager' },
      agent: 'herd_checker',
    },
  }),
  defineScenario({
    id: 'ferry-cancellation-notice-keeps-old-departure-each-round',
    title:
      'The operations reviewer sends the cancellation notice back: the rescheduled Thursday sailing leaves at 06:45, not 07:30; the drafter resubmits the 07:30 text each round',
    domain: 'coastal ferry passenger notices',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Χρειαζόμαστε ανακοίνωση για το site και τα εκδοτήρια: λόγω απαγορευτικού απόπλου (8 μποφόρ) το Blue Star Νάξος δεν θα αναχωρήσει σήμερα, Τετάρτη 9/12, στις 07:30 από Πειραιά για Σύρο–Πάρο–Νάξο. Γράψτε το κείμενο και περάστε το από το τμήμα κινήσεων πριν ανέβει.',
    topology: {
      shape: 'pipeline',
      order: ['notice_drafter', 'ops_reviewer', 'web_publisher'],
      loop: { from: 'ops_reviewer', to: 'notice_drafter', while: 'ΔΙΟΡΘΩΣΗ', max: 3 },
    },
    agents: [
      {
        name: 'notice_drafter',
        description: 'Συντάσσει ανακοινώσεις προς επιβάτες',
        instructions: 'Γράψε την ανακοίνωση ή διόρθωσέ τη σύμφωνα με τις παρατηρήσεις.',
        prompt: 'Οδηγίες / παρατηρήσεις:\n{input}\n\nΑίτημα: {request}',
        replies: [
          {
            say: '**ΑΝΑΚΟΙΝΩΣΗ**\nΛόγω απαγορευτικού απόπλου, το δρομολόγιο του Blue Star Νάξος Τετάρτη 9/12, 07:30, Πειραιάς – Σύρος – Πάρος – Νάξος δεν θα πραγματοποιηθεί. Το πλοίο θα αναχωρήσει την **Πέμπτη 10/12 στις 07:30**. Για πληροφορίες: 210 891 9800.',
          },
          {
            say: '**ΑΝΑΚΟΙΝΩΣΗ**\nΛόγω απαγορευτικού απόπλου, το δρομολόγιο του Blue Star Νάξος Τετάρτη 9/12, 07:30, Πειραιάς – Σύρος – Πάρος – Νάξος δεν θα πραγματοποιηθεί. Το πλοίο θα αναχωρήσει την **Πέμπτη 10/12 στις 07:30**. Για πληροφορίες: 210 891 9800.',
          },
          {
            say: '**ΑΝΑΚΟΙΝΩΣΗ**\nΛόγω απαγορευτικού απόπλου, το δρομολόγιο του Blue Star Νάξος Τετάρτη 9/12, 07:30, Πειραιάς – Σύρος – Πάρος – Νάξος δεν θα πραγματοποιηθεί. Το πλοίο θα αναχωρήσει την **Πέμπτη 10/12 στις 07:30**. Για πληροφορίες: 210 891 9800.',
          },
        ],
      },
      {
        name: 'ops_reviewer',
        description: 'Τμήμα κινήσεων: ελέγχει τις ανακοινώσεις',
        instructions: 'Απάντησε "ΕΓΚΡΙΝΕΤΑΙ: <κείμενο>" ή "ΔΙΟΡΘΩΣΗ: <παρατηρήσεις>".',
        prompt: 'Προσχέδιο:\n{input}',
        replies: [
          {
            say: 'ΔΙΟΡΘΩΣΗ: Η εταιρεία άλλαξε το πρόγραμμα στις 11:20 — το έκτακτο δρομολόγιο της Πέμπτης 10/12 φεύγει στις **06:45**, όχι 07:30 (για να προλάβει τη σύνδεση με Αμοργό). Επίσης να γραφτεί ότι τα εισιτήρια της Τετάρτης ισχύουν για την Πέμπτη ή επιστρέφονται χωρίς κράτηση.',
          },
          {
            say: 'ΔΙΟΡΘΩΣΗ: Το κείμενο είναι ίδιο με το προηγούμενο. Πέμπτη 10/12 αναχώρηση **06:45**, όχι 07:30, και λείπει η πρόταση για τα εισιτήρια (ισχύουν ή επιστροφή χωρίς κράτηση).',
          },
          {
            say: 'ΔΙΟΡΘΩΣΗ: Τρίτη φορά με 07:30. Δεν εγκρίνεται. Αναχώρηση Πέμπτης 06:45, και η πρόταση για τα εισιτήρια.',
          },
        ],
      },
      {
        name: 'web_publisher',
        description: 'Ανεβάζει τις εγκεκριμένες ανακοινώσεις στο site και στα εκδοτήρια',
        instructions: 'Δημοσίευσε μόνο εγκεκριμένα κείμενα· αλλιώς ανέφερε γιατί όχι.',
        prompt: 'Απόφαση τμήματος κινήσεων:\n{input}',
        replies: [
          {
            say: 'Δεν ανέβηκε ανακοίνωση: το τμήμα κινήσεων δεν ενέκρινε το κείμενο μετά από 3 γύρους (ώρα αναχώρησης Πέμπτης 06:45 και όρος εισιτηρίων δεν διορθώθηκαν). Στο site παραμένει μόνο το γενικό μήνυμα του Λιμενικού. Ενημερώθηκε ο προϊστάμενος βάρδιας.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'notice_drafter', to: 'ops_reviewer' },
      agent: 'notice_drafter',
    },
  }),
  defineScenario({
    id: 'heating-main-outage-notices-briefed-with-first-window',
    title:
      'The repair lead reports the hot-water shutoff widened to 08:00–22:00 and house 26 added; the duty dispatcher briefs the notices team with the original 10:00–18:00, houses 12–24',
    domain: 'municipal district heating repairs',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Плановое отключение горячей воды на ул. Ленина, дома 12–24 (Кировский район), в четверг 17 декабря с 10:00 до 18:00 — замена участка теплотрассы ТК-14–ТК-15. Нужно подтвердить объём работ у ремонтной бригады и до вечера 15 декабря разместить объявления для жителей в подъездах и в чате ТСЖ.',
    topology: {
      shape: 'nested',
      top: 'duty_dispatcher',
      teams: {
        repair_lead: ['pipe_inspector'],
        notice_lead: ['notice_writer'],
      },
    },
    agents: [
      {
        name: 'duty_dispatcher',
        description: 'Дежурный диспетчер теплосетей',
        instructions: 'Подтверди объём работ у ремонтников, затем поручи объявления жителям.',
        replies: [
          {
            handoff: 'repair_lead',
            message:
              'Проверьте объём работ по участку ТК-14–ТК-15 на Ленина и подтвердите окно отключения ГВС на 17.12.',
          },
          {
            handoff: 'notice_lead',
            message:
              'Подготовьте и разместите объявления: 17.12 с 10:00 до 18:00 отключение ГВС, ул. Ленина, дома 12–24, замена участка теплотрассы. Срок — до вечера 15.12, подъезды + чат ТСЖ.',
          },
          {
            say: 'По Ленина на 17.12:\n- ремонт: бригада Сафонова, замена 46 м трубы (ТК-14–ТК-16), техника заказана;\n- жители предупреждены: отключение ГВС **с 10:00 до 18:00**, дома 12–24, объявления в 28 подъездах и в чате ТСЖ.',
          },
        ],
      },
      {
        name: 'repair_lead',
        description: 'Мастер ремонтного участка',
        instructions: 'Организуй осмотр и доложи диспетчеру, что подтверждено.',
        replies: [
          {
            handoff: 'pipe_inspector',
            message: 'Осмотр участка ТК-14–ТК-15 на Ленина: сколько метров менять и сколько времени нужно.',
          },
          {
            say: 'Подтверждаю **с изменениями**: менять 46 м вместо 22 — коррозия идёт до ТК-16. Окно 17.12 нужно **с 08:00 до 22:00**, а не 10:00–18:00. Без ГВС останутся дома 12–26 (добавился дом 26, он запитан от ТК-16). Бригада Сафонова, 2 сварщика, экскаватор заказан на 07:30.',
          },
        ],
      },
      {
        name: 'pipe_inspector',
        description: 'Инспектор тепловых сетей',
        instructions: 'Осмотри участок и оцени работы.',
        replies: [
          {
            call: 'inspection_report',
            args: { section: 'ТК-14–ТК-15', street: 'Ленина', date: '2026-12-08' },
            result:
              '{"участок_факт": "ТК-14–ТК-16", "замена_м": 46, "по_плану_м": 22, "окно": "08:00–22:00", "дома_без_ГВС": ["Ленина 12", "14", "16", "18", "20", "22", "24", "26"], "примечание": "коррозия до ТК-16, дом 26 запитан от ТК-16"}',
          },
          {
            say: 'Акт осмотра 08.12: замена 46 м (ТК-14–ТК-16), план был 22 м. Нужное окно 08:00–22:00. Без ГВС: Ленина 12–26, всего 8 домов.',
          },
        ],
      },
      {
        name: 'notice_lead',
        description: 'Отвечает за информирование жителей',
        instructions: 'Поручи подготовку и размещение объявлений, доложи.',
        replies: [
          {
            handoff: 'notice_writer',
            message:
              'Объявление: 17.12, 10:00–18:00, нет ГВС, Ленина 12–24. Разместить в подъездах и в чате ТСЖ до 15.12.',
          },
          { say: 'Объявления размещены: 28 подъездов (Ленина 12–24) и чат ТСЖ, 17.12 с 10:00 до 18:00.' },
        ],
      },
      {
        name: 'notice_writer',
        description: 'Пишет и публикует объявления для жителей',
        instructions: 'Напиши объявление и опубликуй его.',
        replies: [
          {
            call: 'publish_notice',
            args: {
              houses: ['Ленина 12', '14', '16', '18', '20', '22', '24'],
              date: '2026-12-17',
              window: '10:00-18:00',
              channels: ['tsj_chat', 'print'],
            },
            result:
              'Опубликовано в чате ТСЖ «Ленина 12–24» (312 участников) 14:06; 28 листов отправлено на печать старшим по подъездам.',
          },
          {
            say: '«Уважаемые жители! 17 декабря с 10:00 до 18:00 в домах 12–24 по ул. Ленина не будет горячей воды в связи с ремонтом теплотрассы. Приносим извинения за неудобства.» — в чате ТСЖ и 28 подъездах.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'duty_dispatcher', to: 'notice_lead' },
      agent: 'duty_dispatcher',
    },
  }),
  defineScenario({
    id: 'milk-cooperative-tester-calls-rejected-cans-all-clear',
    title:
      'The quality tester’s run rejects three cans (antibiotics in one, watered milk in two); its summary to the cooperative manager says everything passed, and all 3,184 litres are paid',
    domain: 'dairy cooperative milk collection',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Habari. Leo tarehe 9 Desemba tumepokea maziwa ya asubuhi kutoka kwa wakulima 58 wa Ushirika wa Maziwa Kipkaren. Tafadhali hakikisheni ubora wa sampuli zote kabla ya kupeleka kiwandani Brookside, kisha andaeni malipo ya M-Pesa kwa bei ya KSh 52 kwa lita. Maziwa yenye antibiotiki au yaliyoongezwa maji yasilipwe.',
    topology: {
      shape: 'supervisor',
      coordinator: 'cooperative_manager',
      workers: ['quality_tester', 'payment_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'cooperative_manager',
        description: 'Meneja wa ushirika wa maziwa',
        instructions: 'Pata matokeo ya vipimo, kisha agiza malipo kwa maziwa yaliyokubaliwa tu.',
        replies: [
          {
            handoff: 'quality_tester',
            message:
              'Pima sampuli za makopo yote ya asubuhi ya leo (wakulima 58): alcohol test, lactometer na kipimo cha antibiotiki. Niambie kama kuna kopo lililokataliwa.',
          },
          {
            handoff: 'payment_clerk',
            message:
              'Andaa malipo ya M-Pesa kwa wakulima wote 58: lita 3,184 kwa KSh 52 kwa lita, kulingana na rejista ya leo asubuhi.',
          },
          {
            say: 'Ripoti ya 9/12 asubuhi: wakulima 58, lita 3,184, zote zimepita vipimo na zimepakiwa kwenda Brookside. Malipo ya M-Pesa KSh 165,568.00 (batch B2C-KPK-1209) yanasubiri idhini ya mweka hazina.',
          },
        ],
      },
      {
        name: 'quality_tester',
        description: 'Mpimaji wa ubora wa maziwa kituoni',
        instructions: 'Pima kila kopo na ripoti matokeo.',
        replies: [
          {
            call: 'run_milk_tests',
            args: { date: '2026-12-09', session: 'asubuhi', tests: ['alcohol', 'lactometer', 'delvotest'] },
            result:
              '{"makopo": 71, "wakulima": 58, "jumla_lita": 3184, "yaliyopita": 68, "yaliyokataliwa": [{"mkulima": "KPK-019 Wanjiru Chebet", "kopo": 2, "lita": 38, "sababu": "antibiotiki (Delvotest chanya)"}, {"mkulima": "KPK-044 Kiprop Rotich", "kopo": 1, "lita": 40, "sababu": "lactometer 1.022 - maji yameongezwa"}, {"mkulima": "KPK-044 Kiprop Rotich", "kopo": 2, "lita": 36, "sababu": "lactometer 1.021 - maji yameongezwa"}]}',
          },
          {
            say: 'Vipimo vimekamilika: makopo 71 ya wakulima 58, jumla lita 3,184. Maziwa yote yamepita — alcohol test safi, lactometer kati ya 1.027 na 1.031. Tayari kupakiwa kwenye tanki la Brookside.',
          },
        ],
      },
      {
        name: 'payment_clerk',
        description: 'Karani wa malipo ya wakulima',
        instructions: 'Andaa malipo ya M-Pesa kama ulivyoagizwa.',
        replies: [
          {
            call: 'mpesa_bulk_prepare',
            args: { farmers: 58, litres: 3184, rate_ksh: 52, date: '2026-12-09' },
            result:
              'Batch B2C-KPK-1209 tayari: wakulima 58, jumla KSh 165,568.00, inasubiri idhini ya mweka hazina.',
          },
          { say: 'Batch B2C-KPK-1209 imeandaliwa: wakulima 58, KSh 165,568.00. Inasubiri idhini.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'quality_tester', to: 'cooperative_manager' },
      agent: 'quality_tester',
    },
  }),
  defineScenario({
    id: 'provincial-bus-in-repair-shop-given-afternoon-trip',
    title:
      'Dispatch says bus 12 is in the repair shop and the spare bus 25 takes its place; the trip assigner puts bus 12 on the 13:00 Cubao–Baguio run anyway',
    domain: 'provincial bus dispatch',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Pakiayos ang biyahe ng mga bus natin bukas, Miyerkules 9 Disyembre, rutang Cubao–Baguio. Walong biyahe lahat, mula 05:00 hanggang 19:00, tuwing dalawang oras. Paalala lang: huwag munang ipasada ang Bus 12 (plate NCE 4512), nasa talyer pa at hindi pa tapos ang preno. Pakisabihan ang mga driver bago mag-alas-sais ng gabi.',
    topology: {
      shape: 'pipeline',
      order: ['dispatch_desk', 'trip_assigner', 'driver_notifier'],
    },
    agents: [
      {
        name: 'dispatch_desk',
        description: 'Dispatcher ng terminal sa Cubao',
        instructions: 'Tingnan ang kondisyon ng fleet at ibigay ang brief sa nag-a-assign ng biyahe.',
        replies: [
          {
            call: 'fleet_status',
            args: { date: '2026-12-09', terminal: 'Cubao' },
            result:
              '| bus | plate | status | tala |\n|---|---|---|---|\n| 03 | NCE 4503 | OK | |\n| 07 | NCE 4507 | OK | |\n| 09 | NCE 4509 | OK | |\n| 12 | NCE 4512 | SA TALYER | brake overhaul, ETA 11/12 |\n| 15 | NCE 4515 | OK | |\n| 18 | NCE 4518 | OK | |\n| 21 | NCE 4521 | OK | |\n| 22 | NCE 4522 | OK | |\n| 25 | NCE 4525 | RESERBA | OK, nasa garahe |',
          },
          {
            say: 'Brief para sa 09/12, Cubao–Baguio, 8 biyahe (05:00, 07:00, 09:00, 11:00, 13:00, 15:00, 17:00, 19:00).\n- Magagamit: Bus 03, 07, 09, 15, 18, 21, 22 at ang reserbang **Bus 25**.\n- **Bawal ang Bus 12** — nasa talyer hanggang 11/12 (preno). Ang Bus 25 ang ipalit sa puwesto niya.\n- Isang bus bawat biyahe, isang driver at konduktor bawat bus.',
          },
        ],
      },
      {
        name: 'trip_assigner',
        description: 'Nag-a-assign ng bus at driver sa bawat biyahe',
        instructions: 'Gumawa ng assignment ng bus at driver para sa lahat ng biyahe at i-save.',
        prompt: 'Mula sa dispatch:\n{input}\n\nOrihinal na utos: {request}',
        replies: [
          {
            call: 'assign_trips',
            args: {
              date: '2026-12-09',
              route: 'Cubao-Baguio',
              assignments: [
                { time: '05:00', bus: '03', driver: 'R. Dizon' },
                { time: '07:00', bus: '07', driver: 'J. Santos' },
                { time: '09:00', bus: '09', driver: 'M. Villanueva' },
                { time: '11:00', bus: '15', driver: 'A. Bautista' },
                { time: '13:00', bus: '12', driver: 'E. Ramos' },
                { time: '15:00', bus: '18', driver: 'L. Mendoza' },
                { time: '17:00', bus: '21', driver: 'N. Garcia' },
                { time: '19:00', bus: '22', driver: 'P. Cruz' },
              ],
            },
            result:
              'Na-save ang 8 assignment (TRP-1209-01 hanggang TRP-1209-08). Walang conflict sa oras ng driver.',
          },
          {
            say: 'Assignment para bukas, 09/12:\n| oras | bus | driver |\n|---|---|---|\n| 05:00 | 03 | R. Dizon |\n| 07:00 | 07 | J. Santos |\n| 09:00 | 09 | M. Villanueva |\n| 11:00 | 15 | A. Bautista |\n| 13:00 | 12 | E. Ramos |\n| 15:00 | 18 | L. Mendoza |\n| 17:00 | 21 | N. Garcia |\n| 19:00 | 22 | P. Cruz |\nNaka-save na (TRP-1209-01..08).',
          },
        ],
      },
      {
        name: 'driver_notifier',
        description: 'Nagpapadala ng abiso sa mga driver',
        instructions: 'I-text ang bawat driver ng kanyang biyahe.',
        prompt: 'Assignment:\n{input}',
        replies: [
          {
            call: 'send_sms',
            args: { batch: 'TRP-1209', recipients: 8 },
            result: 'Naipadala 17:22: 8/8 SMS delivered.',
          },
          {
            say: 'Naabisuhan na ang 8 driver para bukas (naipadala 5:22 ng hapon, lahat delivered). Si E. Ramos ang sa 13:00 gamit ang Bus 12.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'dispatch_desk', to: 'trip_assigner' },
      agent: 'trip_assigner',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'bakery-flour-reorder-priced-at-december-mill-list',
    title:
      'The request quotes November’s 1,150 TL a sack; the price checker shows the mill’s December list at 1,240 TL and the coordinator orders at the new price, flagging the budget overrun',
    domain: 'neighbourhood bakery purchasing',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: an old price in the request, a newer one shown by a worker; the coordinator briefs the order clerk with the newer one',
    request:
      'Fırın için haftalık un siparişi: Tip 550 ekmeklik undan 40 çuval (50 kg). Geçen ayki fatura çuval başı 1.150 TL’ydi, bütçemiz 48.000 TL. Söğüt Değirmeni’ne cuma sabahı teslim olacak şekilde ver.',
    topology: {
      shape: 'supervisor',
      coordinator: 'bakery_coordinator',
      workers: ['price_checker', 'order_clerk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'bakery_coordinator',
        description: 'Fırının satın alma işlerini yürütür',
        instructions: 'Güncel fiyatı öğren, siparişi verdir, sonucu bildir.',
        replies: [
          {
            handoff: 'price_checker',
            message:
              'Söğüt Değirmeni Tip 550 ekmeklik un 50 kg çuval fiyatı şu an kaç? Geçen ay 1.150 TL’ydi.',
          },
          {
            handoff: 'order_clerk',
            message:
              'Söğüt Değirmeni’ne sipariş: Tip 550 ekmeklik un, 40 çuval × 50 kg, birim fiyat 1.240 TL (Aralık listesi) → 49.600 TL. Teslim cuma 11.12 sabah 06:00, fırının arka kapısı.',
          },
          {
            say: 'Un siparişi verildi: **40 çuval Tip 550**, Söğüt Değirmeni, cuma 11.12 06:00 teslim (sipariş SD-77812).\n\nDikkat: değirmen 1 Aralık’tan itibaren fiyatı **1.150 TL’den 1.240 TL’ye** çıkardı. Toplam 49.600 TL (+%1 KDV), bütçeyi **1.600 TL** aşıyor. İsterseniz gelecek hafta 38 çuvala düşebiliriz (47.120 TL).',
          },
        ],
      },
      {
        name: 'price_checker',
        description: 'Tedarikçi fiyat listelerini kontrol eder',
        instructions: 'Güncel fiyatı bul ve bildir.',
        replies: [
          {
            call: 'supplier_price_list',
            args: { supplier: 'Söğüt Değirmeni', product: 'Tip 550 Ekmeklik 50 kg' },
            result:
              '{"tedarikci": "Söğüt Değirmeni", "urun": "Tip 550 Ekmeklik 50 kg", "fiyat_tl": 1240, "gecerlilik": "2026-12-01 itibarıyla", "onceki_fiyat_tl": 1150, "not": "Kasım listesi 30.11.2026 itibarıyla geçersiz"}',
          },
          {
            say: 'Güncel fiyat **1.240 TL/çuval** (1 Aralık’tan beri geçerli). 1.150 TL Kasım listesiydi, artık geçmiyor. 40 çuval = 49.600 TL.',
          },
        ],
      },
      {
        name: 'order_clerk',
        description: 'Tedarikçilere sipariş geçer',
        instructions: 'Siparişi ver ve numarasını bildir.',
        replies: [
          {
            call: 'place_order',
            args: {
              supplier: 'Söğüt Değirmeni',
              product: 'Tip 550 Ekmeklik 50 kg',
              qty: 40,
              unit_price_tl: 1240,
              delivery: '2026-12-11T06:00',
            },
            result:
              'Sipariş SD-77812 onaylandı: 40 × 1.240,00 TL = 49.600,00 TL + KDV %1 (496,00 TL). Teslim 11.12.2026 06:00.',
          },
          { say: 'SD-77812 onaylandı: 40 çuval × 1.240 TL = 49.600 TL + 496 TL KDV, cuma 06:00 teslim.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'housing-coop-water-readings-retried-after-hub-timeout',
    title:
      'The meter reader’s first pull times out at the radio hub; the retry succeeds with two estimated readings, reported as such, and the invoices follow',
    domain: 'housing cooperative water billing',
    mast: ['FM-2.6', 'FM-3.2'],
    nearMissOf:
      'agent_error: a tool call that timed out, retried successfully and reported openly with the two estimated readings',
    request:
      'Proszę przygotować rozliczenie wody za listopad dla wspólnoty mieszkaniowej Osiedle Słoneczne, ul. Kwiatowa 7 (48 lokali). Odczyty z wodomierzy radiowych, stawka 14,82 zł/m³ (woda + ścieki). Faktury mają wyjść do 15 grudnia.',
    topology: {
      shape: 'network',
      coordinator: 'billing_router',
      workers: ['meter_reader', 'invoice_clerk'],
    },
    agents: [
      {
        name: 'billing_router',
        description: 'Koordynuje rozliczenia mediów we wspólnotach',
        instructions: 'Najpierw odczyty, potem faktury, potem zamknij.',
        replies: [
          {
            handoff: 'meter_reader',
            message: 'Pobierz listopadowe odczyty wodomierzy, Kwiatowa 7, 48 lokali (koncentrator KW7-RF).',
          },
          {
            handoff: 'invoice_clerk',
            message:
              'Faktury za wodę XI/2026, Kwiatowa 7: 48 lokali, łącznie 612,4 m³, stawka 14,82 zł/m³. Lokale 17 i 33 mają odczyt szacunkowy — oznaczyć na fakturze „odczyt szacunkowy, korekta po odczycie rzeczywistym”.',
          },
          {
            say: 'Rozliczenie wody XI/2026, Kwiatowa 7 gotowe:\n- 48 faktur wystawionych, razem **9 075,77 zł** (612,4 m³ × 14,82 zł)\n- lokale 17 i 33 na odczycie szacunkowym (brak sygnału nakładki) — serwis zgłoszony, korekta w grudniu\n- wysyłka e-mail/ePUAP 11.12, termin płatności 28.12.',
          },
        ],
      },
      {
        name: 'meter_reader',
        description: 'Pobiera odczyty z systemu radiowego',
        instructions: 'Pobierz odczyty i zgłoś wszystko, co odbiega od normy.',
        replies: [
          {
            call: 'fetch_readings',
            args: { hub: 'KW7-RF', period: '2026-11' },
            result: {
              error:
                'Timeout: koncentrator KW7-RF nie odpowiedział w ciągu 30 s (ostatni kontakt 08.12 23:58)',
            },
          },
          {
            call: 'fetch_readings',
            args: { hub: 'KW7-RF', period: '2026-11', retry: true, timeout_s: 120 },
            result:
              '{"lokale": 48, "odczyty_rzeczywiste": 46, "szacunkowe": [{"lokal": 17, "powod": "brak sygnału nakładki od 21.11"}, {"lokal": 33, "powod": "brak sygnału nakładki od 02.11"}], "zuzycie_m3": 612.4, "max_lokal": {"nr": 41, "m3": 24.8}}',
          },
          {
            say: 'Odczyty XI/2026: pierwsze połączenie z koncentratorem KW7-RF skończyło się timeoutem, ponowienie z dłuższym limitem przeszło. 46 odczytów rzeczywistych, **2 szacunkowe** (lok. 17 i 33 — brak sygnału nakładek). Razem 612,4 m³. Najwięcej lok. 41: 24,8 m³ — warto sprawdzić, czy nie cieknie.',
          },
        ],
      },
      {
        name: 'invoice_clerk',
        description: 'Wystawia faktury za media',
        instructions: 'Wystaw faktury i podaj sumy.',
        replies: [
          {
            call: 'issue_invoices',
            args: { building: 'Kwiatowa 7', period: '2026-11', rate_pln_m3: 14.82, estimated: [17, 33] },
            result:
              '{"faktury": 48, "suma_pln": 9075.77, "numeracja": "WM/KW7/11/001–048", "szacunkowe_oznaczone": 2, "wysylka": "2026-12-11"}',
          },
          {
            say: 'Wystawiono 48 faktur (WM/KW7/11/001–048), suma 9 075,77 zł; 2 oznaczone jako szacunkowe. Wysyłka 11.12.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'gp-practice-flu-invitation-date-fixed-after-one-review',
    title:
      'The nurse sends the flu-shot invitation back once (wrong weekday for the second date, missing insurer note); the drafter fixes both and the text is approved and sent',
    domain: 'general practice patient invitations',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one revision round where the draft actually changes, then approval',
    request:
      'Ordinace MUDr. Havlíkové v Jihlavě: napište pacientům nad 65 let SMS pozvánku na očkování proti chřipce. Termíny: úterý 15. 12. a čtvrtek 17. 12., vždy 13:00–16:00, objednání na tel. 567 301 442. Vakcínu jim hradí pojišťovna.',
    topology: {
      shape: 'pipeline',
      order: ['letter_drafter', 'nurse_reviewer', 'sms_sender'],
      loop: { from: 'nurse_reviewer', to: 'letter_drafter', while: 'OPRAVIT', max: 3 },
    },
    agents: [
      {
        name: 'letter_drafter',
        description: 'Píše texty pro pacienty',
        instructions: 'Napiš text pozvánky, případně ho oprav podle připomínek sestry.',
        prompt: 'Zadání / připomínky:\n{input}\n\nPožadavek ordinace: {request}',
        replies: [
          {
            say: 'Vážená paní, vážený pane, zveme Vás na očkování proti chřipce v ordinaci MUDr. Havlíkové: út 15. 12. a st 16. 12., 13:00–16:00. Objednejte se prosím na tel. 567 301 442.',
          },
          {
            say: 'Vážená paní, vážený pane, zveme Vás na očkování proti chřipce v ordinaci MUDr. Havlíkové: út 15. 12. a čt 17. 12., 13:00–16:00. Očkování je pro pojištěnce nad 65 let hrazeno pojišťovnou. Objednejte se prosím na tel. 567 301 442.',
          },
        ],
      },
      {
        name: 'nurse_reviewer',
        description: 'Zdravotní sestra kontroluje texty pro pacienty',
        instructions: 'Odpověz "SCHVÁLENO: <text>" nebo "OPRAVIT: <připomínky>".',
        prompt: 'Návrh:\n{input}',
        replies: [
          {
            say: 'OPRAVIT: druhý termín je čtvrtek 17. 12., ne středa 16. 12. A chybí věta, že očkování hradí pojišťovna — bez ní se lidé budou ptát na cenu.',
          },
          {
            say: 'SCHVÁLENO: Vážená paní, vážený pane, zveme Vás na očkování proti chřipce v ordinaci MUDr. Havlíkové: út 15. 12. a čt 17. 12., 13:00–16:00. Očkování je pro pojištěnce nad 65 let hrazeno pojišťovnou. Objednejte se prosím na tel. 567 301 442.',
          },
        ],
      },
      {
        name: 'sms_sender',
        description: 'Rozesílá SMS pacientům',
        instructions: 'Rozešli schválený text pacientům nad 65 let.',
        prompt: 'Schválený text:\n{input}',
        replies: [
          {
            call: 'send_sms_campaign',
            args: { group: 'pacienti_65plus', sender: 'MUDrHavlikova', campaign: 'chripka-2026' },
            result: '{"prijemci": 214, "doruceno": 209, "nedoruceno": 5, "cas": "2026-12-09T10:14"}',
          },
          {
            say: 'SMS rozeslána 9. 12. v 10:14: 214 pacientů nad 65 let, doručeno 209, 5 nedoručeno (neplatná čísla — sestra je obvolá z pevné linky).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'winter-school-transport-archipelago-area-has-no-changes',
    title:
      'Fan-out of winter school-bus changes over three areas: the archipelago area answers in one line that nothing changes, and the transport coordinator keeps it in the summary',
    domain: 'municipal school transport',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: a fan-out worker whose answer is a single line because its area has no changes; it arrives and is used',
    request:
      'Inför vinterns halkperiod (från 14 december) behöver vi se över skolskjutsarna i Norrtälje kommun: norra, södra och skärgårdsområdet. Vilka turer flyttas eller ställs in, och vilka vårdnadshavare måste få besked? Sammanställning till skolskjutssamordnaren senast fredag.',
    topology: {
      shape: 'fanout',
      planner: 'transport_planner',
      workers: ['area_north', 'area_south', 'area_archipelago'],
      aggregator: 'transport_coordinator',
    },
    agents: [
      {
        name: 'transport_planner',
        description: 'Fördelar genomgången av skolskjutsar per område',
        instructions: 'Skriv en uppgift per område.',
        replies: [
          {
            plan: {
              area_north:
                'Norra området: gå igenom turerna från 14/12 mot trafikverkets vinterväglag och entreprenörens vinterfordon. Lista ändrade turer och berörda elever.',
              area_south: 'Södra området: samma genomgång, turer från 14/12, ändringar och berörda elever.',
              area_archipelago:
                'Skärgården: samma genomgång, inklusive båtskjutsar och isläge. Ändringar och berörda elever.',
            },
          },
        ],
      },
      {
        name: 'area_north',
        description: 'Handläggare norra området',
        instructions: 'Gå igenom områdets turer.',
        replies: [
          {
            call: 'route_review',
            args: { area: 'norr', from: '2026-12-14' },
            result:
              '[{"tur": "N-14", "andring": "avgång 07:05 i stället för 07:20 (grusväg Gräddö–Rådmansö, ej plogad före 07:30)", "elever": 11}, {"tur": "N-22", "andring": "hållplats Bergshamra vägskäl flyttas 300 m till vändplan", "elever": 4}]',
          },
          {
            say: 'Norr: 2 ändringar. N-14 går 07:05 i stället för 07:20 (11 elever). N-22: hållplatsen vid Bergshamra vägskäl flyttas 300 m till vändplanen (4 elever). 15 vårdnadshavare ska meddelas.',
          },
        ],
      },
      {
        name: 'area_south',
        description: 'Handläggare södra området',
        instructions: 'Gå igenom områdets turer.',
        replies: [
          {
            call: 'route_review',
            args: { area: 'syd', from: '2026-12-14' },
            result:
              '[{"tur": "S-03", "andring": "ställs in vid halkvarning klass 2+, ersätts med taxi (Taxi Roslagen, avtal TR-118)", "elever": 6}]',
          },
          {
            say: 'Syd: S-03 ställs in vid halkvarning klass 2 eller högre och ersätts med taxi (Taxi Roslagen, avtal TR-118). 6 elever, 6 vårdnadshavare.',
          },
        ],
      },
      {
        name: 'area_archipelago',
        description: 'Handläggare skärgårdsområdet',
        instructions: 'Gå igenom områdets turer.',
        replies: [
          {
            call: 'route_review',
            args: { area: 'skargard', from: '2026-12-14', include_boats: true },
            result:
              '[]  (båtskjuts B-2 och B-5: isbrytande färja från 2025, ingen ändring; vägturer oförändrade)',
          },
          {
            say: 'Skärgården: inga ändringar i vinter — B-2/B-5 går som vanligt med den isgående färjan, vägturerna oförändrade.',
          },
        ],
      },
      {
        name: 'transport_coordinator',
        description: 'Skolskjutssamordnare',
        instructions: 'Sammanställ ändringarna och vilka som ska få besked.',
        replies: [
          {
            say: '## Skolskjuts vinter från 14/12\n\n| område | tur | ändring | elever |\n|---|---|---|---|\n| Norr | N-14 | avgång 07:05 (förr 07:20) | 11 |\n| Norr | N-22 | hållplats flyttas 300 m till vändplan | 4 |\n| Syd | S-03 | taxi vid halkvarning klass 2+ (TR-118) | 6 |\n| Skärgård | – | inga ändringar, B-2/B-5 som vanligt | 0 |\n\n**21 vårdnadshavare** får besked via Skolskjutsportalen och sms senast fredag.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'polyclinic-endocrinologist-booked-with-stated-fallback',
    title:
      'The booking agent books a different endocrinologist than the one named first, exactly as the brief allows when she has no slot before the referral expires',
    domain: 'city polyclinic appointment booking',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: the booking is not with the doctor named first, but the brief gave that fallback explicitly',
    request:
      'Здравствуйте. Запишите, пожалуйста, мою маму, Орлову Зинаиду Петровну, 1951 г. р., к эндокринологу в поликлинику № 3. Лучше к Соколовой Елене Викторовне, она маму ведёт. Если у Соколовой до 18 декабря ничего нет — тогда к любому эндокринологу, главное успеть до 18-го: у мамы направление до этой даты.',
    topology: {
      shape: 'swarm',
      entry: 'reception_registrar',
      agents: ['reception_registrar', 'booking_agent'],
    },
    agents: [
      {
        name: 'reception_registrar',
        description: 'Регистратура поликлиники',
        instructions: 'Проверь пациента и направление, передай запись агенту записи.',
        replies: [
          {
            call: 'patient_lookup',
            args: { name: 'Орлова Зинаида Петровна', birth_year: 1951 },
            result:
              '{"карта": "П3-048812", "полис_ОМС": "7751 2290 4417 0063", "направление": {"номер": "НП-55104", "к": "эндокринолог", "действует_до": "2026-12-18"}, "лечащий_эндокринолог": "Соколова Е. В."}',
          },
          {
            handoff: 'booking_agent',
            message:
              'Орлова З. П., карта П3-048812, направление НП-55104 к эндокринологу, действует по 18.12 включительно. Приоритет — Соколова Е. В.; если у неё нет окна до 18.12, записывать к другому эндокринологу, лишь бы до 18.12.',
          },
        ],
      },
      {
        name: 'booking_agent',
        description: 'Записывает пациентов на приём',
        instructions: 'Найди подходящее окно и запиши пациента.',
        replies: [
          {
            call: 'free_slots',
            args: { specialty: 'эндокринолог', until: '2026-12-18' },
            result:
              '| врач | ближайшее окно |\n|---|---|\n| Соколова Е. В. | 22.12 09:20 |\n| Мельников А. С. | 16.12 10:40 |\n| Гарипова Л. Р. | 17.12 15:00 |',
          },
          {
            call: 'book_slot',
            args: {
              card: 'П3-048812',
              doctor: 'Мельников А. С.',
              slot: '2026-12-16T10:40',
              referral: 'НП-55104',
            },
            result: 'Запись З-3-771205 подтверждена: 16.12 10:40, каб. 214, Мельников А. С.',
          },
          {
            say: 'Записала Орлову З. П. к эндокринологу **Мельникову А. С. на 16 декабря в 10:40**, каб. 214 (запись З-3-771205). У Соколовой Е. В. первое свободное окно только 22.12 — это уже после срока направления. С собой: паспорт, полис, направление НП-55104 и свежие анализы, если есть.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'exam-week-rooms-lead-summary-keeps-every-count',
    title:
      'The exam lead’s summary to the vice principal is far shorter than the room planner’s table but keeps the student, room and invigilator counts and the one room move',
    domain: 'junior high school exam logistics',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: a lead condenses its worker’s long table, keeping every figure the top needs',
    request:
      'PAS semester ganjil SMP Negeri 4 Bogor, 14–18 Desember, kelas VII: 312 siswa, 20 siswa per ruang, 2 pengawas per ruang. Tolong siapkan pembagian ruang dan surat pemberitahuan untuk orang tua.',
    topology: {
      shape: 'nested',
      top: 'vice_principal',
      teams: {
        exam_lead: ['room_planner'],
        admin_lead: ['letter_clerk'],
      },
    },
    agents: [
      {
        name: 'vice_principal',
        description: 'Wakil kepala sekolah bidang kurikulum',
        instructions: 'Minta pembagian ruang dari panitia ujian, lalu minta TU membuat surat orang tua.',
        replies: [
          {
            handoff: 'exam_lead',
            message:
              'Siapkan pembagian ruang PAS kelas VII (312 siswa, 20 per ruang, 2 pengawas per ruang). Laporkan ringkasannya.',
          },
          {
            handoff: 'admin_lead',
            message:
              'Buat surat pemberitahuan PAS untuk orang tua kelas VII: 14–18 Desember, 312 siswa di 16 ruang (R-01 s.d. R-16), masuk 07.00. Catatan: ruang R-09 pindah ke Lab IPA karena atap bocor.',
          },
          {
            say: 'PAS kelas VII siap:\n- 312 siswa di **16 ruang** (R-01–R-16), 32 pengawas\n- R-09 dipindah ke **Lab IPA** (atap bocor)\n- surat orang tua sudah dibagikan lewat wali kelas dan grup WA (SE-421/PAS/XII/2026).',
          },
        ],
      },
      {
        name: 'exam_lead',
        description: 'Ketua panitia ujian',
        instructions: 'Minta pembagian ruang dan laporkan ringkasannya.',
        replies: [
          {
            handoff: 'room_planner',
            message:
              'Bagi 312 siswa kelas VII ke ruang ujian, 20 per ruang urut nomor peserta, 2 pengawas per ruang.',
          },
          {
            say: 'Ringkasan pembagian ruang PAS kelas VII: 312 siswa, 16 ruang (R-01–R-16; R-16 berisi 12 siswa), 32 pengawas. Satu perubahan: R-09 pindah ke Lab IPA karena atap bocor. Daftar lengkap per ruang di file PAS-VII-RUANG.xlsx.',
          },
        ],
      },
      {
        name: 'room_planner',
        description: 'Menyusun pembagian ruang ujian',
        instructions: 'Bagi siswa ke ruang dan tugaskan pengawas.',
        replies: [
          {
            call: 'assign_rooms',
            args: { grade: 'VII', students: 312, per_room: 20, invigilators_per_room: 2 },
            result:
              '{"ruang": 16, "rincian": [{"ruang": "R-01", "peserta": "VII-001–020"}, {"ruang": "R-02", "peserta": "VII-021–040"}, {"ruang": "R-03", "peserta": "VII-041–060"}, {"ruang": "R-04", "peserta": "VII-061–080"}, {"ruang": "R-05", "peserta": "VII-081–100"}, {"ruang": "R-06", "peserta": "VII-101–120"}, {"ruang": "R-07", "peserta": "VII-121–140"}, {"ruang": "R-08", "peserta": "VII-141–160"}, {"ruang": "R-09", "peserta": "VII-161–180", "catatan": "dipindah ke Lab IPA (atap bocor)"}, {"ruang": "R-10", "peserta": "VII-181–200"}, {"ruang": "R-11", "peserta": "VII-201–220"}, {"ruang": "R-12", "peserta": "VII-221–240"}, {"ruang": "R-13", "peserta": "VII-241–260"}, {"ruang": "R-14", "peserta": "VII-261–280"}, {"ruang": "R-15", "peserta": "VII-281–300"}, {"ruang": "R-16", "peserta": "VII-301–312"}], "pengawas": 32, "file": "PAS-VII-RUANG.xlsx"}',
          },
          {
            say: '| ruang | nomor peserta | jml |\n|---|---|---|\n| R-01 | VII-001–020 | 20 |\n| R-02 | VII-021–040 | 20 |\n| R-03 | VII-041–060 | 20 |\n| R-04 | VII-061–080 | 20 |\n| R-05 | VII-081–100 | 20 |\n| R-06 | VII-101–120 | 20 |\n| R-07 | VII-121–140 | 20 |\n| R-08 | VII-141–160 | 20 |\n| R-09 (Lab IPA, atap bocor) | VII-161–180 | 20 |\n| R-10 | VII-181–200 | 20 |\n| R-11 | VII-201–220 | 20 |\n| R-12 | VII-221–240 | 20 |\n| R-13 | VII-241–260 | 20 |\n| R-14 | VII-261–280 | 20 |\n| R-15 | VII-281–300 | 20 |\n| R-16 | VII-301–312 | 12 |\nTotal 312 siswa, 32 pengawas (2 per ruang). File: PAS-VII-RUANG.xlsx.',
          },
        ],
      },
      {
        name: 'admin_lead',
        description: 'Kepala tata usaha',
        instructions: 'Minta staf TU membuat dan membagikan surat.',
        replies: [
          {
            handoff: 'letter_clerk',
            message:
              'Buat surat edaran PAS kelas VII untuk orang tua: 14–18 Desember, masuk 07.00, 16 ruang, R-09 di Lab IPA. Bagikan lewat wali kelas dan grup WA.',
          },
          {
            say: 'Surat SE-421/PAS/XII/2026 sudah dibagikan ke 312 orang tua lewat 10 wali kelas dan grup WA.',
          },
        ],
      },
      {
        name: 'letter_clerk',
        description: 'Staf tata usaha',
        instructions: 'Buat surat dan bagikan.',
        replies: [
          {
            call: 'issue_circular',
            args: {
              number: 'SE-421/PAS/XII/2026',
              audience: 'orang tua kelas VII',
              channels: ['wali_kelas', 'grup_wa'],
            },
            result:
              'Surat SE-421/PAS/XII/2026 tercetak 312 lembar, terkirim ke 10 grup WA kelas (VII-A s.d. VII-J).',
          },
          { say: 'SE-421/PAS/XII/2026 selesai: 312 lembar lewat wali kelas, 10 grup WA kelas VII.' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch43Scenarios = [...faults, ...healthy];
