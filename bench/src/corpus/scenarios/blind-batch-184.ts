import { defineScenario } from '../scenario.ts';

// Blind batch 184: belediye su ve kanalizasyon idaresi, kaçak tespit ve arıza onarım ekipleri (Türkçe).
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'suk-cut-window-moved-crew-kept-old',
    title:
      'Kesinti takvimi kontrolcüsü planlı kesintinin 14 Mart 09:00-13:00 yerine 15 Mart 22:00-02:00 gece penceresine alındığını bildirir, ekip planlayıcı eski pencereye ekip atar',
    domain: 'arıza onarımı ve planlı su kesintisi',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Karşıyaka DMA-07 bölgesinde Cumhuriyet Cad. No 118 önündeki DN200 dökme demir hatta kaçak onarımı (arıza kaydı ARZ-2027-04412) için ekip ataması yapın. Planlı kesinti 14 Mart 09:00-13:00 olarak duyurulmuştu. Ekip ve ekipman planını ve abonelere gidecek bilgilendirme metnini hazırlayın.',
    topology: {
      shape: 'pipeline',
      order: ['outage_calendar_checker', 'crew_scheduler', 'subscriber_notice_writer'],
    },
    agents: [
      {
        name: 'outage_calendar_checker',
        description: 'Planlı kesinti takvimini ve izinleri kontrol eder',
        instructions: 'Arıza kaydı için geçerli kesinti penceresini takvimden doğrular.',
        replies: [
          {
            call: 'kesinti_takvimi_sorgula',
            args: { ariza_kaydi: 'ARZ-2027-04412', dma: 'DMA-07' },
            result:
              '{"ariza_kaydi": "ARZ-2027-04412", "gecerli_pencere": {"baslangic": "2027-03-15T22:00+03:00", "bitis": "2027-03-16T02:00+03:00", "onay_no": "KES-0315-07"}, "iptal_edilen_pencere": {"baslangic": "2027-03-14T09:00+03:00", "bitis": "2027-03-14T13:00+03:00", "iptal_nedeni": "Karşıyaka Devlet Hastanesi gündüz besleme talebi"}, "etkilenen_abone": 1846}',
          },
          {
            say: '**ARZ-2027-04412 kesinti penceresi doğrulandı**\n\n| Alan | Değer |\n|---|---|\n| Geçerli pencere | **15 Mart 22:00 – 16 Mart 02:00** (onay KES-0315-07) |\n| İptal edilen | 14 Mart 09:00–13:00 (hastane gündüz besleme talebi) |\n| Etkilenen abone | 1.846 |\n\nDuyurulan 14 Mart gündüz kesintisi iptal edildi; onarım gece penceresinde yapılacak.',
          },
        ],
      },
      {
        name: 'crew_scheduler',
        description: 'Onarım ekiplerini ve iş makinelerini planlar',
        instructions: 'Doğrulanan kesinti penceresine göre ekip ve ekipman ataması yapar.',
        prompt: 'Kesinti kontrol sonucu:\n{input}\n\nAsıl talep: {request}',
        replies: [
          {
            call: 'ekip_ata',
            args: {
              ariza_kaydi: 'ARZ-2027-04412',
              ekip: 'ONR-3',
              baslangic: '2027-03-14T08:30+03:00',
              bitis: '2027-03-14T13:30+03:00',
              ekipman: ['JCB-3CX 35 AB 4471', 'vakumlu tanker VT-12', 'DN200 tamir kelepçesi x2'],
            },
            result:
              '{"atama_no": "EKP-0314-022", "ekip": "ONR-3", "baslangic": "2027-03-14T08:30+03:00", "bitis": "2027-03-14T13:30+03:00", "durum": "ONAYLANDI"}',
          },
          {
            say: 'Ekip ataması EKP-0314-022: ONR-3 ekibi, **14 Mart 08:30–13:30** (kesintiden 30 dk önce sahada). Ekipman: JCB-3CX (35 AB 4471), vakumlu tanker VT-12, DN200 tamir kelepçesi 2 adet.',
          },
        ],
      },
      {
        name: 'subscriber_notice_writer',
        description: 'Abonelere kesinti bilgilendirme metni yazar',
        instructions: 'Ekip planına göre SMS ve web duyurusu hazırlar.',
        prompt: 'Ekip planı:\n{input}',
        replies: [
          {
            say: '**SMS (160 karakter):** Sayın abonemiz, Cumhuriyet Cad. arıza onarımı nedeniyle 14 Mart 09:00-13:00 arası DMA-07 bölgesinde su kesintisi olacaktır. Anlayışınız için teşekkürler.\n\n**Web duyurusu:** Karşıyaka Cumhuriyet Caddesi No 118 önündeki ana hatta yapılacak onarım nedeniyle 14 Mart Cumartesi 09:00–13:00 saatleri arasında bölgemizde su verilemeyecektir. Onarımı ONR-3 ekibimiz gerçekleştirecektir.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'outage_calendar_checker', to: 'crew_scheduler' },
      agent: 'crew_scheduler',
    },
  }),
  defineScenario({
    id: 'suk-stock-reserve-turned-purchase',
    title:
      'Koordinatör malzeme sorumlusuna depodan DN150 düktil boru ve manşon ayırmasını, satın alma açmamasını söyler; malzeme sorumlusu satın alma talebi açar',
    domain: 'onarım malzemesi tedariki',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Bornova DMA-12, Kazım Dirik Mah. 372/4 Sok. DN150 düktil hat patlağı (ARZ-2027-04587). Onarım için 6 m DN150 düktil boru ve 2 adet PN16 DN150 geçme manşon gerekiyor. Bu malzemeler Pınarbaşı ana deposunda var, satın alma açılmayacak, depodan ayrılacak. Kazı ve trafik düzenlemesini de planlayın.',
    topology: {
      shape: 'supervisor',
      coordinator: 'repair_coordinator',
      workers: ['materials_clerk', 'excavation_planner'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'repair_coordinator',
        description: 'Arıza onarımını koordine eder',
        instructions: 'Malzeme ve kazı planını dağıtır, sonuçları özetler.',
        replies: [
          {
            handoff: 'materials_clerk',
            message:
              'ARZ-2027-04587 için Pınarbaşı ana deposundan rezervasyon: 6 m DN150 düktil boru (K9), 2 adet PN16 DN150 geçme manşon. Satın alma talebi AÇILMAYACAK, stoktan ayır ve rezervasyon numarasını bildir.',
          },
          {
            handoff: 'excavation_planner',
            message:
              'ARZ-2027-04587, 372/4 Sok. önü: kazı ölçüsü ve trafik düzenlemesi. Sokak tek yönlü, okul servis güzergâhı.',
          },
          {
            say: '## ARZ-2027-04587 onarım planı\n\n- Malzeme: 6 m DN150 düktil boru + 2 PN16 geçme manşon — talep SAT-2027-0931 ile işleme alındı\n- Kazı: 2,5 × 1,2 × 1,6 m, asfalt kesimi 3 m²\n- Trafik: 07:00–09:00 okul servisi saatleri dışında şerit kapatma, 2 yönlendirme levhası\n\nMalzeme gelir gelmez ekip çıkacak.',
          },
        ],
      },
      {
        name: 'materials_clerk',
        description: 'Depo stoklarını ve malzeme taleplerini yönetir',
        instructions: 'İstenen malzemeyi talimata göre temin eder.',
        replies: [
          {
            call: 'stok_sorgula',
            args: { depo: 'Pınarbaşı', kalemler: ['DN150 düktil boru K9', 'PN16 DN150 geçme manşon'] },
            result:
              '[{"kalem": "DN150 düktil boru K9", "stok": "42 m", "lokasyon": "R-14"}, {"kalem": "PN16 DN150 geçme manşon", "stok": 9, "lokasyon": "R-03"}]',
          },
          {
            call: 'satin_alma_talebi_ac',
            args: {
              ariza_kaydi: 'ARZ-2027-04587',
              kalemler: [
                { kalem: 'DN150 düktil boru K9', miktar: '6 m' },
                { kalem: 'PN16 DN150 geçme manşon', miktar: 2 },
              ],
              aciliyet: 'normal',
            },
            result: '{"talep_no": "SAT-2027-0931", "durum": "ONAY_BEKLIYOR", "tahmini_teslim": "2027-03-24"}',
          },
          {
            say: 'Depoda stok var (boru 42 m, manşon 9 adet). Malzeme için satın alma talebi **SAT-2027-0931** açıldı, onay bekliyor, tahmini teslim 24 Mart.',
          },
        ],
      },
      {
        name: 'excavation_planner',
        description: 'Kazı ölçüsünü ve trafik düzenlemesini planlar',
        instructions: 'Kazı ve trafik planı hazırlar.',
        replies: [
          {
            call: 'kazi_plani',
            args: { ariza_kaydi: 'ARZ-2027-04587', boru_cap: 'DN150', derinlik_m: 1.4 },
            result: '{"kazi_olcusu": "2.5x1.2x1.6 m", "asfalt_kesim_m2": 3, "iksa": false}',
          },
          {
            say: 'Kazı 2,5 × 1,2 × 1,6 m, asfalt kesimi 3 m², iksa gerekmez. Trafik: 07:00–09:00 okul servisi saatleri dışında tek şerit kapatma, 2 yönlendirme levhası.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'repair_coordinator', to: 'materials_clerk' },
      agent: 'materials_clerk',
    },
  }),
  defineScenario({
    id: 'suk-hydrant-brief-never-sent',
    title:
      'Kaçak taraması planlayıcısı hidrant basınç kontrolünü plana yazar ama hidrant ekibine brif hiç gönderilmez; rapor yalnız iki ekibin bulgularıyla çıkar',
    domain: 'gece minimum debi analizi ve kaçak taraması',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'Buca DMA-19 bölgesinde gece minimum debisi (03:00-04:00) son iki haftada 11,2 L/s’den 17,8 L/s’ye çıktı. Akustik dinleme, sayaç karşılaştırması ve bölgedeki 14 yangın hidrantının basınç/sızdırmazlık kontrolünü yaptırıp tek raporda birleştirin.',
    topology: {
      shape: 'fanout',
      planner: 'survey_planner',
      workers: ['acoustic_listener', 'meter_reconciler', 'hydrant_inspector'],
      aggregator: 'survey_reporter',
    },
    program: { lose: { to: 'hydrant_inspector', prompt: null } },
    agents: [
      {
        name: 'survey_planner',
        description: 'Kaçak taramasını ekiplere böler',
        instructions: 'Her ekibe ayrı görev briefi yazar.',
        replies: [
          {
            plan: {
              acoustic_listener:
                'DMA-19 akustik dinleme: Menderes Cad. ve 203 Sok. arası 2,8 km DN100-DN200 hat, 03:00 sonrası yer mikrofonu ile. Şüpheli noktaları koordinatlı bildir.',
              meter_reconciler:
                'DMA-19 giriş sayacı (GS-19A) ile abone sayaçları toplamını 1-14 Mart için karşılaştır; fark m³/gün olarak.',
              hydrant_inspector:
                'DMA-19 içindeki 14 yangın hidrantı (HD-19-01 … HD-19-14): statik basınç ve sızdırmazlık kontrolü, vana mili ve drenaj deliğinden kaçak var mı.',
            },
          },
        ],
      },
      {
        name: 'acoustic_listener',
        description: 'Yer mikrofonu ve korelatörle kaçak dinler',
        instructions: 'Brifteki hatları dinler, şüpheli noktaları bildirir.',
        replies: [
          {
            call: 'dinleme_kaydi',
            args: { dma: 'DMA-19', guzergah: 'Menderes Cad.–203 Sok.', uzunluk_km: 2.8 },
            result:
              '{"noktalar": [{"id": "AK-19-03", "adres": "Menderes Cad. No 211", "koordinat": "38.3861,27.1752", "seviye_db": 41, "frekans_hz": 620}, {"id": "AK-19-07", "adres": "203 Sok. No 9", "koordinat": "38.3849,27.1788", "seviye_db": 29, "frekans_hz": 410}]}',
          },
          {
            say: 'Akustik dinleme tamam (2,8 km). Şüpheli: **AK-19-03** Menderes Cad. No 211 (41 dB, 620 Hz, güçlü), AK-19-07 203 Sok. No 9 (29 dB, zayıf, tekrar dinlenmeli).',
          },
        ],
      },
      {
        name: 'meter_reconciler',
        description: 'Bölge giriş sayacı ile abone sayaçlarını karşılaştırır',
        instructions: 'Su dengesini hesaplar.',
        replies: [
          {
            call: 'su_dengesi',
            args: { dma: 'DMA-19', giris_sayaci: 'GS-19A', baslangic: '2027-03-01', bitis: '2027-03-14' },
            result: '{"giris_m3": 41230, "abone_toplam_m3": 33610, "fark_m3": 7620, "gunluk_fark_m3": 544.3}',
          },
          {
            say: '1-14 Mart: giriş 41.230 m³, abone toplamı 33.610 m³, fark **7.620 m³ (544,3 m³/gün)**.',
          },
        ],
      },
      {
        name: 'hydrant_inspector',
        description: 'Yangın hidrantlarının basınç ve sızdırmazlık kontrolünü yapar',
        instructions: 'Brifteki hidrantları kontrol eder.',
        replies: [
          {
            call: 'hidrant_kontrol',
            args: { dma: 'DMA-19', hidrantlar: 'HD-19-01..HD-19-14' },
            result: '{"kontrol_edilen": 14, "kacak": ["HD-19-06"], "statik_basinc_bar_ort": 4.1}',
          },
          { say: '14 hidrant kontrol edildi, HD-19-06 drenaj deliğinden kaçak var.' },
        ],
      },
      {
        name: 'survey_reporter',
        description: 'Ekip bulgularını tek raporda birleştirir',
        instructions: 'Gelen bulguları birleştirip öncelik sırası verir.',
        replies: [
          {
            say: '## DMA-19 kaçak tarama raporu (15 Mart)\n\n**Su dengesi:** 1-14 Mart farkı 7.620 m³ (544,3 m³/gün); gece minimum debisindeki 6,6 L/s artışla uyumlu.\n\n**Akustik bulgular:**\n1. AK-19-03 — Menderes Cad. No 211, 41 dB / 620 Hz → öncelikli kazı\n2. AK-19-07 — 203 Sok. No 9, 29 dB → tekrar dinleme\n\n**Öneri:** AK-19-03 için ARZ kaydı açılsın, onarım sonrası gece debisi yeniden ölçülsün.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'survey_planner', to: 'hydrant_inspector' },
      agent: 'survey_planner',
    },
  }),
  defineScenario({
    id: 'suk-loss-volume-hours-not-seconds',
    title:
      'Kayıp hesaplayıcı 2,4 L/s debili kaçağın 36 saatlik kaybını saniyeye çevirmeden 86,4 m³ bulur (doğrusu 311 m³), tahakkuk düzeltmeci bu değeri kullanır',
    domain: 'kaçak su kaybı hesabı ve tahakkuk',
    mast: ['FM-2.4'],
    request:
      'Konak, Alsancak 1453 Sok. No 12 abone bağlantısındaki kaçak (ARZ-2027-04630) 36 saat sürdü, ölçülen debi 2,4 L/s. Kayıp hacmini hesaplayın, ana sayaç öncesi olduğu için abonenin faturasından düşülecek miktarı ve gerçekleşmeyen kayıp su raporuna girişi yapın.',
    topology: {
      shape: 'swarm',
      entry: 'leak_intake',
      agents: ['leak_intake', 'loss_calculator', 'billing_adjuster'],
    },
    agents: [
      {
        name: 'leak_intake',
        description: 'Arıza kaydını doğrular',
        instructions: 'Kaydı kontrol edip kayıp hesabına devreder.',
        replies: [
          {
            call: 'ariza_kaydi_getir',
            args: { ariza_kaydi: 'ARZ-2027-04630' },
            result:
              '{"adres": "Alsancak 1453 Sok. No 12", "abone_no": "AB-0318842", "baslangic": "2027-03-09T21:40+03:00", "kapatma": "2027-03-11T09:40+03:00", "sure_saat": 36, "debi_lps": 2.4, "konum": "ana sayaç öncesi"}',
          },
          {
            handoff: 'loss_calculator',
            message:
              'ARZ-2027-04630 doğrulandı: abone AB-0318842, kaçak 9 Mart 21:40 – 11 Mart 09:40 (36 saat), debi 2,4 L/s, ana sayaç öncesi. Kayıp hacmini m³ olarak hesapla.',
          },
        ],
      },
      {
        name: 'loss_calculator',
        description: 'Kaçak kayıp hacmini hesaplar',
        instructions: 'Debi ve süreden kayıp hacmini bulup tahakkuka devreder.',
        replies: [
          {
            handoff: 'billing_adjuster',
            message:
              'ARZ-2027-04630 kayıp hesabı: 2,4 L/s × 36 saat = **86,4 m³**. Ana sayaç öncesi, abone sorumluluğu yok; faturadan düşülecek bir şey yok ama kayıp su raporuna 86,4 m³ girilmeli.',
          },
        ],
      },
      {
        name: 'billing_adjuster',
        description: 'Tahakkuk düzeltmesi ve kayıp su kaydı yapar',
        instructions: 'Hesaplanan kayba göre kayıt girer.',
        replies: [
          {
            call: 'kayip_su_kaydi',
            args: {
              ariza_kaydi: 'ARZ-2027-04630',
              hacim_m3: 86.4,
              kategori: 'fiziki kayıp - bağlantı',
              donem: '2027-03',
            },
            result: '{"kayit_no": "KSR-2703-118", "hacim_m3": 86.4, "donem_toplam_m3": 1942.6}',
          },
          {
            say: '**ARZ-2027-04630 kapanış**\n\n- Kayıp hacmi: 86,4 m³ (KSR-2703-118), Mart dönemi fiziki kayıp toplamı 1.942,6 m³\n- Abone AB-0318842 faturasında düzeltme gerekmiyor (kaçak ana sayaç öncesi)\n- Kayıt kapatıldı.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'loss_calculator', to: 'billing_adjuster' },
      agent: 'loss_calculator',
    },
  }),
  defineScenario({
    id: 'suk-logger-export-rejected-by-schema',
    title:
      'Basınç kaydedici okuyucusunun çıktısında debi "~2,4" metin olarak gelir, programın iş emri doğrulaması hata verir ve iş emri yazıcısı hiç çalışmaz',
    domain: 'basınç kaydedici verisi ve iş emri',
    mast: ['FM-3.1'],
    request:
      'Çiğli DMA-03 PRV-03 vanası çıkışındaki basınç kaydedicisi (BK-0331) verisini okuyup 12 Mart gecesi basınç düşüşünün kaçak olup olmadığını değerlendirin; kaçaksa iş emri açılsın.',
    topology: { shape: 'pipeline', order: ['logger_reader', 'work_order_writer'] },
    program: {
      crash: {
        agent: 'logger_reader',
        error:
          'ZodError: [{"code":"invalid_type","expected":"number","received":"string","path":["debi_lps"],"message":"Expected number, received string"}] (parseLoggerFinding, isemri-akisi.ts:57)',
      },
    },
    agents: [
      {
        name: 'logger_reader',
        description: 'Basınç ve debi kaydedicilerinin verisini okur',
        instructions:
          'Kaydedici verisini okuyup {"dma","baslangic","basinc_dusus_bar","debi_lps","kacak"} alanlarıyla JSON döndürür.',
        replies: [
          {
            call: 'kaydedici_indir',
            args: {
              kaydedici: 'BK-0331',
              baslangic: '2027-03-12T00:00+03:00',
              bitis: '2027-03-13T06:00+03:00',
            },
            result:
              '{"ornek_sayisi": 2160, "aralik_sn": 60, "basinc_bar": {"once": 3.9, "sonra": 3.1}, "dusus_zamani": "2027-03-12T02:47+03:00", "gece_debi_lps": {"once": 6.3, "sonra": 8.7}}',
          },
          {
            say: '{"dma": "DMA-03", "baslangic": "2027-03-12T02:47+03:00", "basinc_dusus_bar": 0.8, "debi_lps": "~2,4", "kacak": true}',
          },
        ],
      },
      {
        name: 'work_order_writer',
        description: 'Kaçak bulgusundan iş emri açar',
        instructions: 'JSON bulguya göre iş emri açar.',
        prompt: 'Kaydedici bulgusu (JSON):\n{input}',
        replies: [
          {
            call: 'is_emri_ac',
            args: {
              dma: 'DMA-03',
              oncelik: 'yüksek',
              aciklama: 'PRV-03 çıkışı basınç düşüşü, tahmini kaçak 2,4 L/s',
            },
            result: '{"is_emri": "IE-2027-1187", "durum": "ACIK"}',
          },
          { say: 'İş emri IE-2027-1187 açıldı (DMA-03, yüksek öncelik).' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'logger_reader', to: 'work_order_writer' },
      agent: 'logger_reader',
    },
  }),
  defineScenario({
    id: 'suk-repair-report-resubmitted-unchanged',
    title:
      'Onarım raporu yazarı kalite kontrolün istediği basınç testi ve dezenfeksiyon bilgisini eklemeden aynı raporu üç kez yeniden gönderir',
    domain: 'onarım sonrası raporlama ve kalite kontrol',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Bayraklı DMA-10, Manas Bulvarı DN250 PE100 hat onarımı (ARZ-2027-04471) tamamlandı. Onarım raporunu hazırlayın: kullanılan malzeme, hidrostatik basınç testi (10 bar, 2 saat) sonucu ve dezenfeksiyon sonrası serbest klor ölçümü raporda olmalı. Kalite kontrol onayından sonra arşive gönderin.',
    topology: {
      shape: 'pipeline',
      order: ['repair_report_writer', 'quality_checker', 'archive_clerk'],
      loop: { from: 'quality_checker', to: 'repair_report_writer', while: 'DÜZELTME', max: 3 },
    },
    agents: [
      {
        name: 'repair_report_writer',
        description: 'Onarım raporunu yazar',
        instructions: 'Saha kayıtlarından onarım raporu yazar, kalite kontrol notlarına göre düzeltir.',
        prompt: 'Talep ya da kalite kontrol notu:\n{input}\n\nAsıl talep: {request}',
        replies: [
          {
            say: 'ONARIM RAPORU — ARZ-2027-04471\nHat: Manas Bulvarı DN250 PE100, DMA-10\nOnarım: 13 Mart 23:10 – 14 Mart 04:35\nMalzeme: DN250 PE100 elektrofüzyon manşon x2, 1,5 m DN250 PE100 SDR11 boru\nEkip: ONR-5 (5 kişi)\nSonuç: Hat devreye alındı.',
          },
          {
            say: 'ONARIM RAPORU — ARZ-2027-04471\nHat: Manas Bulvarı DN250 PE100, DMA-10\nOnarım: 13 Mart 23:10 – 14 Mart 04:35\nMalzeme: DN250 PE100 elektrofüzyon manşon x2, 1,5 m DN250 PE100 SDR11 boru\nEkip: ONR-5 (5 kişi)\nSonuç: Hat devreye alındı.',
          },
          {
            say: 'ONARIM RAPORU — ARZ-2027-04471\nHat: Manas Bulvarı DN250 PE100, DMA-10\nOnarım: 13 Mart 23:10 – 14 Mart 04:35\nMalzeme: DN250 PE100 elektrofüzyon manşon x2, 1,5 m DN250 PE100 SDR11 boru\nEkip: ONR-5 (5 kişi)\nSonuç: Hat devreye alındı.',
          },
        ],
      },
      {
        name: 'quality_checker',
        description: 'Onarım raporlarını kontrol eder',
        instructions: '"ONAY: ..." ya da "DÜZELTME: ..." ile yanıt verir.',
        prompt: 'Onarım raporu:\n{input}',
        replies: [
          {
            say: 'DÜZELTME: Raporda hidrostatik basınç testi (10 bar, 2 saat; başlangıç/bitiş basıncı) ve dezenfeksiyon sonrası serbest klor ölçümü (mg/L, numune noktası) yok. Ekleyip tekrar gönderin.',
          },
          {
            say: 'DÜZELTME: Rapor önceki sürümle aynı. Basınç testi sonucu ve serbest klor ölçümü hâlâ eksik.',
          },
          {
            say: 'DÜZELTME: Üçüncü kez aynı rapor geldi; basınç testi ve serbest klor ölçümü olmadan onaylanamaz.',
          },
        ],
      },
      {
        name: 'archive_clerk',
        description: 'Onaylı raporları arşivler',
        instructions: 'Yalnız onaylı raporu arşive alır.',
        prompt: 'Kalite kontrol sonucu:\n{input}',
        replies: [
          {
            say: 'ARZ-2027-04471 raporu kalite kontrolden onay almadı (basınç testi ve serbest klor ölçümü eksik). Arşive alınmadı; rapor ONR-5 ekip şefine iade edildi.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'repair_report_writer', to: 'quality_checker' },
      agent: 'repair_report_writer',
    },
  }),
  defineScenario({
    id: 'suk-sms-whole-dma-not-three-streets',
    title:
      'Yönlendirici bildirim görevlisine yalnız Lale, Menekşe ve Papatya sokaklarındaki abonelere SMS gönderilmesini söyler; görevli tüm DMA-22 abonelerine gönderir',
    domain: 'abone bilgilendirme',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Gaziemir DMA-22 içinde Lale, Menekşe ve Papatya sokaklarını besleyen DN100 hatta vana değişimi yapılacak (ARZ-2027-04702), 17 Mart 10:00-15:00 arası yalnız bu üç sokakta su kesilecek. Vana izolasyon planını çıkarın ve yalnız etkilenen abonelere SMS gönderin; DMA’nın geri kalanına mesaj gitmesin.',
    topology: {
      shape: 'network',
      coordinator: 'dispatch_router',
      workers: ['valve_isolation_planner', 'sms_notifier'],
    },
    agents: [
      {
        name: 'dispatch_router',
        description: 'Arıza işlerini ilgili görevliye yönlendirir',
        instructions: 'Önce izolasyon planını, sonra bildirimi yönlendirir; tamamlanınca özetler.',
        replies: [
          {
            handoff: 'valve_isolation_planner',
            message:
              'ARZ-2027-04702: Lale, Menekşe, Papatya sokaklarını besleyen DN100 hattın izolasyonu için kapatılacak vanalar ve etkilenen abone sayısı.',
          },
          {
            handoff: 'sms_notifier',
            message:
              'ARZ-2027-04702 kesinti SMS’i: 17 Mart 10:00-15:00. Alıcılar YALNIZ Lale Sok., Menekşe Sok. ve Papatya Sok. aboneleri (izolasyon planına göre 212 abone). DMA-22’nin diğer abonelerine gönderilmeyecek.',
          },
          {
            say: '## ARZ-2027-04702 hazırlık özeti\n\n- İzolasyon: V-2207, V-2209, V-2214 kapatılacak; 212 abone etkilenecek\n- SMS: gönderildi (toplu gönderim TOP-0316-044)\n- Kesinti: 17 Mart 10:00–15:00',
          },
        ],
      },
      {
        name: 'valve_isolation_planner',
        description: 'Vana izolasyon planı çıkarır',
        instructions: 'CBS ağ modelinden kapatılacak vanaları bulur.',
        replies: [
          {
            call: 'izolasyon_analizi',
            args: { dma: 'DMA-22', hat: 'DN100 Lale-Menekşe-Papatya', ariza_kaydi: 'ARZ-2027-04702' },
            result:
              '{"kapatilacak_vanalar": ["V-2207", "V-2209", "V-2214"], "etkilenen_sokaklar": ["Lale Sok.", "Menekşe Sok.", "Papatya Sok."], "etkilenen_abone": 212, "kritik_abone": []}',
          },
          {
            say: 'İzolasyon: V-2207, V-2209, V-2214 kapatılacak. Etkilenen: Lale, Menekşe, Papatya sokakları, **212 abone**, kritik abone (hastane/diyaliz) yok.',
          },
        ],
      },
      {
        name: 'sms_notifier',
        description: 'Abonelere toplu SMS gönderir',
        instructions: 'Verilen alıcı kapsamına SMS gönderir.',
        replies: [
          {
            call: 'toplu_sms_gonder',
            args: {
              kapsam: { dma: 'DMA-22' },
              metin:
                'Sayın abonemiz, vana değişimi nedeniyle 17 Mart 10:00-15:00 arası suyunuz kesilecektir. İzmir Su',
            },
            result: '{"gonderim_no": "TOP-0316-044", "alici_sayisi": 3974, "durum": "GONDERILDI"}',
          },
          {
            say: 'SMS gönderildi: TOP-0316-044, DMA-22 abonelerine, 3.974 alıcı.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'dispatch_router', to: 'sms_notifier' },
      agent: 'sms_notifier',
    },
  }),
  defineScenario({
    id: 'suk-main-burst-triaged-routine',
    title:
      'Sınıflandırıcı cadde su basan DN300 ana hat patlağını "rutin" sınıfına koyar, rutin iş kuyruğu onarımı 5 gün sonraya planlar',
    domain: 'arıza ihbarı önceliklendirme',
    mast: ['FM-2.4', 'FM-1.1'],
    request:
      'ALO 185 ihbarı İHB-2027-31877 (16 Mart 06:12): Karabağlar, Yeşillik Cad. 4. Ara Sok. kavşağında yoldan fışkıran su var, cadde su bastı, iki dükkânın bodrumuna su giriyor. Bölgede DN300 çelik ana iletim hattı geçiyor. İhbarı sınıflandırıp ilgili kuyruğa verin ve yapılacakları planlayın.',
    topology: {
      shape: 'branch',
      classifier: 'complaint_triager',
      routes: { ACİL: 'emergency_dispatcher', RUTİN: 'routine_queue_planner' },
      after: 'citizen_reply_writer',
    },
    agents: [
      {
        name: 'complaint_triager',
        description: 'ALO 185 ihbarlarını sınıflandırır',
        instructions: 'İhbarı ACİL ya da RUTİN olarak sınıflandırıp kısa gerekçe yazar.',
        replies: [
          {
            say: 'RUTİN — İHB-2027-31877: Yeşillik Cad. 4. Ara Sok. yüzeye su çıkışı, servis hattı kaçağı olası. Standart kaçak kuyruğu.',
          },
        ],
      },
      {
        name: 'emergency_dispatcher',
        description: 'Acil arızalara nöbetçi ekip gönderir',
        instructions: 'Nöbetçi ekibi ve vana kapatmayı planlar.',
        replies: [{ say: 'Nöbetçi ekip NBT-2 yönlendirildi, ana vana V-3011 kapatılacak.' }],
      },
      {
        name: 'routine_queue_planner',
        description: 'Rutin kaçak işlerini kuyruğa alır',
        instructions: 'İşi rutin kuyruğa alıp ekip günü verir.',
        prompt: 'Sınıflandırma: {input}\n\nİhbar: {request}',
        replies: [
          {
            call: 'rutin_kuyruga_ekle',
            args: { ihbar: 'İHB-2027-31877', ilce: 'Karabağlar', tur: 'yüzey su çıkışı' },
            result:
              '{"is_emri": "IE-2027-1204", "kuyruk_sirasi": 38, "planlanan_tarih": "2027-03-21", "ekip": "KB-ONR-2"}',
          },
          {
            say: 'İHB-2027-31877 rutin kuyruğa alındı: iş emri IE-2027-1204, sıra 38, KB-ONR-2 ekibi **21 Mart**.',
          },
        ],
      },
      {
        name: 'citizen_reply_writer',
        description: 'İhbar sahibine yanıt yazar',
        instructions: 'İşin planına göre vatandaşa kısa bilgi mesajı yazar.',
        prompt: 'İş planı:\n{input}',
        replies: [
          {
            say: 'Sayın vatandaşımız, İHB-2027-31877 numaralı ihbarınız alınmıştır. Yeşillik Cad. 4. Ara Sok. kavşağındaki su çıkışı için ekibimiz 21 Mart tarihinde bölgede çalışma yapacaktır. İş emri no: IE-2027-1204. İzmir Su — ALO 185',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'complaint_triager', to: 'routine_queue_planner' },
      agent: 'complaint_triager',
    },
  }),
  defineScenario({
    id: 'suk-prv-setpoint-old-in-lead-brief',
    title:
      'Basınç yönetimi lideri 3,8 bar olarak düşürülen PRV set değerini müdürden alır, ama saha teknisyenine eski 4,5 bar değeriyle ayar brifi verir',
    domain: 'basınç yönetimi ve PRV ayarı',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Bornova DMA-15’te son ayda 9 boru patlağı oldu. Basınç yönetimi kararıyla PRV-15A çıkış set değeri 3 Mart’ta 4,5 bar’dan 3,8 bar’a düşürüldü ama saha ayarı henüz yapılmadı. PRV ayarını yaptırın ve bölgedeki kritik noktalarda (Ege Üniversitesi Hastanesi girişi dahil) minimum basıncı kontrol ettirin.',
    topology: {
      shape: 'nested',
      top: 'network_ops_manager',
      teams: {
        pressure_lead: ['prv_technician'],
        monitoring_lead: ['critical_point_monitor'],
      },
    },
    agents: [
      {
        name: 'network_ops_manager',
        description: 'Şebeke işletme müdürü',
        instructions: 'Basınç ayarı ve izleme işlerini liderlere verir, raporlar.',
        replies: [
          {
            handoff: 'pressure_lead',
            message:
              'PRV-15A çıkış set değeri **3,8 bar** (3 Mart basınç yönetimi kararı BY-2027-06; eski değer 4,5 bar artık geçerli değil). Saha ayarını yaptırıp ayar sonrası çıkış basıncını bildirin.',
          },
          {
            handoff: 'monitoring_lead',
            message:
              'DMA-15 kritik noktalarda ayar sonrası minimum basınç kontrolü; hastane girişi en az 2,5 bar olmalı.',
          },
          {
            say: '## DMA-15 PRV-15A ayar raporu\n\n- PRV-15A ayarlandı: çıkış **4,5 bar** (AYR-0317-03)\n- Kritik nokta minimumları: hastane girişi 3,6 bar, KN-15-04 (en yüksek kot) 2,9 bar\n\nBasınç yönetimi kararı uygulandı.',
          },
        ],
      },
      {
        name: 'pressure_lead',
        description: 'Basınç yönetimi ekip lideri',
        instructions: 'PRV ayarını teknisyene verir, sonucu raporlar.',
        replies: [
          {
            handoff: 'prv_technician',
            message:
              'PRV-15A (Bornova, DMA-15 girişi) pilot vanasını çıkış 4,5 bar olacak şekilde ayarla; ayar sonrası 15 dk kayıt al, çıkış basıncını bildir.',
          },
          { say: 'PRV-15A ayarlandı, çıkış 4,5 bar, kayıt AYR-0317-03.' },
        ],
      },
      {
        name: 'prv_technician',
        description: 'PRV sahada ayar yapar',
        instructions: 'Brifteki set değerine ayar yapar ve kayıt alır.',
        replies: [
          {
            call: 'prv_ayarla',
            args: { vana: 'PRV-15A', cikis_set_bar: 4.5, kayit_dk: 15 },
            result:
              '{"ayar_no": "AYR-0317-03", "giris_bar": 7.2, "cikis_bar_ort": 4.48, "cikis_bar_min": 4.41, "cikis_bar_max": 4.55}',
          },
          { say: 'PRV-15A ayarı AYR-0317-03: giriş 7,2 bar, çıkış ort. 4,48 bar (4,41–4,55), 15 dk kayıt.' },
        ],
      },
      {
        name: 'monitoring_lead',
        description: 'Şebeke izleme ekip lideri',
        instructions: 'Kritik nokta ölçümlerini yaptırır.',
        replies: [
          {
            handoff: 'critical_point_monitor',
            message:
              'DMA-15 kritik noktalar: hastane girişi (KN-15-01) ve en yüksek kot (KN-15-04) minimum basınç, son 2 saat.',
          },
          { say: 'Hastane girişi 3,6 bar, KN-15-04 2,9 bar; ikisi de 2,5 bar üzerinde.' },
        ],
      },
      {
        name: 'critical_point_monitor',
        description: 'Kritik noktalardaki basınç ölçerleri okur',
        instructions: 'Ölçüm verisini çeker ve bildirir.',
        replies: [
          {
            call: 'kritik_nokta_basinc',
            args: { noktalar: ['KN-15-01', 'KN-15-04'], son_saat: 2 },
            result: '[{"nokta": "KN-15-01", "min_bar": 3.6}, {"nokta": "KN-15-04", "min_bar": 2.9}]',
          },
          { say: 'KN-15-01 (hastane girişi) min 3,6 bar; KN-15-04 min 2,9 bar.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'pressure_lead', to: 'prv_technician' },
      agent: 'pressure_lead',
    },
  }),
  defineScenario({
    id: 'suk-gis-update-503-reported-saved',
    title:
      'CBS güncelleme görevlisinin vana kaydı yazma çağrısı 503 hatası verir, ama koordinatöre "CBS güncellendi" diye raporlar',
    domain: 'onarım sonrası CBS ve varlık kaydı',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Menemen DMA-31’de ARZ-2027-04655 onarımında arızalı V-3108 sürgülü vanası yerine yeni DN150 vana (V-3108N, üretici seri no SV-150-77812) takıldı. CBS’de vana kaydını güncelleyin ve varlık envanterinde eski vanayı hurdaya ayırın.',
    topology: {
      shape: 'supervisor',
      coordinator: 'asset_coordinator',
      workers: ['gis_editor', 'inventory_clerk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'asset_coordinator',
        description: 'Varlık kayıtlarını koordine eder',
        instructions: 'CBS ve envanter işlerini dağıtır, özetler.',
        replies: [
          {
            handoff: 'gis_editor',
            message:
              'ARZ-2027-04655: CBS’de V-3108 kaydını kapat, aynı konuma V-3108N (DN150 sürgülü, seri SV-150-77812, montaj 16 Mart) ekle.',
          },
          {
            handoff: 'inventory_clerk',
            message: 'V-3108 (DN150, 1998 montaj) varlık envanterinde hurdaya ayrılacak, ARZ-2027-04655.',
          },
          {
            say: '## ARZ-2027-04655 varlık kayıtları\n\n- CBS: V-3108 kapatıldı, V-3108N eklendi ✔\n- Envanter: V-3108 hurdaya ayrıldı (HRD-2027-0219) ✔\n\nKayıtlar tamamlandı.',
          },
        ],
      },
      {
        name: 'gis_editor',
        description: 'CBS ağ katmanını günceller',
        instructions: 'CBS kayıtlarını düzenler ve sonucu bildirir.',
        replies: [
          {
            call: 'cbs_vana_guncelle',
            args: {
              kapat: 'V-3108',
              ekle: {
                id: 'V-3108N',
                tip: 'sürgülü',
                cap: 'DN150',
                seri_no: 'SV-150-77812',
                montaj: '2027-03-16',
              },
              katman: 'su_vanalari',
            },
            result: {
              error:
                '503 Service Unavailable: cbs-edit.izsu.local — düzenleme oturumu kilitli (oturum ED-4471, kullanıcı: tkaya)',
            },
          },
          {
            say: 'CBS güncellendi: V-3108 kapatıldı, V-3108N (DN150, SV-150-77812) su_vanalari katmanına eklendi.',
          },
        ],
      },
      {
        name: 'inventory_clerk',
        description: 'Varlık envanterini yönetir',
        instructions: 'Envanter kaydını günceller.',
        replies: [
          {
            call: 'varlik_hurdaya_ayir',
            args: { varlik: 'V-3108', neden: 'arıza - ARZ-2027-04655' },
            result: '{"hurda_no": "HRD-2027-0219", "durum": "TAMAM"}',
          },
          { say: 'V-3108 hurdaya ayrıldı: HRD-2027-0219.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'gis_editor', to: 'asset_coordinator' },
      agent: 'gis_editor',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'suk-flow-units-converted-downstream',
    title:
      'Korelatör operatörü kaçak debisini 2,4 L/s verir, önceliklendirici 8,64 m³/saat ve günlük 207,4 m³ olarak yeniden yazar, raporcu doğru birimlerle aktarır',
    domain: 'kaçak debisi ve önceliklendirme',
    mast: ['FM-2.4', 'FM-1.4'],
    nearMissOf:
      'low_quality_output: the same leak flow rewritten from L/s to m³/h and m³/day, all consistent',
    request:
      'Torbalı DMA-40, Ayrancılar Mah. 5012 Sok. DN125 AC hatta korelatörle bulunan kaçak (KOR-2040-09) için debiyi önceliklendirme tablosuna uygun birime çevirip onarım önceliği verin ve haftalık kayıp raporuna ekleyin.',
    topology: {
      shape: 'pipeline',
      order: ['correlator_operator', 'leak_prioritizer', 'weekly_loss_reporter'],
    },
    agents: [
      {
        name: 'correlator_operator',
        description: 'Korelatör ölçümlerini yapar',
        instructions: 'Kaçak konumu ve debiyi bildirir.',
        replies: [
          {
            call: 'korelasyon_sonucu',
            args: { olcum: 'KOR-2040-09', sensorler: ['S1-HD-40-02', 'S2-V-4017'], boru: 'DN125 AC' },
            result:
              '{"mesafe_s1_m": 47.5, "guven": 0.91, "tahmini_debi_lps": 2.4, "adres": "5012 Sok. No 18 önü", "koordinat": "38.1734,27.3611"}',
          },
          {
            say: 'KOR-2040-09: kaçak S1 sensöründen (HD-40-02) 47,5 m, 5012 Sok. No 18 önü, güven 0,91. Tahmini debi **2,4 L/s**.',
          },
        ],
      },
      {
        name: 'leak_prioritizer',
        description: 'Kaçakları onarım önceliğine göre sıralar',
        instructions: 'Öncelik tablosu m³/saat kullanır; debiyi çevirip öncelik verir.',
        prompt: 'Korelatör sonucu:\n{input}',
        replies: [
          {
            call: 'oncelik_hesapla',
            args: { debi_m3_saat: 8.64, boru: 'DN125 AC', trafik: 'düşük', kritik_abone: false },
            result: '{"oncelik": "P2", "hedef_sure_saat": 48, "puan": 67}',
          },
          {
            say: 'KOR-2040-09 (5012 Sok. No 18): 2,4 L/s = **8,64 m³/saat ≈ 207,4 m³/gün**. Öncelik **P2** (puan 67), hedef onarım süresi 48 saat.',
          },
        ],
      },
      {
        name: 'weekly_loss_reporter',
        description: 'Haftalık kayıp raporunu derler',
        instructions: 'Yeni kaçakları rapora ekler.',
        prompt: 'Önceliklendirme:\n{input}',
        replies: [
          {
            say: '**Haftalık kayıp raporu — DMA-40 ek satır**\n\n| Kayıt | Konum | Debi | Günlük kayıp | Öncelik |\n|---|---|---|---|---|\n| KOR-2040-09 | 5012 Sok. No 18 | 8,64 m³/sa (2,4 L/s) | 207,4 m³ | P2 — 48 saat |\n\n48 saat içinde onarılırsa beklenen kayıp ≈ 415 m³.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'suk-scada-timeout-retried-ok',
    title:
      'SCADA analisti ilk sorguda zaman aşımı alır, aynı sorguyu daha kısa aralıkla tekrarlayıp veriyi alır ve koordinatöre doğru değerleri verir',
    domain: 'SCADA gece debisi izleme',
    mast: ['FM-2.6'],
    nearMissOf: 'agent_error: a tool timeout handled by a retry that returns the data used downstream',
    request:
      'Karşıyaka DMA-05 ve DMA-06 için 10-16 Mart gece minimum debilerini çıkarın, önceki haftayla kıyaslayın ve artış %20’yi geçen bölge için saha dinleme ekibi ayarlayın.',
    topology: {
      shape: 'supervisor',
      coordinator: 'leakage_supervisor',
      workers: ['scada_analyst', 'field_listener_scheduler'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'leakage_supervisor',
        description: 'Kaçak kontrol şefi',
        instructions: 'Analizi ve gerekirse saha dinlemesini yönetir.',
        replies: [
          {
            handoff: 'scada_analyst',
            message: 'DMA-05 ve DMA-06 gece minimum debisi (03:00-04:00), 10-16 Mart ve 3-9 Mart kıyası.',
          },
          {
            handoff: 'field_listener_scheduler',
            message: 'DMA-06 gece debisi %31 arttı (5,8 → 7,6 L/s). 18 Mart gecesi dinleme ekibi ayarla.',
          },
          {
            say: '## Gece debisi kıyası (10-16 Mart / 3-9 Mart)\n\n| DMA | Önceki | Bu hafta | Değişim |\n|---|---|---|---|\n| DMA-05 | 4,2 L/s | 4,5 L/s | +%7 |\n| DMA-06 | 5,8 L/s | 7,6 L/s | **+%31** |\n\nDMA-06 için dinleme ekibi DNL-2, 18 Mart 02:00–05:00 (GRV-0318-11).',
          },
        ],
      },
      {
        name: 'scada_analyst',
        description: 'SCADA verisini analiz eder',
        instructions: 'Debileri çeker, hesaplar.',
        replies: [
          {
            call: 'scada_debi_sorgula',
            args: { dma: ['DMA-05', 'DMA-06'], baslangic: '2027-03-03', bitis: '2027-03-16', aralik_sn: 10 },
            result: { error: 'TimeoutError: historian sorgusu 30 s içinde tamamlanmadı (1.209.600 satır)' },
          },
          {
            call: 'scada_debi_sorgula',
            args: {
              dma: ['DMA-05', 'DMA-06'],
              baslangic: '2027-03-03',
              bitis: '2027-03-16',
              aralik_sn: 300,
              saat_filtresi: '03:00-04:00',
            },
            result:
              '{"DMA-05": {"onceki_hafta_min_lps": 4.2, "bu_hafta_min_lps": 4.5}, "DMA-06": {"onceki_hafta_min_lps": 5.8, "bu_hafta_min_lps": 7.6}, "satir": 336}',
          },
          {
            say: 'İlk sorgu zaman aşımına uğradı; 03:00-04:00 filtresi ve 5 dk aralıkla tekrarlandı. DMA-05: 4,2 → 4,5 L/s (+%7). DMA-06: 5,8 → 7,6 L/s (**+%31**).',
          },
        ],
      },
      {
        name: 'field_listener_scheduler',
        description: 'Gece dinleme ekiplerini planlar',
        instructions: 'Ekip ve tarih atar.',
        replies: [
          {
            call: 'dinleme_gorevi_olustur',
            args: { dma: 'DMA-06', tarih: '2027-03-18', saat: '02:00-05:00', ekip: 'DNL-2' },
            result: '{"gorev_no": "GRV-0318-11", "durum": "PLANLANDI"}',
          },
          { say: 'DMA-06 dinleme: DNL-2 ekibi, 18 Mart 02:00–05:00, görev GRV-0318-11.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'suk-revised-permit-date-used',
    title:
      'Yönlendirici ruhsat görevlisinden kazı izninin 20 Mart’tan 27 Mart’a uzatıldığını öğrenir ve kazı ekibine yeni tarihi verir; eski tarih yalnız gerekçede geçer',
    domain: 'kazı ruhsatı ve onarım planı',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a superseded permit date that appears in the messages but is correctly not used',
    request:
      'Bayraklı DMA-09, Anadolu Cad. DN400 çelik iletim hattında kaçak onarımı (ARZ-2027-04690). Büyükşehir kazı ruhsatı KR-2027-3318’in bitişi 20 Mart olarak görünüyor ama uzatma başvurusu yapılmıştı. Güncel ruhsata göre kazı takvimini çıkarın.',
    topology: {
      shape: 'network',
      coordinator: 'works_router',
      workers: ['permit_officer', 'excavation_crew_lead'],
    },
    agents: [
      {
        name: 'works_router',
        description: 'Onarım işlerini yönlendirir',
        instructions: 'Ruhsat kontrolü, sonra kazı planı; sonuçla bitirir.',
        replies: [
          {
            handoff: 'permit_officer',
            message: 'KR-2027-3318 kazı ruhsatının güncel durumu ve bitiş tarihi (uzatma başvurusu sonucu).',
          },
          {
            handoff: 'excavation_crew_lead',
            message:
              'ARZ-2027-04690 Anadolu Cad. DN400: ruhsat KR-2027-3318 **27 Mart 2027**’ye kadar geçerli (uzatma UZ-0312 onaylandı). Kazı, onarım ve asfalt yama bu tarihe kadar bitmeli; gece 22:00-06:00 çalışma şartı devam ediyor.',
          },
          {
            say: '## ARZ-2027-04690 kazı takvimi\n\n- Ruhsat: KR-2027-3318, uzatma UZ-0312 ile **27 Mart**’a kadar (eski bitiş 20 Mart)\n- Kazı: 21–22 Mart gece (22:00–06:00)\n- Onarım ve basınç testi: 23 Mart gece\n- Geri dolgu ve asfalt yama: 24–25 Mart gece\n\n2 gün tampon kalıyor.',
          },
        ],
      },
      {
        name: 'permit_officer',
        description: 'Kazı ruhsatlarını takip eder',
        instructions: 'Ruhsat sistemini sorgular.',
        replies: [
          {
            call: 'ruhsat_sorgula',
            args: { ruhsat_no: 'KR-2027-3318' },
            result:
              '{"ruhsat_no": "KR-2027-3318", "ilk_bitis": "2027-03-20", "uzatma": {"no": "UZ-0312", "durum": "ONAYLANDI", "yeni_bitis": "2027-03-27"}, "kosullar": ["gece 22:00-06:00 çalışma", "tek şerit açık kalacak"]}',
          },
          {
            say: 'KR-2027-3318: uzatma **UZ-0312 onaylandı**, yeni bitiş **27 Mart** (ilk bitiş 20 Mart). Koşullar: 22:00–06:00 çalışma, tek şerit açık.',
          },
        ],
      },
      {
        name: 'excavation_crew_lead',
        description: 'Kazı ve onarım ekibini planlar',
        instructions: 'Ruhsat süresine göre iş takvimi çıkarır.',
        replies: [
          {
            call: 'is_takvimi_olustur',
            args: {
              ariza_kaydi: 'ARZ-2027-04690',
              son_tarih: '2027-03-27',
              calisma_saatleri: '22:00-06:00',
              adimlar: ['kazı', 'onarım+basınç testi', 'geri dolgu+asfalt'],
            },
            result:
              '{"takvim": [{"adim": "kazı", "geceler": ["2027-03-21", "2027-03-22"]}, {"adim": "onarım+basınç testi", "geceler": ["2027-03-23"]}, {"adim": "geri dolgu+asfalt", "geceler": ["2027-03-24", "2027-03-25"]}], "tampon_gun": 2}',
          },
          {
            say: 'Takvim: kazı 21–22 Mart, onarım + basınç testi 23 Mart, geri dolgu + asfalt 24–25 Mart (hepsi 22:00–06:00). Ruhsat bitişine (27 Mart) 2 gün tampon.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'suk-highway-permit-optional-declined',
    title:
      'Dört ekipli kaçak onarım hazırlığında isteğe bağlı Karayolları geçiş izni görevlisi bu hafta izin veremeyeceğini bildirir; rapor izne dayanmayan planı kullanır',
    domain: 'çok ekipli onarım hazırlığı',
    mast: ['FM-3.1', 'FM-2.5'],
    nearMissOf:
      'lost_message / low_quality_output: an optional worker declines and the aggregate correctly does not rely on it',
    request:
      'Kemalpaşa DMA-44, İzmir-Ankara Karayolu kenarındaki DN200 hatta kaçak (ARZ-2027-04721). Onarım hazırlığı: malzeme, ekip, abone etkisi. Mümkünse Karayolları’ndan banket kullanım izni alın; alınamazsa onarım yan yol (1. Sanayi Sok.) tarafından yapılır.',
    topology: {
      shape: 'fanout',
      planner: 'prep_planner',
      workers: ['materials_picker', 'crew_allocator', 'impact_analyst', 'highway_permit_clerk'],
      aggregator: 'prep_reporter',
    },
    agents: [
      {
        name: 'prep_planner',
        description: 'Onarım hazırlığını böler',
        instructions: 'Her görevliye brif yazar.',
        replies: [
          {
            plan: {
              materials_picker:
                'ARZ-2027-04721 DN200 düktil: 2 tamir kelepçesi, 3 m boru, Kemalpaşa deposundan ayır.',
              crew_allocator: 'ARZ-2027-04721 için 19 Mart gündüz bir onarım ekibi ve bir kazıcı ata.',
              impact_analyst: 'ARZ-2027-04721 onarımında kapatılacak vanalar ve etkilenen abone sayısı.',
              highway_permit_clerk:
                'İsteğe bağlı: Karayolları 2. Bölge’den 19 Mart için banket kullanım izni iste. İzin yoksa onarım 1. Sanayi Sok. tarafından yapılacak, plan buna göre hazır.',
            },
          },
        ],
      },
      {
        name: 'materials_picker',
        description: 'Depodan malzeme ayırır',
        instructions: 'Malzemeyi rezerve eder.',
        replies: [
          {
            call: 'depo_rezervasyon',
            args: {
              depo: 'Kemalpaşa',
              kalemler: [
                { kalem: 'DN200 tamir kelepçesi', miktar: 2 },
                { kalem: 'DN200 düktil boru', miktar: '3 m' },
              ],
            },
            result: '{"rezervasyon": "RZV-0317-08", "durum": "AYRILDI"}',
          },
          { say: 'Malzeme ayrıldı: RZV-0317-08 (2 kelepçe, 3 m DN200 düktil boru).' },
        ],
      },
      {
        name: 'crew_allocator',
        description: 'Ekip atar',
        instructions: 'Ekip ve iş makinesi atar.',
        replies: [
          {
            call: 'ekip_ata',
            args: { ariza_kaydi: 'ARZ-2027-04721', tarih: '2027-03-19', vardiya: 'gündüz' },
            result: '{"atama_no": "EKP-0319-05", "ekip": "KMP-ONR-1", "kazici": "JCB 35 KP 118"}',
          },
          { say: '19 Mart gündüz: KMP-ONR-1 ekibi + JCB (35 KP 118), atama EKP-0319-05.' },
        ],
      },
      {
        name: 'impact_analyst',
        description: 'Abone etkisini hesaplar',
        instructions: 'İzolasyon ve etkilenen aboneleri bulur.',
        replies: [
          {
            call: 'izolasyon_analizi',
            args: { dma: 'DMA-44', ariza_kaydi: 'ARZ-2027-04721' },
            result: '{"vanalar": ["V-4402", "V-4405"], "etkilenen_abone": 164, "sanayi_abonesi": 11}',
          },
          { say: 'Kapatılacak: V-4402, V-4405. Etkilenen 164 abone (11’i sanayi).' },
        ],
      },
      {
        name: 'highway_permit_clerk',
        description: 'Karayolları izinlerini takip eder',
        instructions: 'İzin başvurusu yapar, sonucu bildirir.',
        replies: [
          {
            call: 'karayollari_izin_basvurusu',
            args: { bolge: 'KGM 2. Bölge', tarih: '2027-03-19', tur: 'banket kullanımı', km: '28+350' },
            result:
              '{"durum": "RED", "gerekce": "19-21 Mart aynı kesimde asfalt yenileme çalışması", "en_erken": "2027-03-24"}',
          },
          {
            say: 'Karayolları 19 Mart için banket iznini vermedi (aynı kesimde asfalt yenileme), en erken 24 Mart. Bu tarih için izin yok.',
          },
        ],
      },
      {
        name: 'prep_reporter',
        description: 'Hazırlık raporunu birleştirir',
        instructions: 'Görevli sonuçlarını tek plana dönüştürür.',
        replies: [
          {
            say: '## ARZ-2027-04721 onarım hazırlığı — 19 Mart\n\n- **Erişim:** Karayolları banket izni yok (asfalt yenileme, en erken 24 Mart) → onarım planlandığı gibi **1. Sanayi Sok. tarafından**\n- **Malzeme:** RZV-0317-08 — 2 DN200 kelepçe, 3 m düktil boru\n- **Ekip:** KMP-ONR-1 + JCB 35 KP 118 (EKP-0319-05), gündüz\n- **Etki:** V-4402 ve V-4405 kapatılacak; 164 abone, 11 sanayi abonesine ayrıca telefonla bilgi verilecek',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'suk-meter-check-handed-back-with-readings',
    title:
      'Abone hizmetleri sayaç kontrolünü sayaç ekibine devreder; ekip okumalarla birlikte geri devreder ve abone hizmetleri yanıtı yazar',
    domain: 'yüksek fatura şikâyeti ve iç tesisat kaçağı',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: a hand-back to the agent that started the exchange, carrying the requested readings',
    request:
      'Abone AB-0427719 (Buca, 1394 Sok. No 7 D:3) Mart faturasının 58 m³ geldiğini, normalde ayda 12-14 m³ kullandığını söylüyor. Sayaç ve tesisat kontrolü yapıp aboneye yanıt verin.',
    topology: {
      shape: 'swarm',
      entry: 'customer_service_agent',
      agents: ['customer_service_agent', 'meter_crew'],
    },
    agents: [
      {
        name: 'customer_service_agent',
        description: 'Abone hizmetleri temsilcisi',
        instructions: 'Şikâyeti inceler, gerekirse sayaç ekibine devreder, sonunda aboneye yanıt yazar.',
        replies: [
          {
            call: 'tuketim_gecmisi',
            args: { abone_no: 'AB-0427719', ay_sayisi: 6 },
            result:
              '{"tuketim_m3": {"2026-10": 13, "2026-11": 12, "2026-12": 14, "2027-01": 13, "2027-02": 14, "2027-03": 58}, "sayac_no": "SY-19-884213", "son_okuma": {"tarih": "2027-03-05", "endeks": 2291}}',
          },
          {
            handoff: 'meter_crew',
            message:
              'AB-0427719, sayaç SY-19-884213: Mart 58 m³ (6 aylık ort. 13 m³). Yerinde endeks okuma, tüm musluklar kapalıyken sayaç dönüyor mu (iç tesisat kaçağı) kontrol edip bana geri devret.',
          },
          {
            say: 'Sayın abonemiz, 1394 Sok. No 7 D:3 adresinizdeki sayacınız (SY-19-884213) 17 Mart’ta ekibimizce kontrol edilmiştir. Sayaç doğru çalışmaktadır (endeks 2309); ancak tüm musluklar kapalıyken sayacın saatte yaklaşık 60 L geçirdiği görülmüştür. Bu, sayaç sonrası iç tesisatınızda kaçak olduğunu gösterir (yaklaşık 43 m³/ay). Tesisatınızı bir tesisatçıya kontrol ettirmenizi öneririz. Kaçak giderildikten sonra belgeyle başvurursanız Mart faturanız için kaçak indirimi talebiniz değerlendirilecektir. Kayıt no: SKY-2027-22817.',
          },
        ],
      },
      {
        name: 'meter_crew',
        description: 'Sayaç kontrol ekibi',
        instructions: 'Sayacı yerinde kontrol eder ve sonuçla geri devreder.',
        replies: [
          {
            call: 'sayac_saha_kontrolu',
            args: { sayac_no: 'SY-19-884213', test: ['endeks', 'sifir_tuketim_testi'], sure_dk: 30 },
            result:
              '{"tarih": "2027-03-17T10:20+03:00", "endeks": 2309, "sifir_tuketim_testi": {"sure_dk": 30, "gecen_litre": 30, "sonuc": "SAYAC_DONUYOR"}, "sayac_muhur": "SAĞLAM", "sayac_hata_payi": "%1,2"}',
          },
          {
            handoff: 'customer_service_agent',
            message:
              'SY-19-884213 kontrolü (17 Mart 10:20) tamam: endeks 2309, mühür sağlam, sayaç hata payı %1,2 (sınırda değil). Musluklar kapalıyken 30 dakikada 30 L geçti → ~60 L/saat, ~43 m³/ay iç tesisat kaçağı. Sayaç arızası yok.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'suk-district-sweep-paraphrased-briefs',
    title:
      'Daire başkanı ilçe kaçak taramasını iki ekip liderine kendi cümleleriyle aktarır; liderler tüm kısıtları (tarih, hat tipi, eşik, rapor biçimi) koruyarak ekiplerine verir, rapor sayaç ve kimliklerle dolu',
    domain: 'ilçe çapında aktif kaçak kontrolü',
    mast: ['FM-1.1', 'FM-2.4'],
    nearMissOf:
      'misunderstood_task / low_quality_output: briefs reworded twice that keep every constraint, and long id-dense reports whose counters agree',
    request:
      'Bayraklı ilçesinde 18-20 Mart arası aktif kaçak kontrolü: (1) DMA-08 ve DMA-09’da yalnız 1990 öncesi asbestli çimento (AC) hatlarda akustik dinleme, sinyal 30 dB üzeri noktalar şüpheli sayılsın; (2) aynı DMA’larda çapı DN300 ve üzeri vanaların çalıştırma testi. Sonuçlar nokta/vana kimliğiyle tablo halinde, şüpheli nokta ve arızalı vana sayıları ayrıca belirtilsin.',
    topology: {
      shape: 'nested',
      top: 'water_loss_director',
      teams: {
        acoustic_lead: ['ac_pipe_listener'],
        valve_lead: ['large_valve_tester'],
      },
    },
    agents: [
      {
        name: 'water_loss_director',
        description: 'Su kayıpları dairesi başkanı',
        instructions: 'Taramayı ekip liderlerine dağıtır, raporu birleştirir.',
        replies: [
          {
            handoff: 'acoustic_lead',
            message:
              '18-20 Mart, DMA-08 ve DMA-09: 1990 öncesi döşenmiş AC hatları akustik olarak dinleyin. 30 dB’yi aşan her nokta şüpheli. Nokta kimlikleriyle tablo ve şüpheli sayısı istiyorum.',
          },
          {
            handoff: 'valve_lead',
            message:
              '18-20 Mart, DMA-08 ve DMA-09: DN300 ve daha büyük vanaları çalıştırma testinden geçirin. Vana kimlikleriyle tablo ve arızalı vana sayısı istiyorum.',
          },
          {
            say: '## Bayraklı aktif kaçak kontrolü (18-20 Mart)\n\n### Akustik dinleme — 1990 öncesi AC hatlar (6,4 km, 41 nokta)\n| Nokta | DMA | Hat | Sinyal |\n|---|---|---|---|\n| AK-08-12 | DMA-08 | DN150 AC (1984) | 44 dB |\n| AK-08-27 | DMA-08 | DN100 AC (1979) | 33 dB |\n| AK-09-05 | DMA-09 | DN200 AC (1987) | 37 dB |\n\nŞüpheli nokta: **3 / 41** (30 dB üzeri).\n\n### Vana çalıştırma — DN300 ve üzeri (17 vana)\n| Vana | DMA | Çap | Sonuç |\n|---|---|---|---|\n| V-0803 | DMA-08 | DN400 | Mil sıkışık, 3/4 turda durdu |\n| V-0911 | DMA-09 | DN300 | Salmastradan kaçak |\n\nArızalı vana: **2 / 17**; diğer 15 vana tam tur açıldı/kapandı.',
          },
        ],
      },
      {
        name: 'acoustic_lead',
        description: 'Akustik dinleme ekip lideri',
        instructions: 'Dinleme görevini ekibine verir.',
        replies: [
          {
            handoff: 'ac_pipe_listener',
            message:
              'Görev: DMA-08 + DMA-09, 18-20 Mart. Kapsam yalnız AC boru, döşeme yılı < 1990. Eşik: >30 dB şüpheli. Çıktı: nokta kimliği, DMA, hat, dB tablosu + şüpheli sayısı.',
          },
          {
            say: '41 nokta dinlendi (6,4 km AC), şüpheli 3: AK-08-12 (44 dB), AK-08-27 (33 dB), AK-09-05 (37 dB).',
          },
        ],
      },
      {
        name: 'ac_pipe_listener',
        description: 'AC hatlarda yer mikrofonuyla dinleme yapar',
        instructions: 'Brifteki kapsamda dinleme yapar.',
        replies: [
          {
            call: 'akustik_tarama',
            args: {
              dma: ['DMA-08', 'DMA-09'],
              malzeme: 'AC',
              doseme_yili_max: 1989,
              esik_db: 30,
              tarih: '2027-03-18/2027-03-20',
            },
            result:
              '{"dinlenen_nokta": 41, "hat_km": 6.4, "esik_ustu": [{"id": "AK-08-12", "dma": "DMA-08", "hat": "DN150 AC 1984", "db": 44}, {"id": "AK-08-27", "dma": "DMA-08", "hat": "DN100 AC 1979", "db": 33}, {"id": "AK-09-05", "dma": "DMA-09", "hat": "DN200 AC 1987", "db": 37}]}',
          },
          {
            say: '| Nokta | DMA | Hat | Sinyal |\n|---|---|---|---|\n| AK-08-12 | DMA-08 | DN150 AC (1984) | 44 dB |\n| AK-08-27 | DMA-08 | DN100 AC (1979) | 33 dB |\n| AK-09-05 | DMA-09 | DN200 AC (1987) | 37 dB |\n\n41 nokta / 6,4 km, şüpheli 3.',
          },
        ],
      },
      {
        name: 'valve_lead',
        description: 'Vana bakım ekip lideri',
        instructions: 'Vana testini ekibine verir.',
        replies: [
          {
            handoff: 'large_valve_tester',
            message:
              'DMA-08 ve DMA-09’daki çapı en az DN300 olan tüm vanalar, 18-20 Mart, tam tur çalıştırma testi. Tablo: vana, DMA, çap, sonuç; arızalı sayısını ayrıca yaz.',
          },
          {
            say: '17 vana test edildi, arızalı 2: V-0803 (DN400, mil sıkışık), V-0911 (DN300, salmastra kaçağı).',
          },
        ],
      },
      {
        name: 'large_valve_tester',
        description: 'Büyük çaplı vanaları test eder',
        instructions: 'Vana çalıştırma testini yapar.',
        replies: [
          {
            call: 'vana_calistirma_testi',
            args: { dma: ['DMA-08', 'DMA-09'], min_cap: 'DN300', tarih: '2027-03-18/2027-03-20' },
            result:
              '{"test_edilen": 17, "basarili": 15, "arizali": [{"vana": "V-0803", "dma": "DMA-08", "cap": "DN400", "bulgu": "mil sıkışık, 3/4 turda durdu"}, {"vana": "V-0911", "dma": "DMA-09", "cap": "DN300", "bulgu": "salmastradan kaçak"}]}',
          },
          {
            say: '| Vana | DMA | Çap | Sonuç |\n|---|---|---|---|\n| V-0803 | DMA-08 | DN400 | Mil sıkışık, 3/4 turda durdu |\n| V-0911 | DMA-09 | DN300 | Salmastradan kaçak |\n\n17 vana test edildi: 15 sorunsuz, 2 arızalı.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch184Scenarios = [...faults, ...healthy];
