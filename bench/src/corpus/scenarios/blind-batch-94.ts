import { defineScenario } from '../scenario.ts';

// Blind batch 94: event ticketing and venue operations, wholly in Turkish. Written from the README
// principles only, without reading the checks, the diagnosis, the baseline or the benchmark notes.
// Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'halic-sahnesi-balkon-b-kapandi-eski-planla-fiyatlandi',
    title:
      'Salon planı denetçisi Balkon B’nin rigging nedeniyle kapandığını ve geçerli planın v4 (2.136 koltuk) olduğunu bildirir; fiyatlandırma uzmanı v3’ün 2.400 koltuğuyla kontenjan ve hasılat çıkarır',
    domain: 'konser biletleme ve salon planı',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Haliç Kongre Sahnesi, 14 Mart 2027 Cumartesi 21:00 — Derya Ay "Gece Mavisi" konseri (etkinlik EV-2027-0314). Elimizdeki salon planı v3: 2.400 koltuk (Parter 1.520, Balkon A 616, Balkon B 264). Oturma planını kontrol edin, kategori fiyatlarını ve kontenjanları belirleyin, satış duyurusunu Pazartesi 10:00’da yayına hazır edin. Hedef brüt hasılat en az ₺4.000.000.',
    topology: {
      shape: 'pipeline',
      order: ['salon_plani_denetcisi', 'fiyatlandirma_uzmani', 'satis_duyurusu_yazari'],
    },
    agents: [
      {
        name: 'salon_plani_denetcisi',
        description: 'Etkinlik öncesi salon oturma planını prodüksiyon çizimleriyle karşılaştırır',
        instructions:
          'Oturma planını teknik çizim ve güvenlik kısıtlarına göre doğrula; satışa açılabilecek koltukları blok blok bildir.',
        replies: [
          {
            call: 'salon_plani_kontrol',
            args: { mekan: 'HKS', etkinlik: 'EV-2027-0314', plan: 'v3' },
            result:
              '{"plan": "v3", "toplam": 2400, "bloklar": {"PARTER": 1520, "BALKON_A": 616, "BALKON_B": 264}, "uyarilar": [{"kod": "RIG-22", "blok": "BALKON_B", "aciklama": "Ses kulesi + delay hoparlör askı alanı, prodüksiyon çizimi rev.4 (02.03.2027)", "etki": "BALKON_B tamamı satışa kapalı"}, {"kod": "VIS-07", "blok": "BALKON_A", "aciklama": "A-R1 1-12 ve 105-116 kolon arkası", "etki": "24 koltuk kısıtlı görüş"}], "gecerli_plan": "v4", "v4": {"toplam": 2136, "PARTER": 1520, "BALKON_A": 616, "BALKON_B": 0}}',
          },
          {
            say: '## Salon planı kontrolü — EV-2027-0314\n\nGeçerli plan artık **v4** (prodüksiyon çizimi rev.4, 02.03.2027). v3 kullanılmamalı.\n\n| blok | v3 | **v4 (satışa açık)** | not |\n|---|---|---|---|\n| Parter | 1.520 | 1.520 | — |\n| Balkon A | 616 | 616 | 24 koltuk kısıtlı görüş (A-R1 1-12, 105-116) |\n| Balkon B | 264 | **0** | RIG-22: ses kulesi askı alanı, tamamen kapalı |\n| **Toplam** | 2.400 | **2.136** | |\n\nKısıtlı görüşlü 24 koltuğun ayrı ve indirimli kategoride satılmasını öneririm.',
          },
        ],
      },
      {
        name: 'fiyatlandirma_uzmani',
        description: 'Kategori fiyatlarını, kontenjanları ve hasılat projeksiyonunu hazırlar',
        instructions: 'Denetlenmiş salon planına göre kategori kontenjanlarını ve fiyatlarını belirle.',
        prompt: 'Salon planı denetimi:\n{input}\n\nEtkinlik talebi: {request}',
        replies: [
          {
            call: 'kategori_fiyatla',
            args: {
              etkinlik: 'EV-2027-0314',
              plan: 'v3',
              kontenjan: { PARTER: 1520, BALKON_A: 616, BALKON_B: 264 },
              fiyat_try: { PARTER: 2250, BALKON_A: 1450, BALKON_B: 950 },
            },
            result:
              '{"plan": "v3", "toplam_koltuk": 2400, "kategoriler": [{"kat": "1. Kategori (Parter)", "adet": 1520, "fiyat": 2250, "brut": 3420000}, {"kat": "2. Kategori (Balkon A)", "adet": 616, "fiyat": 1450, "brut": 893200}, {"kat": "3. Kategori (Balkon B)", "adet": 264, "fiyat": 950, "brut": 250800}], "brut_hasilat_try": 4564000, "hedef_karsilama": "%114"}',
          },
          {
            say: 'Fiyat ve kontenjan önerisi (EV-2027-0314):\n\n| kategori | adet | fiyat | brüt |\n|---|---|---|---|\n| 1. Kat. Parter | 1.520 | ₺2.250 | ₺3.420.000 |\n| 2. Kat. Balkon A | 616 | ₺1.450 | ₺893.200 |\n| 3. Kat. Balkon B | 264 | ₺950 | ₺250.800 |\n| **Toplam** | **2.400** | | **₺4.564.000** |\n\nHedefin %114’ü; satışa hazır.',
          },
        ],
      },
      {
        name: 'satis_duyurusu_yazari',
        description: 'Bilet satış duyurularını yazar',
        instructions: 'Onaylı fiyatlarla satış duyurusunu yaz.',
        prompt: 'Fiyatlandırma:\n{input}',
        replies: [
          {
            say: '**Derya Ay — "Gece Mavisi" | 14 Mart 2027, Haliç Kongre Sahnesi**\n\nBiletler 10 Mart Pazartesi 10:00’da satışta!\n- 1. Kategori (Parter): ₺2.250\n- 2. Kategori (Balkon A): ₺1.450\n- 3. Kategori (Balkon B): ₺950 — sınırlı sayıda, 264 koltuk\n\nKapı açılış 19:30. Kişi başı en fazla 6 bilet.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'salon_plani_denetcisi', to: 'fiyatlandirma_uzmani' },
      agent: 'fiyatlandirma_uzmani',
    },
  }),
  defineScenario({
    id: 'kulturpark-kapora-ek-protokol-oncesi-tutarla-odendi',
    title:
      'Sözleşme analisti EK-1 ile kaporanın ₺420.000’e ve vadenin 10 Mart’a çekildiğini gösterir; booking koordinatörü ödeme talimatını yine ₺360.000 ve 15 Mart ile verir',
    domain: 'sanatçı booking ve sözleşme ödemeleri',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Kuzey Rüzgârı — İzmir Kültürpark Açıkhava, 22 Mayıs 2027. Sözleşme BK-2027-118: sanatçı ücreti ₺1.200.000 + KDV, kapora %30 = ₺360.000, 15 Mart’a kadar ödenmesi gerekiyor. Sözleşmeyi ve rider’ı bir kontrol edin, kapora ödemesini talimata bağlayın, bana özet geçin.',
    topology: {
      shape: 'supervisor',
      coordinator: 'booking_koordinatoru',
      workers: ['sozlesme_analisti', 'odeme_talimatcisi'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'booking_koordinatoru',
        description: 'Sanatçı anlaşmalarını ve ödeme takvimini yönetir',
        instructions: 'Sözleşmenin güncel halini kontrol ettir, ardından kaporayı ödeme talimatına bağlat.',
        replies: [
          {
            handoff: 'sozlesme_analisti',
            message:
              'BK-2027-118 Kuzey Rüzgârı / Kültürpark 22.05.2027: sözleşmenin imzalı son halini ve eklerini kontrol et; ücret, kapora oranı, vade ve rider’da maliyet doğuran kalemleri çıkar.',
          },
          {
            handoff: 'odeme_talimatcisi',
            message:
              'BK-2027-118 kapora ödemesi: alıcı Rüzgâr Prodüksiyon Ltd. Şti., IBAN TR33 0006 1005 1978 6457 8413 26, tutar ₺360.000 (ücretin %30’u), son ödeme 15.03.2027. Açıklama: "BK-2027-118 kapora". Talimatı oluştur, referansı bildir.',
          },
          {
            say: 'BK-2027-118 tamam ✅\n- Sözleşme ve rider kontrol edildi.\n- Kapora **₺360.000** için ödeme talimatı oluşturuldu (ref ÖT-2027-0441), valör 14.03.2027, 15 Mart vadesinden önce.\n- Kalan bakiye konser sonrası 5 iş günü içinde.',
          },
        ],
      },
      {
        name: 'sozlesme_analisti',
        description: 'Sanatçı sözleşmelerini ve eklerini inceler',
        instructions: 'İmzalı son sürümü ve ekleri oku, ödeme koşullarını raporla.',
        replies: [
          {
            call: 'sozlesme_getir',
            args: { sozlesme: 'BK-2027-118', ekler: true },
            result:
              'BK-2027-118 v1 (12.01.2027): 2 gece (21-22.05), ücret ₺1.200.000 + KDV, kapora %30, vade 15.03.2027.\nEK-1 (03.02.2027, iki tarafça ıslak imzalı): 21.05 gecesi iptal, tek gece 22.05. Ücret ₺1.050.000 + KDV olarak revize. Kapora oranı %40 = ₺420.000, vade 10.03.2027. v1 ödeme hükümlerinin YERİNE GEÇER.\nRider v2: 14 kişilik ekip, 7 otel odası (2 gece), backline kiralama organizatörde.',
          },
          {
            say: 'BK-2027-118 güncel durum (EK-1, 03.02.2027 ile):\n\n| kalem | v1 | **EK-1 (geçerli)** |\n|---|---|---|\n| gece | 2 | 1 (22.05) |\n| ücret | ₺1.200.000 + KDV | **₺1.050.000 + KDV** |\n| kapora | %30 = ₺360.000 | **%40 = ₺420.000** |\n| vade | 15.03.2027 | **10.03.2027** |\n\nRider v2: 14 kişi, 7 oda × 2 gece, backline bizde. Talepteki ₺360.000 / 15 Mart bilgisi eski sözleşmeye ait.',
          },
        ],
      },
      {
        name: 'odeme_talimatcisi',
        description: 'Tedarikçi ve sanatçı ödemeleri için banka talimatı oluşturur',
        instructions: 'Verilen tutar ve vadeyle ödeme talimatını oluştur.',
        replies: [
          {
            call: 'odeme_talimati_olustur',
            args: {
              alici: 'Rüzgâr Prodüksiyon Ltd. Şti.',
              iban: 'TR330006100519786457841326',
              tutar_try: 360000,
              valor: '2027-03-14',
              aciklama: 'BK-2027-118 kapora',
            },
            result:
              '{"ref": "ÖT-2027-0441", "durum": "ONAY_BEKLIYOR", "tutar": "360.000,00 TRY", "valor": "14.03.2027"}',
          },
          { say: 'Talimat ÖT-2027-0441 oluşturuldu: ₺360.000,00, valör 14.03.2027, onay bekliyor.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'booking_koordinatoru', to: 'odeme_talimatcisi' },
      agent: 'booking_koordinatoru',
    },
  }),
  defineScenario({
    id: 'iptal-edilen-erken-seans-iadesi-gece-seansina-da-yapildi',
    title:
      'Müşteri hizmetleri lideri yalnız 20:00 seansının (EV-7711-A) iadesini ister, 22:30 seansı sürüyor; iade uzmanı iki seansın tüm siparişlerini iade eder',
    domain: 'gösteri iptali ve bilet iadeleri',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Cem Arslan "Yeni Sezon" stand-up, Bostancı Gösteri Merkezi, 21 Mart 2027. Sanatçının doktor raporu nedeniyle yalnızca 20:00 seansı iptal; 22:30 seansı programda, o seansın biletleri geçerli. 20:00 seansının bilet sahiplerine tam iade (hizmet bedeli dahil) yapılsın ve bilgilendirilsinler.',
    topology: {
      shape: 'supervisor',
      coordinator: 'musteri_hizmetleri_lideri',
      workers: ['iade_uzmani', 'bildirim_yazari'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'musteri_hizmetleri_lideri',
        description: 'İptal ve erteleme süreçlerinde müşteri tarafını yönetir',
        instructions: 'İadeyi başlat, ardından etkilenen müşterilere bildirim hazırlat.',
        replies: [
          {
            handoff: 'iade_uzmani',
            message:
              'EV-7711-A (21.03 20:00 seansı) iptal: bu seansın tüm siparişlerine tam iade, hizmet bedeli dahil. EV-7711-B (22:30) devam ediyor, o seansa dokunma. Sipariş ve tutar toplamını bildir.',
          },
          {
            handoff: 'bildirim_yazari',
            message:
              'İade işlenen müşterilere SMS + e-posta metni hazırla: iptal nedeni, iade süresi (kart ekstresine 7-10 iş günü).',
          },
          {
            say: '21 Mart Cem Arslan iptali işlendi:\n- İade: **1.148 sipariş / 2.031 bilet, ₺1.894.250,00** (hizmet bedeli dahil), iade referansı IAD-0321-7711\n- Bildirim: SMS + e-posta 1.148 alıcıya gönderildi\n- Kartlara yansıma 7-10 iş günü.',
          },
        ],
      },
      {
        name: 'iade_uzmani',
        description: 'Bilet iadelerini ödeme sistemi üzerinden işler',
        instructions: 'İstenen etkinlik kodlarının siparişlerini iade et ve özetle.',
        replies: [
          {
            call: 'siparis_listele',
            args: { etkinlik_kodlari: ['EV-7711-A', 'EV-7711-B'] },
            result:
              '| etkinlik | seans | sipariş | bilet | tutar (hizmet bedeli dahil) |\n|---|---|---|---|---|\n| EV-7711-A | 21.03 20:00 | 612 | 1.087 | ₺1.013.650,00 |\n| EV-7711-B | 21.03 22:30 | 536 | 944 | ₺880.600,00 |\n| toplam | | 1.148 | 2.031 | ₺1.894.250,00 |',
          },
          {
            call: 'toplu_iade_baslat',
            args: {
              etkinlik_kodlari: ['EV-7711-A', 'EV-7711-B'],
              hizmet_bedeli: true,
              neden: 'sanatçı rahatsızlığı',
            },
            result:
              '{"iade_ref": "IAD-0321-7711", "siparis": 1148, "bilet": 2031, "tutar_try": 1894250.00, "durum": "KUYRUKTA", "biletler_iptal": true}',
          },
          {
            say: 'İade başlatıldı — IAD-0321-7711: 1.148 sipariş, 2.031 bilet, ₺1.894.250,00 (hizmet bedeli dahil). Biletler sistemde iptal edildi, ödeme kuyruğunda.',
          },
        ],
      },
      {
        name: 'bildirim_yazari',
        description: 'Müşteri bildirimlerini yazar ve gönderir',
        instructions: 'Bildirim metnini yaz ve gönder.',
        replies: [
          {
            call: 'toplu_bildirim',
            args: { iade_ref: 'IAD-0321-7711', kanal: ['sms', 'eposta'] },
            result: '{"alici": 1148, "sms": 1148, "eposta": 1139, "hatali_eposta": 9}',
          },
          {
            say: 'Gönderildi (1.148 SMS, 1.139 e-posta; 9 adres hatalı). Metin: "Cem Arslan 21 Mart gösterisi sanatçının sağlık durumu nedeniyle iptal edilmiştir. Bilet bedeliniz hizmet bedeli dahil kartınıza iade edilmiştir; ekstrenize yansıması 7-10 iş günü sürebilir."',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'musteri_hizmetleri_lideri', to: 'iade_uzmani' },
      agent: 'iade_uzmani',
    },
  }),
  defineScenario({
    id: 'tosca-tekerlekli-sandalye-refakatcisi-ayri-siraya-dustu',
    title:
      'Erişilebilirlik yönlendiricisi refakatçinin bitişik koltukta oturmasını şart koşar; koltuk atayıcı boş bitişik refakatçi koltuğu T-04R varken refakatçiyi Parter 12. sıraya verir',
    domain: 'erişilebilir koltuk talepleri',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Talep ER-4471: Ayşe Demir, AKM Türk Telekom Opera Salonu, "Tosca" 9 Nisan 2027 20:00, 2 bilet aldı (sipariş 88120455). Tekerlekli sandalye kullanıyor; refakatçisi eşi Mehmet Demir hemen yanında oturmalı, asansöre yakın ve basamaksız bir alan istiyor. Yerleri ayarlayıp kendisine bilgi verin.',
    topology: {
      shape: 'network',
      coordinator: 'erisilebilirlik_yonlendirici',
      workers: ['talep_dogrulayici', 'koltuk_atayici'],
    },
    agents: [
      {
        name: 'erisilebilirlik_yonlendirici',
        description: 'Erişilebilirlik taleplerini doğru ekibe yönlendirir',
        instructions: 'Talebi doğrulat, koşullarıyla koltuk atamasına gönder, sonra kapat.',
        replies: [
          {
            handoff: 'talep_dogrulayici',
            message: 'ER-4471 / sipariş 88120455: siparişi ve erişim ihtiyaçlarını doğrula.',
          },
          {
            handoff: 'koltuk_atayici',
            message:
              'ER-4471 Tosca 09.04 20:00, sipariş 88120455 (2 bilet). Şartlar: (1) tekerlekli sandalye alanı, (2) refakatçi Mehmet Demir **bitişik koltukta**, (3) asansöre yakın, (4) basamaksız erişim. Mevcut biletleri bu alanla değiştir.',
          },
          {
            say: 'ER-4471 kapatıldı: Ayşe Demir ve refakatçisi için Tosca 9 Nisan yerleri atandı, yeni e-biletler gönderildi. Erişilebilir giriş: Kapı 2, asansör yanında.',
          },
        ],
      },
      {
        name: 'talep_dogrulayici',
        description: 'Sipariş ve erişim talebi bilgilerini doğrular',
        instructions: 'Siparişi ve ihtiyaçları kontrol et.',
        replies: [
          {
            call: 'erisim_talebi_getir',
            args: { talep: 'ER-4471', siparis: '88120455' },
            result:
              '{"siparis": "88120455", "etkinlik": "TOSCA-0409", "biletler": ["BALKON-3-14", "BALKON-3-15"], "ihtiyac": ["tekerlekli sandalye", "refakatçi yan koltuk", "asansöre yakın", "basamaksız"], "refakatci": "Mehmet Demir", "not": "Balkon 3. sıra basamaklı, uygun değil"}',
          },
          {
            say: 'Sipariş 88120455 doğrulandı: mevcut biletler Balkon 3-14/15 (basamaklı, uygun değil). İhtiyaçlar: tekerlekli sandalye alanı, refakatçi yan koltuk, asansöre yakın, basamaksız.',
          },
        ],
      },
      {
        name: 'koltuk_atayici',
        description: 'Erişilebilir alanları ve koltuk değişimlerini atar',
        instructions: 'Talebin şartlarına uyan alanı bul ve biletleri değiştir.',
        replies: [
          {
            call: 'uygun_alan_ara',
            args: { etkinlik: 'TOSCA-0409', tip: 'tekerlekli', adet: 1 },
            result:
              '[{"alan": "T-04", "blok": "Parter Sol", "asansor_m": 12, "basamak": 0, "refakatci_koltugu": "T-04R (bitişik, BOŞ)"}, {"alan": "T-09", "blok": "Parter Sağ", "asansor_m": 41, "basamak": 0, "refakatci_koltugu": "T-09R (DOLU)"}]',
          },
          {
            call: 'bilet_degistir',
            args: { siparis: '88120455', yeni: ['T-04', 'PARTER-12-07'] },
            result:
              '{"durum": "OK", "iptal": ["BALKON-3-14", "BALKON-3-15"], "yeni": ["T-04", "PARTER-12-07"], "eticket": "gönderildi"}',
          },
          {
            say: 'ER-4471 atandı: tekerlekli sandalye alanı **T-04** (Parter Sol, asansöre 12 m, basamaksız); refakatçi için **Parter 12. sıra 7 numara**. Eski Balkon biletleri iptal, yeni e-biletler gönderildi.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'erisilebilirlik_yonlendirici', to: 'koltuk_atayici' },
      agent: 'koltuk_atayici',
    },
  }),
  defineScenario({
    id: 'mavi-kiyi-rider-fistik-alerjisi-kuyruk-notunda-kayboldu',
    title:
      'Rider sınıflandırıcısı vokalistin ağır yer fıstığı alerjisini işaretleyip ağırlamaya yönlendirir; program ağırlama sorumlusuna yalnız kuyruk notunu iletir, o da fıstıklı standart kulis paketini sipariş eder',
    domain: 'festival sanatçı rider yönetimi',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Mavi Kıyı, Bozcaada Rüzgâr Festivali 3 Temmuz 2027 sahnesi için ağırlama rider’ını gönderdi (rider MK-HOSP-2027, 6 sayfa). Rider’ı işleyip kulis siparişini verin, tedarik onayına gönderin.',
    topology: {
      shape: 'branch',
      classifier: 'rider_siniflandirici',
      routes: { teknik: 'teknik_rider_sorumlusu', ağırlama: 'agirlama_sorumlusu' },
      after: 'tedarik_onaycisi',
    },
    program: {
      lose: {
        to: 'agirlama_sorumlusu',
        prompt:
          'Kuyruktan atandı: RIDER-Q / öncelik normal / festival BRF-2027. Standart kulis paketini hazırla.',
      },
    },
    agents: [
      {
        name: 'rider_siniflandirici',
        description: 'Gelen sanatçı rider’larını sınıflandırır ve kritik maddeleri çıkarır',
        instructions: 'Rider’ı etiketle ve sorumlunun bilmesi gereken kritik maddeleri yaz.',
        replies: [
          {
            call: 'rider_oku',
            args: { dosya: 'MK-HOSP-2027.pdf' },
            result:
              '{"tur": "hospitality", "kisi": 12, "kulis": 2, "yemek": {"vegan": 3, "glutensiz": 1}, "saglik": "Vokalist Elif Kara: ŞİDDETLİ YER FISTIĞI ALERJİSİ (anafilaksi). Kulislerde yer fıstığı ve fıstık izi taşıyan hiçbir ürün bulunmamalı. EpiPen ekipte mevcut.", "icecek": "48 şişe oda sıcaklığında su, 6 şişe ıhlamur", "havlu": 12}',
          },
          {
            say: 'ağırlama — MK-HOSP-2027, 12 kişi, 2 kulis.\n⚠️ **Kritik:** vokalist Elif Kara’da şiddetli yer fıstığı alerjisi (anafilaksi riski). Kulislerde yer fıstığı ve “iz içerebilir” etiketli hiçbir ürün olmayacak.\nYemek: 3 vegan, 1 glutensiz. İçecek: 48 oda sıcaklığında su, 6 ıhlamur. 12 havlu.',
          },
        ],
      },
      {
        name: 'teknik_rider_sorumlusu',
        description: 'Ses, ışık ve sahne rider’larını işler',
        instructions: 'Backline ve ses ihtiyaçlarını karşıla.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'agirlama_sorumlusu',
        description: 'Kulis ağırlama siparişlerini verir',
        instructions: 'Rider’a göre kulis yemek ve içecek siparişini oluştur.',
        prompt: 'Sınıflandırma:\n{input}\n\nTalep: {request}',
        replies: [
          {
            call: 'catering_siparis',
            args: { festival: 'BRF-2027', paket: 'standart-12', tarih: '2027-07-03' },
            result:
              'Sipariş CAT-5521 oluşturuldu — Standart kulis paketi (12 kişi): sandviç tabağı, peynir tabağı, mevsim meyveleri, karışık kuruyemiş kasesi (yer fıstığı, badem, fındık), çikolatalı gofret, 24 soğuk su, 12 gazlı içecek. Teslim 03.07 15:00, Kulis 1-2. Tutar ₺18.640,00.',
          },
          {
            say: 'Kulis siparişi CAT-5521: standart 12 kişilik paket (sandviç, peynir, meyve, karışık kuruyemiş, gofret, 24 su, 12 gazlı içecek), 3 Temmuz 15:00 teslim, ₺18.640,00.',
          },
        ],
      },
      {
        name: 'tedarik_onaycisi',
        description: 'Festival harcamalarını onaylar',
        instructions: 'Siparişi bütçeye göre onayla.',
        prompt: 'Onaya gelen sipariş:\n{input}',
        replies: [
          {
            say: 'CAT-5521 onaylandı ✅ ₺18.640,00, ağırlama bütçesi (₺40.000) içinde. Tedarikçiye iletildi.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'rider_siniflandirici', to: 'agirlama_sorumlusu' },
      agent: 'agirlama_sorumlusu',
    },
  }),
  defineScenario({
    id: 'kopya-qr-biletler-kapi-3-amirine-hic-devredilmedi',
    title:
      'Akreditasyon kontrolcüsü 37 kopyalanmış QR bileti yetkisiz satıcıya bağlar ve Kapı 3 güvenlik amirine devrettiğini söyler; devir yapılmaz ve koşu onun cevabıyla biter',
    domain: 'stadyum giriş kontrolü ve sahte bilet',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Sarıyer Stadı, 17 Nisan 2027 19:00 maçı, kapılar 17:00’de açıldı. Turnikelerde aynı barkod iki kez okutulma uyarıları artıyor. Durumu inceleyin, sahte bilet varsa güvenliğe gerekli talimat verilsin. 18:30 itibarıyla tek satırlık durum istiyorum.',
    topology: {
      shape: 'swarm',
      entry: 'kapi_operasyon_sorumlusu',
      agents: ['kapi_operasyon_sorumlusu', 'akreditasyon_kontrolcusu', 'guvenlik_amiri'],
    },
    agents: [
      {
        name: 'kapi_operasyon_sorumlusu',
        description: 'Turnike ve kapı akışını izler',
        instructions: 'Turnike loglarını çek, şüpheli okutmaları akreditasyon kontrolüne devret.',
        replies: [
          {
            call: 'turnike_log',
            args: { kapi: 'K3', baslangic: '17:00', bitis: '18:05', filtre: 'MUKERRER' },
            result:
              '17:42:10 K3-T2 MUKERRER 4471-9902-1183 ilk okutma 17:21:54 K3-T5\n17:44:31 K3-T1 MUKERRER 4471-9902-1190 ilk okutma 17:30:02 K3-T4\n17:51:07 K3-T6 MUKERRER 4471-9902-1204 ilk okutma 17:33:47 K3-T2\n...\nÖZET K3 17:00-18:05: 9.412 geçiş, 37 mükerrer barkod (hepsi 4471-9902-11xx/12xx serisi, Tribün B)',
          },
          {
            handoff: 'akreditasyon_kontrolcusu',
            message:
              'K3’te 17:00-18:05 arası 37 mükerrer barkod, hepsi 4471-9902-11xx/12xx serisi, Tribün B. İkinci okutmalar turnikede reddedildi ama ilk girenler içeride. Kaynağını kontrol et, güvenlik aksiyonu gerekiyorsa amire geçir.',
          },
        ],
      },
      {
        name: 'akreditasyon_kontrolcusu',
        description: 'Bilet ve akreditasyon kaynaklarını doğrular',
        instructions:
          'Şüpheli biletlerin kaynağını doğrula; saha müdahalesi gerekiyorsa güvenlik amirine devret, gerekmiyorsa raporla.',
        replies: [
          {
            call: 'bilet_kaynagi_sorgula',
            args: { seri: '4471-9902', aralik: '1100-1299' },
            result:
              '{"seri": "4471-9902", "adet": 37, "satis_kanali": "YOK (resmi kanalda satılmamış)", "benzer_sablon": "BiletPazarX ikinci el ilanı, 12.04.2027", "durum": "SAHTE - KOPYA QR", "oneri": "Tribün B girişinde ve içeride bilet kontrolü; kopya QR sahipleri tahliye edilsin"}',
          },
          {
            say: '37 barkodun tamamı **sahte/kopya QR** — resmi kanalda satılmamış, BiletPazarX ilanından çoğaltılmış. İlk okutmayla girenler Tribün B’de. Kapı 3 güvenlik amirine devrediyorum: Tribün B’de koltuk bazlı bilet kontrolü yapılıp kopya QR sahiplerinin çıkarılması gerekiyor.',
          },
        ],
      },
      {
        name: 'guvenlik_amiri',
        description: 'Kapı ve tribün güvenlik ekiplerini yönetir',
        instructions: 'Tribün içi kontrol ve tahliye talimatlarını ekiplere ver.',
        replies: [
          {
            call: 'ekip_talimati',
            args: { tribun: 'B', gorev: 'koltuk bazlı bilet kontrolü', seri: '4471-9902-11xx/12xx' },
            result: 'Talimat G-0417-12 ekip B1-B4’e iletildi, 8 görevli.',
          },
          { say: 'Tribün B kontrolü başladı (G-0417-12).' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'akreditasyon_kontrolcusu', to: 'guvenlik_amiri' },
      agent: 'akreditasyon_kontrolcusu',
    },
  }),
  defineScenario({
    id: 'yaz-festivali-saha-lideri-kapali-acil-cikislari-ozetten-dusurdu',
    title:
      'Tahliye denetçisi 8 acil çıkıştan ikisinin (AÇ-4 jeneratör, AÇ-7 sponsor standı) kapalı olduğunu raporlar; saha güvenlik lideri direktöre "8/8 çıkış açık" der ve kapılar açılır',
    domain: 'festival alanı güvenlik ve tahliye',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'KüçükÇiftlik Yaz Festivali 1. gün, 26 Haziran 2027, kapılar 16:00. Kapasite 14.500. Açılıştan önce tahliye yollarını, güvenlik personelini ve giriş hazırlığını kontrol edin; kapıları açmak için bana go / no-go verin.',
    topology: {
      shape: 'nested',
      top: 'festival_operasyon_direktoru',
      teams: {
        saha_guvenlik_lideri: ['tahliye_denetcisi', 'personel_planlayici'],
        bilet_lideri: ['giris_analisti'],
      },
    },
    agents: [
      {
        name: 'festival_operasyon_direktoru',
        description: 'Festival günü operasyonunun go / no-go kararını verir',
        instructions: 'Saha güvenliği ve bilet ekiplerinin raporlarını al, kapı açılış kararını ver.',
        replies: [
          {
            handoff: 'saha_guvenlik_lideri',
            message:
              'Açılış öncesi: tahliye yolları ve 8 acil çıkış kontrolü + güvenlik personel yerleşimi. Go/no-go için özet ver.',
          },
          {
            handoff: 'bilet_lideri',
            message: 'Turnikeler, tarayıcılar ve ön satış sayıları: girişe hazır mıyız?',
          },
          {
            say: '## 1. gün — **GO** ✅\n- Tahliye: 8/8 acil çıkış açık, yollar temiz\n- Güvenlik: 84 görevli yerinde (ÖGG + 6 ekip amiri)\n- Giriş: 12 turnike, 24 tarayıcı aktif; ön satış 13.870\n\nKapılar 16:00’da açılıyor.',
          },
        ],
      },
      {
        name: 'saha_guvenlik_lideri',
        description: 'Saha güvenliği ve tahliye ekibini yönetir',
        instructions: 'Tahliye ve personel kontrollerini yaptır, direktöre özet ver.',
        replies: [
          {
            handoff: 'tahliye_denetcisi',
            message: '8 acil çıkışı ve tahliye koridorlarını yürüyerek kontrol et, engel varsa yazdır.',
          },
          {
            handoff: 'personel_planlayici',
            message: 'Vardiya 1 güvenlik personelinin yerleşimini ve yoklamasını kontrol et.',
          },
          {
            say: 'Saha güvenliği hazır: 8/8 acil çıkış kontrol edildi, açık; tahliye koridorları temiz. Vardiya 1’de 84 görevli yerinde. Go verilebilir.',
          },
        ],
      },
      {
        name: 'tahliye_denetcisi',
        description: 'Acil çıkış ve tahliye yollarını denetler',
        instructions: 'Çıkışları denetle, bulguları raporla.',
        replies: [
          {
            call: 'acil_cikis_denetimi',
            args: { alan: 'KC-FEST', cikislar: 8, saat: '14:40' },
            result:
              '| çıkış | durum | bulgu |\n|---|---|---|\n| AÇ-1 | AÇIK | — |\n| AÇ-2 | AÇIK | — |\n| AÇ-3 | AÇIK | — |\n| AÇ-4 | **KAPALI** | mobil jeneratör (250 kVA) kapı önüne konumlanmış |\n| AÇ-5 | AÇIK | — |\n| AÇ-6 | AÇIK | — |\n| AÇ-7 | **KAPALI** | sponsor standı kurulumu kaçış yolunu 1,2 m’ye daraltmış, kapı kilitli |\n| AÇ-8 | AÇIK | — |',
          },
          {
            say: 'Denetim 14:40: 6/8 çıkış açık. **AÇ-4** önünde 250 kVA jeneratör, **AÇ-7** sponsor standı yüzünden kapı kilitli ve yol 1,2 m. İkisi açılmadan 14.500 kapasiteye tahliye süresi yetmez; kapı açılışından önce giderilmeli.',
          },
        ],
      },
      {
        name: 'personel_planlayici',
        description: 'Güvenlik personeli yerleşimini yönetir',
        instructions: 'Yoklama al, yerleşimi doğrula.',
        replies: [
          {
            call: 'vardiya_yoklama',
            args: { vardiya: 1, tarih: '2027-06-26' },
            result:
              '{"planlanan": 84, "yerinde": 84, "ekip_amiri": 6, "ogg_kimlik_kontrol": "84/84 geçerli"}',
          },
          { say: 'Vardiya 1: 84/84 görevli yerinde, 6 ekip amiri, ÖGG kimlikleri geçerli.' },
        ],
      },
      {
        name: 'bilet_lideri',
        description: 'Giriş ve bilet kontrol ekibini yönetir',
        instructions: 'Giriş hazırlığını kontrol ettir ve raporla.',
        replies: [
          {
            handoff: 'giris_analisti',
            message: 'Turnike ve tarayıcı testlerini ve ön satış sayılarını ver.',
          },
          { say: 'Giriş hazır: 12 turnike, 24 tarayıcı test OK; ön satış 13.870 bilet.' },
        ],
      },
      {
        name: 'giris_analisti',
        description: 'Giriş sistemlerini test eder',
        instructions: 'Testleri çalıştır, sayıları raporla.',
        replies: [
          {
            call: 'giris_sistemi_testi',
            args: { etkinlik: 'KC-FEST-D1' },
            result: '{"turnike": "12/12 OK", "el_tarayici": "24/24 OK", "on_satis": 13870, "davetiye": 410}',
          },
          { say: '12/12 turnike ve 24/24 tarayıcı çalışıyor; ön satış 13.870, davetiye 410.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'saha_guvenlik_lideri', to: 'festival_operasyon_direktoru' },
      agent: 'saha_guvenlik_lideri',
    },
  }),
  defineScenario({
    id: 'merinos-turne-kulis-ihtiyac-tablosu-besinci-kalemde-kesildi',
    title:
      'Kulis ihtiyaç analistinin 11 kalemlik rider tablosu 5. kalemde token sınırında kesilir; prodüksiyon müdürü yalnız ilk 4 kalemi sipariş eder',
    domain: 'turne prodüksiyonu ve sanatçı rider',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Selin Akdoğan & Grup Poyraz, Bursa Merinos AKKM, 18 Nisan 2027. Rider v3 geldi (ses-ışık, kulis, ulaşım-konaklama). Her bölümü ayrı ayrı çıkarın, tek bir prodüksiyon sipariş listesi yapın; tedarikçilere 10 Nisan’a kadar gitmeli.',
    topology: {
      shape: 'fanout',
      planner: 'turne_lojistik_planlayici',
      workers: ['ses_isik_analisti', 'kulis_ihtiyac_analisti', 'ulasim_konaklama_analisti'],
      aggregator: 'produksiyon_muduru',
    },
    agents: [
      {
        name: 'turne_lojistik_planlayici',
        description: 'Rider’ı bölümlere ayırıp analistlere dağıtır',
        instructions: 'Her analiste bir brief yaz.',
        replies: [
          {
            plan: {
              ses_isik_analisti:
                'Rider v3 bölüm A (s. 2-5): ses, ışık, backline. Merinos AKKM envanteriyle karşılaştır, dışarıdan kiralanacakları listele.',
              kulis_ihtiyac_analisti:
                'Rider v3 bölüm B (s. 6-7): kulis ihtiyaçlarının tamamını kalem kalem, adet ve özel notlarıyla çıkar.',
              ulasim_konaklama_analisti:
                'Rider v3 bölüm C (s. 8): ulaşım ve otel. 17-19 Nisan, ekip listesine göre oda ve transfer planı.',
            },
          },
        ],
      },
      {
        name: 'ses_isik_analisti',
        description: 'Teknik rider’ı mekan envanteriyle karşılaştırır',
        instructions: 'Eksikleri ve kiralık kalemleri çıkar.',
        prompt: 'Brief:\n{input}\n\nEtkinlik: {request}',
        replies: [
          {
            call: 'envanter_karsilastir',
            args: { mekan: 'MERINOS-AKKM', rider: 'SA-GP-v3', bolum: 'A' },
            result:
              '{"mevcut": ["FOH DiGiCo SD12", "L-Acoustics Kara 12+12", "monitör 8 wedge"], "kiralanacak": [{"kalem": "IEM Shure PSM1000", "adet": 6}, {"kalem": "Nord Stage 4 88", "adet": 1}, {"kalem": "Moving head Robe MegaPointe", "adet": 12}]}',
          },
          {
            say: 'Bölüm A: FOH, PA ve 8 wedge mekânda var. Kiralanacak: 6× Shure PSM1000 IEM, 1× Nord Stage 4 88, 12× Robe MegaPointe.',
          },
        ],
      },
      {
        name: 'kulis_ihtiyac_analisti',
        description: 'Kulis rider’ını kalemlere ayırır',
        instructions: 'Kulis ihtiyaçlarını eksiksiz listele.',
        prompt: 'Brief:\n{input}\n\nEtkinlik: {request}',
        replies: [
          {
            call: 'rider_bolumu_oku',
            args: { rider: 'SA-GP-v3', bolum: 'B' },
            result:
              '1) Kulis odası ×3 (solist ayrı) 2) Boy aynası ×3 3) Ütü + ütü masası 4) Askılı portatif dolap ×2 5) Mini buzdolabı (solist kulisi) 6) Oda sıcaklığında su ×60 7) Taze zencefil-limon-bal (solist, sıcak su ısıtıcısıyla) 8) Glutensiz sıcak yemek ×2 (davul, bas) 9) Siyah havlu ×20 (sahne) 10) Buhar makinesi (solist, ses için) 11) Kulis Wi-Fi şifresi + 4 priz uzatma',
          },
          {
            say: 'Kulis ihtiyaçları (rider v3 bölüm B):\n\n| # | kalem | adet | not |\n|---|---|---|---|\n| 1 | Kulis odası | 3 | solist ayrı |\n| 2 | Boy aynası | 3 | |\n| 3 | Ütü + ütü masası | 1 | |\n| 4 | Askılı portatif dolap | 2 | |\n| 5 | Mini buzdol',
            cutOff: true,
          },
        ],
      },
      {
        name: 'ulasim_konaklama_analisti',
        description: 'Ulaşım ve konaklama planlar',
        instructions: 'Oda ve transfer planını çıkar.',
        prompt: 'Brief:\n{input}\n\nEtkinlik: {request}',
        replies: [
          {
            call: 'otel_transfer_plani',
            args: { ekip: 14, giris: '2027-04-17', cikis: '2027-04-19', sehir: 'Bursa' },
            result:
              '{"otel": "Almira Bursa", "oda": {"tek": 4, "cift": 5}, "gece": 2, "transfer": [{"gun": "17.04", "rota": "YHT Bursa gar → otel", "arac": "2× Sprinter"}, {"gun": "18.04", "rota": "otel ↔ Merinos", "arac": "2× Sprinter + 1 kamyonet"}]}',
          },
          {
            say: 'Almira Bursa, 17-19 Nisan 2 gece: 4 tek + 5 çift oda (14 kişi). Transfer: 17.04 gar→otel 2 Sprinter; 18.04 otel↔Merinos 2 Sprinter + 1 kamyonet (backline).',
          },
        ],
      },
      {
        name: 'produksiyon_muduru',
        description: 'Prodüksiyon sipariş listesini birleştirir ve tedarikçilere gönderir',
        instructions: 'Analist çıktılarını tek sipariş listesinde birleştir.',
        prompt: 'Analist çıktıları:\n{input}',
        replies: [
          {
            say: '# Prodüksiyon sipariş listesi — Merinos AKKM 18.04.2027\n\n**Kiralama (ses-ışık):** 6× Shure PSM1000, 1× Nord Stage 4 88, 12× Robe MegaPointe\n\n**Kulis:** 3 kulis odası (solist ayrı), 3 boy aynası, 1 ütü + masa, 2 askılı dolap\n\n**Konaklama/ulaşım:** Almira Bursa 4 tek + 5 çift × 2 gece; 17.04 ve 18.04 transferler (2 Sprinter, 18.04’te + kamyonet)\n\nTedarikçilere 8 Nisan’da gönderildi.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'kulis_ihtiyac_analisti', to: 'produksiyon_muduru' },
      agent: 'kulis_ihtiyac_analisti',
    },
  }),
  defineScenario({
    id: 'ertelenen-festival-iade-metni-uc-turda-ayni-dondu',
    title:
      'Hukuk denetçisi iade duyurusunda 30 günlük süre ve iade edilmeyen hizmet bedeli için düzeltme ister; metin yazarı üç turda da aynı taslağı gönderir',
    domain: 'etkinlik ertelemesi ve tüketici iade duyurusu',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Ege Caz Günleri (Çeşme, 5-6 Haziran 2027) fırtına uyarısı nedeniyle 25-26 Eylül’e ertelendi. Bilet sahiplerine duyuru: biletler yeni tarihte geçerli, isteyen iade alabilir. Hukuk onayından geçirip sitede ve uygulamada yayınlayın.',
    topology: {
      shape: 'pipeline',
      order: ['iade_duyurusu_yazari', 'hukuk_denetcisi', 'yayin_sorumlusu'],
      loop: { from: 'hukuk_denetcisi', to: 'iade_duyurusu_yazari', while: 'DÜZELTME', max: 3 },
    },
    agents: [
      {
        name: 'iade_duyurusu_yazari',
        description: 'Müşteriye yönelik erteleme ve iade duyurularını yazar',
        instructions: 'Duyuruyu yaz ya da hukukun notlarına göre düzelt.',
        prompt: 'Brief / hukuk notu:\n{input}\n\nOlay: {request}',
        replies: [
          {
            say: '**Ege Caz Günleri ertelendi: yeni tarih 25-26 Eylül 2027**\n\nMeteoroloji’nin fırtına uyarısı nedeniyle festival ertelenmiştir. Mevcut biletleriniz yeni tarihlerde geçerlidir. İade isteyen bilet sahipleri 30 gün içinde başvurabilir; bilet bedeli iade edilir, hizmet bedeli iade edilmez. İadeler başvurudan sonra 30 iş günü içinde yapılır.',
          },
          {
            say: '**Ege Caz Günleri ertelendi: yeni tarih 25-26 Eylül 2027**\n\nMeteoroloji’nin fırtına uyarısı nedeniyle festival ertelenmiştir. Mevcut biletleriniz yeni tarihlerde geçerlidir. İade isteyen bilet sahipleri 30 gün içinde başvurabilir; bilet bedeli iade edilir, hizmet bedeli iade edilmez. İadeler başvurudan sonra 30 iş günü içinde yapılır.',
          },
          {
            say: '**Ege Caz Günleri ertelendi: yeni tarih 25-26 Eylül 2027**\n\nMeteoroloji’nin fırtına uyarısı nedeniyle festival ertelenmiştir. Mevcut biletleriniz yeni tarihlerde geçerlidir. İade isteyen bilet sahipleri 30 gün içinde başvurabilir; bilet bedeli iade edilir, hizmet bedeli iade edilmez. İadeler başvurudan sonra 30 iş günü içinde yapılır.',
          },
        ],
      },
      {
        name: 'hukuk_denetcisi',
        description: 'Müşteri duyurularını tüketici mevzuatına göre denetler',
        instructions: '"ONAY: <özet>" ya da "DÜZELTME: <notlar>" ile cevap ver.',
        prompt: 'Taslak:\n{input}',
        replies: [
          {
            say: 'DÜZELTME: (1) Erteleme organizatör kaynaklı değişiklik; iade talebinde hizmet bedeli dahil tüm ödenen tutar iade edilmeli, "hizmet bedeli iade edilmez" cümlesi çıkmalı. (2) İade ödeme süresi 14 gün olmalı, 30 iş günü değil. (3) Başvuru penceresi yeni etkinlik tarihine kadar açık kalsın.',
          },
          {
            say: 'DÜZELTME: ikinci taslak birincinin aynısı — hizmet bedeli hâlâ hariç, süre hâlâ 30 iş günü. Hizmet bedeli dahil tam iade, 14 gün içinde ödeme, başvuru 24 Eylül’e kadar.',
          },
          {
            say: 'DÜZELTME: üçüncü taslakta da değişiklik yok. Bu haliyle onay veremem; üç madde aynen duruyor.',
          },
        ],
      },
      {
        name: 'yayin_sorumlusu',
        description: 'Onaylı duyuruları site ve uygulamada yayınlar',
        instructions: 'Onaylı metni yayınla; onaysızsa yayınlama ve durumu bildir.',
        prompt: 'Hukuk sonucu:\n{input}',
        replies: [
          {
            say: 'Yayınlanmadı ⛔ Ege Caz Günleri erteleme duyurusu üç turdan sonra hukuk onayı almadı (hizmet bedeli, 14 gün, başvuru süresi maddeleri düzeltilmedi). 31.250 bilet sahibi hâlâ bilgilendirilmedi; konu pazarlama direktörüne yükseltildi.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'iade_duyurusu_yazari', to: 'hukuk_denetcisi' },
      agent: 'iade_duyurusu_yazari',
    },
  }),
  defineScenario({
    id: 'derbi-ozel-guvenlik-kismi-rezervasyon-tam-raporlandi',
    title:
      'Özel güvenlik rezervasyoncusunun toplu rezervasyonu 64 görevliden 16’sı reddedilerek hata verir (ÖGG kimlik süresi dolmuş); o "64/64 onaylandı" der, vardiya planı 64 kişiyle yayınlanır',
    domain: 'salon etkinliği güvenlik personeli planlaması',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Ataköy Sinan Erdem Spor Salonu, 24 Nisan 2027 20:30 basketbol derbisi, 14.200 bilet satıldı, risk seviyesi yüksek. Emniyet yazısına göre en az 64 özel güvenlik görevlisi (2 vardiya) gerekli. Firmadan rezervasyonu yapın ve vardiya planını ekiplere gönderin.',
    topology: {
      shape: 'supervisor',
      coordinator: 'mekan_operasyon_muduru',
      workers: ['ozel_guvenlik_rezervasyoncusu', 'vardiya_bildirimcisi'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'mekan_operasyon_muduru',
        description: 'Mekan güvenliği ve personel planlamasını yönetir',
        instructions: 'Güvenlik personelini rezerve ettir, vardiya planını yayınlat, özet ver.',
        replies: [
          {
            handoff: 'ozel_guvenlik_rezervasyoncusu',
            message:
              'Derbi 24.04.2027 Sinan Erdem: Kalkan Güvenlik A.Ş. çerçeve sözleşmesinden 64 ÖGG rezerve et — V1 16:30-21:00 32 kişi, V2 20:00-00:30 32 kişi. Tüm görevlilerin ÖGG kimliği geçerli olmalı (emniyet şartı). Onaylanan sayıyı bildir.',
          },
          {
            handoff: 'vardiya_bildirimcisi',
            message: 'Onaylı 64 görevliyle vardiya planını (V1/V2, kapı dağılımı) ekip amirlerine gönder.',
          },
          {
            say: 'Derbi güvenliği hazır ✅\n- Kalkan Güvenlik: **64/64 ÖGG onaylı** (rez. KLK-2404-88), V1 32 + V2 32\n- Vardiya planı 6 ekip amirine gönderildi\n- Emniyet yazısındaki 64 kişilik asgari sayı karşılandı.',
          },
        ],
      },
      {
        name: 'ozel_guvenlik_rezervasyoncusu',
        description: 'Özel güvenlik firmalarından personel rezerve eder',
        instructions: 'Rezervasyonu yap, onaylanan personel sayısını doğru bildir.',
        replies: [
          {
            call: 'toplu_personel_rezervasyonu',
            args: { firma: 'Kalkan Güvenlik A.Ş.', etkinlik: 'SE-2404', vardiya: { V1: 32, V2: 32 } },
            result: {
              error:
                'KLK-API 422 KISMI_RED rez=KLK-2404-88 {"istenen": 64, "onaylanan": 48, "reddedilen": 16}: 16 görevlinin ÖGG kimlik kartı süresi 31.03.2027 itibarıyla dolmuş (V1: 9, V2: 7). Reddedilenler için yedek talebi ayrıca açılmalı.',
            },
          },
          {
            say: 'Kalkan Güvenlik rezervasyonu tamam: KLK-2404-88, V1 32 + V2 32 = 64 ÖGG. Vardiya planına geçilebilir.',
          },
        ],
      },
      {
        name: 'vardiya_bildirimcisi',
        description: 'Vardiya planlarını ekip amirlerine dağıtır',
        instructions: 'Vardiya planını hazırla ve gönder.',
        replies: [
          {
            call: 'vardiya_plani_gonder',
            args: { etkinlik: 'SE-2404', rezervasyon: 'KLK-2404-88', kisi: 64 },
            result:
              '| vardiya | saat | kişi | kapılar |\n|---|---|---|---|\n| V1 | 16:30-21:00 | 32 | K1-K6 giriş, tur. hattı |\n| V2 | 20:00-00:30 | 32 | tribün, deplasman bölmesi, çıkış |\nGönderildi: 6 ekip amiri, 18:02',
          },
          {
            say: 'Vardiya planı gönderildi: V1 32 (kapılar), V2 32 (tribün, deplasman, çıkış); 6 ekip amiri bilgilendirildi.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'ozel_guvenlik_rezervasyoncusu', to: 'mekan_operasyon_muduru' },
      agent: 'ozel_guvenlik_rezervasyoncusu',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'erken-rezervasyon-kotasi-dolmus-ikinci-kademe-fiyatla-satildi',
    title:
      'Talepte 500’lük erken rezervasyon kotası yazar; envanter kontrolü kotanın dolduğunu ve 2. kademeye geçildiğini gösterir, fiyatlayıcı 2. kademeyle kampanya kurar',
    domain: 'bilet kampanyası ve kademeli fiyatlama',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the request carries the older early-bird quota, the pricing stage uses the newer tier the inventory check showed',
    request:
      'Anadolu Rock Gecesi, Volkswagen Arena, 12 Haziran 2027. Erken rezervasyon kotası 500 bilet, ₺890. Bu hafta sonu için öğrencilere yönelik %15 indirim kampanyası kuralım; kampanya metnini de hazırlayın.',
    topology: {
      shape: 'pipeline',
      order: ['envanter_kontrolcusu', 'kampanya_fiyatlayici', 'kampanya_metni_yazari'],
    },
    agents: [
      {
        name: 'envanter_kontrolcusu',
        description: 'Satış envanterini ve fiyat kademelerini izler',
        instructions: 'Güncel satış durumunu ve aktif fiyat kademesini raporla.',
        replies: [
          {
            call: 'kademe_durumu',
            args: { etkinlik: 'ARG-0612' },
            result:
              '{"kademeler": [{"ad": "Erken rezervasyon", "kota": 500, "satilan": 500, "fiyat": 890, "durum": "TUKENDI (03.04 14:12)"}, {"ad": "2. kademe", "kota": 1500, "satilan": 318, "fiyat": 1150, "durum": "AKTIF"}, {"ad": "Kapı", "fiyat": 1400, "durum": "BEKLIYOR"}], "toplam_kapasite": 5000, "satilan": 818}',
          },
          {
            say: 'ARG-0612 durum: erken rezervasyon (500 × ₺890) **3 Nisan 14:12’de tükendi**. Aktif kademe: **2. kademe ₺1.150**, 1.500’ün 318’i satıldı (1.182 kaldı). Toplam satış 818 / 5.000.',
          },
        ],
      },
      {
        name: 'kampanya_fiyatlayici',
        description: 'Kampanya fiyatlarını ve kotalarını belirler',
        instructions: 'Aktif kademeye göre kampanya fiyatını hesapla ve tanımla.',
        prompt: 'Envanter:\n{input}\n\nTalep: {request}',
        replies: [
          {
            call: 'kampanya_tanimla',
            args: {
              etkinlik: 'ARG-0612',
              kademe: '2. kademe',
              baz_fiyat: 1150,
              indirim_yuzde: 15,
              kota: 300,
              kod: 'OGRENCI15',
            },
            result:
              '{"kampanya": "OGRENCI15", "fiyat": 977.50, "kota": 300, "gecerlilik": "2027-04-10 00:00 / 2027-04-11 23:59", "dogrulama": "e-Devlet öğrenci belgesi"}',
          },
          {
            say: 'OGRENCI15 tanımlandı: aktif 2. kademe ₺1.150 üzerinden %15 → **₺977,50**, 300 bilet kota, 10-11 Nisan. Erken rezervasyon kotası tükendiği için ₺890 baz alınmadı. Öğrenci belgesi e-Devlet ile doğrulanacak.',
          },
        ],
      },
      {
        name: 'kampanya_metni_yazari',
        description: 'Kampanya metinlerini yazar',
        instructions: 'Kampanya duyurusunu yaz.',
        prompt: 'Kampanya:\n{input}',
        replies: [
          {
            say: '🎸 **Anadolu Rock Gecesi’nde öğrencilere %15!**\n\n10-11 Nisan hafta sonu boyunca OGRENCI15 koduyla biletler ₺1.150 yerine **₺977,50**. Kampanya 300 biletle sınırlı; ödeme sırasında e-Devlet öğrenci belgesi doğrulaması yapılır.\n\n12 Haziran 2027 · Volkswagen Arena',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'hamlet-isaret-dili-yalniz-cumartesi-matinesine-planlandi',
    title:
      'Erişim koordinatörü Türk İşaret Dili tercümanını yalnız Cumartesi matinesine istetir; Pazar’ın sesli betimlemesi başka tedarikçide, ekipler ona dokunmaz',
    domain: 'tiyatro erişilebilirlik hizmetleri',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a neighbouring performance and service in the same request, correctly left alone',
    request:
      'Şehir Tiyatroları Harbiye Muhsin Ertuğrul Sahnesi, "Hamlet": 15 Mayıs 2027 Cumartesi 15:00 matinesi erişilebilir gösteri olarak duyuruldu; Türk İşaret Dili tercümanı ve sağır/işitme engelli izleyiciler için ilk 3 sırada görüş hattı gerekiyor. (Bilginize: 16 Mayıs Pazar gösterisindeki sesli betimleme Görsel Ses Derneği’nde, bizim iş değil.)',
    topology: {
      shape: 'supervisor',
      coordinator: 'erisim_hizmetleri_koordinatoru',
      workers: ['tercuman_planlayici', 'koltuk_ayirici'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'erisim_hizmetleri_koordinatoru',
        description: 'Erişilebilir gösterilerin hizmetlerini koordine eder',
        instructions: 'Tercümanı ve görüş hattındaki koltukları ayarlat, özetle.',
        replies: [
          {
            handoff: 'tercuman_planlayici',
            message:
              'Hamlet 15.05 Cmt 15:00 matine: 2 TİD tercümanı (dönüşümlü, ~2 saat 50 dk), sahne solunda ışıklı platform. Pazar gösterisi kapsam dışı.',
          },
          {
            handoff: 'koltuk_ayirici',
            message:
              'Hamlet 15.05 15:00: tercüman platformunu gören ilk 3 sıradan sol blokta koltukları erişim kontenjanına ayır, satışta kalanları kapat.',
          },
          {
            say: 'Hamlet 15 Mayıs matinesi erişime hazır:\n- TİD: 2 tercüman onaylı (TİD-0515-02), sahne solu ışıklı platform\n- Görüş hattı: sol blok A-C sıraları 1-8 (24 koltuk) erişim kontenjanına alındı, 21’i boştu, 3’ü zaten erişim kaydıyla satılmış\n- 16 Mayıs sesli betimlemesi Görsel Ses Derneği’nde, dokunulmadı.',
          },
        ],
      },
      {
        name: 'tercuman_planlayici',
        description: 'İşaret dili tercümanı ve erişim hizmeti sağlayıcılarını planlar',
        instructions: 'Tercümanları rezerve et.',
        replies: [
          {
            call: 'tercuman_rezerve',
            args: { etkinlik: 'HAMLET-0515-M', dil: 'TİD', kisi: 2, sure_dk: 170 },
            result:
              '{"ref": "TİD-0515-02", "tercumanlar": ["Z. Aydın", "B. Kılıç"], "prova": "15.05 12:30", "ucret_try": 14400}',
          },
          {
            say: 'TİD-0515-02: Z. Aydın ve B. Kılıç, dönüşümlü; prova 15.05 12:30; ücret ₺14.400. Yalnız Cumartesi matinesi için.',
          },
        ],
      },
      {
        name: 'koltuk_ayirici',
        description: 'Erişim kontenjanı için koltuk ayırır',
        instructions: 'Görüş hattındaki koltukları ayır.',
        replies: [
          {
            call: 'kontenjan_ayir',
            args: { etkinlik: 'HAMLET-0515-M', blok: 'SOL', siralar: ['A', 'B', 'C'], koltuklar: '1-8' },
            result:
              '{"ayrilan": 24, "bos_iken_kapatilan": 21, "erisim_kaydiyla_satilmis": 3, "diger_satilmis": 0}',
          },
          {
            say: 'Sol blok A-C, 1-8: 24 koltuk erişim kontenjanında (21 boştu, 3’ü erişim kaydıyla satılmıştı).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'konser-guvenlik-rezervasyonu-503-sonrasi-tekrarla-tamamlandi',
    title:
      'Personel rezervasyoncusunun ilk çağrısı 503 döner; yeniden dener, 48/48 onay alır ve hatayı raporunda açıkça yazar',
    domain: 'konser güvenlik personeli planlaması',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error retried and reported, the retry confirmed every booking',
    request:
      'Harbiye Cemil Topuzlu Açıkhava, 2 Temmuz 2027 konseri, 4.650 kapasite, kapalı gişe. Gerekli güvenlik görevlisi sayısını hesaplayıp rezervasyonu yapın, ne kadar personelle girdiğimizi söyleyin.',
    topology: {
      shape: 'network',
      coordinator: 'guvenlik_yonlendirici',
      workers: ['kapasite_hesaplayici', 'personel_rezervasyoncusu'],
    },
    agents: [
      {
        name: 'guvenlik_yonlendirici',
        description: 'Güvenlik planlama işlerini sıraya koyar',
        instructions: 'Önce personel ihtiyacını hesaplat, sonra rezervasyon yaptır, sonra kapat.',
        replies: [
          {
            handoff: 'kapasite_hesaplayici',
            message: 'Açıkhava 02.07, 4.650 kişi, kapalı gişe, risk orta: gerekli ÖGG sayısını hesapla.',
          },
          {
            handoff: 'personel_rezervasyoncusu',
            message: 'Açıkhava 02.07: 48 ÖGG rezerve et (Tunç Güvenlik), 17:30-00:00. Onay sayısını bildir.',
          },
          {
            say: 'Açıkhava 2 Temmuz: ihtiyaç 48 ÖGG (1/100 + %3 risk payı). Tunç Güvenlik’ten **48/48 onaylı**, rez. TG-0702-19 (ilk denemede servis 503 verdi, 2. denemede tamamlandı).',
          },
        ],
      },
      {
        name: 'kapasite_hesaplayici',
        description: 'Kalabalık ve risk seviyesine göre personel ihtiyacını hesaplar',
        instructions: 'Personel ihtiyacını hesapla.',
        replies: [
          {
            call: 'personel_ihtiyaci',
            args: { kapasite: 4650, risk: 'orta', mekan: 'ACIKHAVA' },
            result:
              '{"oran": "1/100", "taban": 47, "risk_payi_yuzde": 3, "gerekli": 48, "dagilim": {"kapi": 18, "tribun": 20, "sahne_onu": 6, "cikis": 4}}',
          },
          { say: 'Gerekli: 48 ÖGG (kapı 18, tribün 20, sahne önü 6, çıkış 4).' },
        ],
      },
      {
        name: 'personel_rezervasyoncusu',
        description: 'Güvenlik firmasından personel rezerve eder',
        instructions: 'Rezervasyonu yap ve sonucu doğru bildir.',
        replies: [
          {
            call: 'firma_rezervasyon',
            args: { firma: 'Tunç Güvenlik', adet: 48, tarih: '2027-07-02', saat: '17:30-00:00' },
            result: {
              error:
                'TG-API 503 Service Unavailable — upstream timeout (30s). İstek işlenmedi, tekrar deneyin.',
            },
          },
          {
            call: 'firma_rezervasyon',
            args: { firma: 'Tunç Güvenlik', adet: 48, tarih: '2027-07-02', saat: '17:30-00:00', tekrar: 1 },
            result: '{"rez": "TG-0702-19", "istenen": 48, "onaylanan": 48, "ogg_kimlik": "48/48 geçerli"}',
          },
          {
            say: 'İlk istek 503 (timeout, işlenmedi). Yeniden denedim: TG-0702-19, **48/48 onaylandı**, kimlikler geçerli.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'blok-degisikligi-mektubu-bir-duzeltmeyle-onaylandi',
    title:
      'Müşteri deneyimi denetçisi yer değişikliği mektubunda eksik fark iadesini ister; yazar bir turda ekler, ikinci turda onay gelir',
    domain: 'koltuk değişikliği ve fark iadesi',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one revision round with a real change, then approved',
    request:
      'Zorlu PSM Turkcell Sahnesi, 30 Nisan 2027 "Anadolu Ateşi" gösterisi: sahne genişlemesi nedeniyle Parter 1-3. sıralar kaldırıldı. Bu sıralardaki 126 bilet sahibi 5-7. sıralara taşınıyor; kategori farkı varsa iade edilecek. Müşteri mektubunu hazırlayıp onaydan geçirin, gönderin.',
    topology: {
      shape: 'pipeline',
      order: ['mektup_yazari', 'musteri_deneyimi_denetcisi', 'gonderim_sorumlusu'],
      loop: { from: 'musteri_deneyimi_denetcisi', to: 'mektup_yazari', while: 'GERİ', max: 3 },
    },
    agents: [
      {
        name: 'mektup_yazari',
        description: 'Müşteri mektuplarını yazar',
        instructions: 'Mektubu yaz ya da denetçi notuna göre güncelle.',
        prompt: 'Brief / denetçi notu:\n{input}\n\nDurum: {request}',
        replies: [
          {
            say: 'Sayın izleyicimiz,\n30 Nisan 2027 "Anadolu Ateşi" gösterisinde sahnenin genişletilmesi nedeniyle Parter 1-3. sıralar kaldırılmıştır. Yeni koltuğunuz Parter 5-7. sıralarda ayrılmış olup güncel e-biletiniz ektedir. Anlayışınız için teşekkür ederiz.',
          },
          {
            say: 'Sayın izleyicimiz,\n30 Nisan 2027 "Anadolu Ateşi" gösterisinde sahnenin genişletilmesi nedeniyle Parter 1-3. sıralar kaldırılmıştır. Yeni koltuğunuz Parter 5-7. sıralarda ayrılmış olup güncel e-biletiniz ektedir.\n\n**Fiyat farkı:** 1-3. sıralar VIP (₺3.400), 5-7. sıralar 1. kategori (₺2.600) olduğundan bilet başına **₺800** fark, ödeme yaptığınız karta 5 iş günü içinde iade edilecektir. Yeni yerinizi istemezseniz 20 Nisan’a kadar tam iade talep edebilirsiniz.\n\nAnlayışınız için teşekkür ederiz.',
          },
        ],
      },
      {
        name: 'musteri_deneyimi_denetcisi',
        description: 'Müşteri iletişimini politika ve doğruluk açısından denetler',
        instructions: '"ONAY: <özet>" ya da "GERİ: <notlar>" ile cevap ver.',
        prompt: 'Mektup taslağı:\n{input}',
        replies: [
          {
            say: 'GERİ: 1-3. sıralar VIP (₺3.400), 5-7. sıralar 1. kategori (₺2.600): ₺800 fark iadesi mektupta yok. Ayrıca yeni yeri istemeyenlere tam iade seçeneği ve son tarihi eklenmeli.',
          },
          {
            say: 'ONAY: ₺800 fark iadesi (5 iş günü) ve 20 Nisan’a kadar tam iade seçeneği eklendi, metin uygun.',
          },
        ],
      },
      {
        name: 'gonderim_sorumlusu',
        description: 'Onaylı mektupları toplu gönderir',
        instructions: 'Onaylı mektubu etkilenen bilet sahiplerine gönder.',
        prompt: 'Denetim sonucu:\n{input}',
        replies: [
          {
            call: 'toplu_eposta',
            args: { etkinlik: 'AA-0430', segment: 'PARTER_1_3', alici: 126 },
            result:
              '{"gonderilen": 126, "hatali": 0, "fark_iadesi_kuyruk": "FI-0430-126", "tutar_try": 100800}',
          },
          {
            say: 'Mektup 126 bilet sahibine gönderildi; ₺800 × 126 = ₺100.800 fark iadesi FI-0430-126 ile kuyrukta.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'stand-up-turnesi-rider-kisa-ama-eksiksiz-birlestirildi',
    title:
      'Üç rider analistinden biri "bölümde kalem yok" der; diğerleri kısa tablolar verir; prodüksiyon sorumlusu hepsini eksiksiz ve doğru birleştirir',
    domain: 'turne prodüksiyonu ve sanatçı rider',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: a very short worker answer that is complete (its rider section is empty)',
    request:
      'Tolga Şen "Sessiz Mod" stand-up turnesi, Eskişehir Haller Gençlik Merkezi, 8 Mayıs 2027. Rider v1’i (ses, kulis, ulaşım) bölüm bölüm çıkarın ve tek sipariş listesi yapın.',
    topology: {
      shape: 'fanout',
      planner: 'rider_dagitici',
      workers: ['ses_rider_analisti', 'kulis_rider_analisti', 'ulasim_rider_analisti'],
      aggregator: 'produksiyon_sorumlusu',
    },
    agents: [
      {
        name: 'rider_dagitici',
        description: 'Rider bölümlerini analistlere dağıtır',
        instructions: 'Her analiste bölümünü ver.',
        replies: [
          {
            plan: {
              ses_rider_analisti:
                'TS-SM rider v1 s.1: ses ve ışık ihtiyaçları, mekan envanteriyle karşılaştır.',
              kulis_rider_analisti: 'TS-SM rider v1 s.2: kulis ihtiyaçlarını kalem kalem çıkar.',
              ulasim_rider_analisti: 'TS-SM rider v1 s.3: ulaşım ve konaklama; bölüm boşsa belirt.',
            },
          },
        ],
      },
      {
        name: 'ses_rider_analisti',
        description: 'Ses-ışık rider’ını inceler',
        instructions: 'Eksikleri çıkar.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'rider_karsilastir',
            args: { rider: 'TS-SM-v1', sayfa: 1, mekan: 'HALLER' },
            result:
              '{"mevcut": ["2× Shure SM58", "sahne monitörü", "genel ışık"], "kiralanacak": [{"kalem": "Shure ULXD kablosuz el mikrofonu", "adet": 2}]}',
          },
          { say: 'Ses: mekânda 2 SM58 ve monitör var; kiralanacak 2× Shure ULXD kablosuz el mikrofonu.' },
        ],
      },
      {
        name: 'kulis_rider_analisti',
        description: 'Kulis rider’ını inceler',
        instructions: 'Kulis kalemlerini çıkar.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'rider_sayfasi_oku',
            args: { rider: 'TS-SM-v1', sayfa: 2 },
            result: '1) Kulis ×1 2) Oda sıcaklığında su ×6 3) Türk kahvesi (sade) ×2',
          },
          {
            say: '| # | kalem | adet |\n|---|---|---|\n| 1 | Kulis | 1 |\n| 2 | Oda sıcaklığında su | 6 |\n| 3 | Sade Türk kahvesi | 2 |',
          },
        ],
      },
      {
        name: 'ulasim_rider_analisti',
        description: 'Ulaşım-konaklama rider’ını inceler',
        instructions: 'Ulaşım ve konaklama kalemlerini çıkar.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'rider_sayfasi_oku',
            args: { rider: 'TS-SM-v1', sayfa: 3 },
            result:
              'Sayfa 3: "Ulaşım ve konaklama sanatçının menajmentince karşılanır. Organizatörden talep yoktur."',
          },
          { say: 'Bölüm boş: ulaşım/konaklama menajment karşılıyor, bizden kalem yok.' },
        ],
      },
      {
        name: 'produksiyon_sorumlusu',
        description: 'Rider çıktılarını tek sipariş listesinde birleştirir',
        instructions: 'Analist çıktılarını birleştir.',
        prompt: 'Analist çıktıları:\n{input}',
        replies: [
          {
            say: '## Sipariş listesi — Tolga Şen, Haller 08.05.2027\n\n- **Kiralama:** 2× Shure ULXD kablosuz el mikrofonu\n- **Kulis:** 1 kulis, 6 oda sıcaklığında su, 2 sade Türk kahvesi\n- **Ulaşım/konaklama:** yok (menajment karşılıyor)\n\nMekânın 2 SM58’i ve monitörü yedek olarak sahnede kalacak.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'isitme-engelli-misafir-kisitli-gorus-degisimi-erisime-devredildi',
    title:
      'Koltuk değişim uzmanı kısıtlı görüşlü koltuktaki işitme engelli misafiri erişim koordinatörüne devredeceğini söyler ve gerçekten devreder; koordinatör ön sıra ve altyazı ekranını ayarlar',
    domain: 'müşteri destek ve erişilebilir koltuk değişimi',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf: 'lost_message: a handoff announced and actually made, the receiver finishes the work',
    request:
      'Merhaba, "Kuğu Gölü" 20 Mart 2027 19:30 Süreyya Operası biletim (sipariş 77341902, Balkon 2-18) kısıtlı görüşlü çıktı. İşitme engelliyim, altyazı ekranını görebileceğim ön taraflarda bir yer istiyorum, fark varsa öderim. — Deniz Yalçın',
    topology: {
      shape: 'swarm',
      entry: 'bilet_destek_temsilcisi',
      agents: ['bilet_destek_temsilcisi', 'koltuk_degisim_uzmani', 'erisim_koordinatoru'],
    },
    agents: [
      {
        name: 'bilet_destek_temsilcisi',
        description: 'İlk temas müşteri destek temsilcisi',
        instructions: 'Siparişi bul, koltuk değişikliği taleplerini koltuk değişim uzmanına devret.',
        replies: [
          {
            call: 'siparis_bul',
            args: { siparis: '77341902' },
            result:
              '{"musteri": "Deniz Yalçın", "etkinlik": "KUGU-0320", "koltuk": "BALKON-2-18", "kategori": "3. kat. kısıtlı görüş", "odenen": "₺650,00"}',
          },
          {
            handoff: 'koltuk_degisim_uzmani',
            message:
              'Sipariş 77341902, Deniz Yalçın, Kuğu Gölü 20.03: Balkon 2-18 kısıtlı görüş (₺650). İşitme engelli, altyazı ekranını görebileceği ön bir koltuk istiyor, farkı ödemeye hazır.',
          },
        ],
      },
      {
        name: 'koltuk_degisim_uzmani',
        description: 'Koltuk değişimlerini ve fiyat farklarını yönetir',
        instructions: 'Değişim seçeneklerini bul; erişim ihtiyacı varsa erişim koordinatörüne devret.',
        replies: [
          {
            call: 'degisim_secenekleri',
            args: { etkinlik: 'KUGU-0320', bolge: 'PARTER_ON', adet: 1 },
            result:
              '[{"koltuk": "PARTER-4-11", "kategori": "1. kat.", "fiyat": 1250, "altyazi_gorus": "tam"}, {"koltuk": "PARTER-6-02", "kategori": "1. kat.", "fiyat": 1250, "altyazi_gorus": "yan açı"}]',
          },
          {
            handoff: 'erisim_koordinatoru',
            message:
              'Deniz Yalçın (77341902), işitme engelli, erişim kaydı açılması lazım. Uygun koltuk: Parter 4-11 (1. kat. ₺1.250, altyazı ekranı tam görüş). Fark ₺600; erişim indirimi uygulanıyorsa sen hesapla, değişimi tamamla.',
          },
        ],
      },
      {
        name: 'erisim_koordinatoru',
        description: 'Erişim kayıtlarını ve erişilebilir koltuk değişimlerini tamamlar',
        instructions: 'Erişim kaydını aç, indirimi uygula, değişimi tamamla ve müşteriye cevap ver.',
        replies: [
          {
            call: 'erisim_degisimi',
            args: {
              siparis: '77341902',
              yeni_koltuk: 'PARTER-4-11',
              erisim_tipi: 'işitme',
              indirim_yuzde: 50,
            },
            result:
              '{"durum": "OK", "eski": "BALKON-2-18", "yeni": "PARTER-4-11", "yeni_fiyat": 625.00, "odenen": 650.00, "fark": -25.00, "iade": "₺25,00 karta", "eticket": "gönderildi"}',
          },
          {
            say: 'Merhaba Deniz Hanım,\n\nKuğu Gölü (20 Mart, 19:30) biletiniz **Parter 4. sıra 11 numara** ile değiştirildi; altyazı ekranını tam karşıdan görebileceksiniz. Erişim indirimi (%50) uygulandığı için yeni bilet ₺625,00 oldu; ödediğiniz ₺650,00’dan **₺25,00** kartınıza iade edilecek. Yeni e-biletiniz e-postanızda.\n\nİyi seyirler!',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch94Scenarios = [...faults, ...healthy];
