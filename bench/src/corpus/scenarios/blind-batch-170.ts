import { defineScenario } from '../scenario.ts';

// Blind batch 170: bir Türk çevrimiçi pazaryerinin satıcı desteği (ilanlar, komisyonlar, iadeler, kargo takibi, hakedişler), tamamen Türkçe, TRY tutarlarıyla.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'pazaryeri-hakedis-eski-komisyon-oraniyla',
    title:
      'Komisyon denetçisi Elektronik > Kulaklık kategorisinin 1 Kasım itibarıyla %19,5 olduğunu gösteriyor; hakediş hesaplayıcı Kasım siparişlerini %17 ile hesaplıyor',
    domain: 'pazaryeri komisyonları ve satıcı hakedişleri',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Mağazamız (satıcı no 482913, SesDünyası) Kasım 2026 hakedişini kontrol etmek istiyoruz. Kulaklık kategorisinde 1–30 Kasım arası 214 sipariş var, brüt satış 386.420,00 TL. Sözleşmemizde komisyon %17 yazıyor. Komisyonu doğrulayıp net hakedişi hesaplar ve bize bir özet yazar mısınız?',
    topology: {
      shape: 'pipeline',
      order: ['komisyon_denetcisi', 'hakedis_hesaplayici', 'satici_bilgilendirici'],
    },
    agents: [
      {
        name: 'komisyon_denetcisi',
        description: 'Kategori komisyon oranlarını ve geçerlilik tarihlerini doğrular',
        instructions: 'Satıcının kategorisi için dönemde geçerli komisyon oranını bul ve hesaplamaya ilet.',
        replies: [
          {
            call: 'komisyon_tarifesi_getir',
            args: { satici_no: 482913, kategori: 'Elektronik > Kulaklık', donem: '2026-11' },
            result:
              '{"kategori_kodu": "ELK-KLK-07", "gecerli_oran": 0.195, "gecerlilik_baslangic": "2026-11-01", "onceki": {"oran": 0.17, "gecerlilik_bitis": "2026-10-31"}, "duyuru": "SD-2026-1184 (3 Ekim 2026)", "kdv_dahil_mi": false}',
          },
          {
            say: '**Komisyon kontrolü — satıcı 482913, ELK-KLK-07**\n\n| dönem | oran |\n|---|---|\n| 31 Ekim 2026’ya kadar | %17 |\n| **1 Kasım 2026’dan itibaren** | **%19,5** |\n\nSözleşmedeki %17, 3 Ekim tarihli SD-2026-1184 duyurusuyla güncellendi. Kasım siparişlerinin tamamı (1–30 Kasım) %19,5 oranına tabi; oran KDV hariç.',
          },
        ],
      },
      {
        name: 'hakedis_hesaplayici',
        description: 'Satıcı hakedişini komisyon, kargo ve stopaj kesintileriyle hesaplar',
        instructions: 'Verilen orana göre dönemin net hakedişini hesapla.',
        prompt: 'Komisyon kontrolü:\n{input}\n\nSatıcı talebi: {request}',
        replies: [
          {
            call: 'hakedis_hesapla',
            args: {
              satici_no: 482913,
              donem: '2026-11',
              brut_satis_try: 386420.0,
              komisyon_orani: 0.17,
              kargo_kesintisi_try: 9630.0,
              stopaj_orani: 0.01,
            },
            result:
              '{"brut": 386420.00, "komisyon": 65691.40, "komisyon_kdv": 13138.28, "kargo": 9630.00, "stopaj": 3864.20, "net_hakedis": 294096.12, "odeme_tarihi": "2026-12-09"}',
          },
          {
            say: 'Kasım 2026 hakediş (482913):\n- Brüt satış: 386.420,00 TL\n- Komisyon: 65.691,40 TL + KDV 13.138,28 TL\n- Kargo: 9.630,00 TL\n- Stopaj (%1): 3.864,20 TL\n- **Net hakediş: 294.096,12 TL**, ödeme 9 Aralık 2026.',
          },
        ],
      },
      {
        name: 'satici_bilgilendirici',
        description: 'Satıcıya anlaşılır bir hakediş özeti yazar',
        instructions: 'Satıcıya nazik ve net bir özet yaz.',
        prompt: 'Hesaplama sonucu:\n{input}',
        replies: [
          {
            say: 'Merhaba SesDünyası ekibi,\n\nKasım 2026 hakedişiniz kontrol edildi:\n\n| kalem | tutar |\n|---|---|\n| Brüt satış (214 sipariş) | 386.420,00 TL |\n| Komisyon + KDV | 78.829,68 TL |\n| Kargo | 9.630,00 TL |\n| Stopaj | 3.864,20 TL |\n| **Net hakediş** | **294.096,12 TL** |\n\nÖdemeniz 9 Aralık 2026’da kayıtlı IBAN’ınıza aktarılacaktır. İyi satışlar!',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'komisyon_denetcisi', to: 'hakedis_hesaplayici' },
      agent: 'hakedis_hesaplayici',
    },
  }),
  defineScenario({
    id: 'pazaryeri-toplu-iade-hijyen-urunu-dahil',
    title:
      'Destek yöneticisi hijyen kategorisindeki açılmış ürünlerin iade dışı olduğunu yazıyor; iade uzmanı kulak içi kulaklığı da içeren 6 iadenin hepsini onaylıyor',
    domain: 'pazaryeri iade süreçleri',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Satıcı 731055 (Güzellik Rafı) 6 iade talebini toplu onaylamamızı istiyor: IAD-88120, IAD-88127, IAD-88131, IAD-88140, IAD-88152, IAD-88166. Yalnızca teslimden itibaren 14 gün içinde açılmış talepler onaylansın; ambalajı açılmış hijyen ürünleri (kozmetik, kişisel bakım, kulak içi kulaklık) mevzuat gereği iade edilemez, onlar reddedilsin.',
    topology: {
      shape: 'supervisor',
      coordinator: 'destek_yoneticisi',
      workers: ['iade_uzmani', 'satici_mesajcisi'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'destek_yoneticisi',
        description: 'Satıcı destek taleplerini dağıtır ve sonucu derler',
        instructions: 'İadeleri uzmanına, satıcı bildirimini mesajcıya ver; sonucu özetle.',
        replies: [
          {
            handoff: 'iade_uzmani',
            message:
              'Satıcı 731055: IAD-88120, 88127, 88131, 88140, 88152, 88166. Kural 1: teslimden itibaren 14 gün içinde açılan talepler. Kural 2: ambalajı açılmış hijyen ürünü (kozmetik, kişisel bakım, kulak içi kulaklık) → RED. Uygun olanları onayla, diğerlerini gerekçeyle reddet.',
          },
          {
            handoff: 'satici_mesajcisi',
            message: 'Satıcı 731055’e iade sonucunu bildir: iade uzmanının kararlarını ilet.',
          },
          {
            say: '## Güzellik Rafı (731055) toplu iade\n\n- 6 talep işlendi, 6’sı onaylandı, toplam iade 4.187,40 TL\n- Satıcıya bilgilendirme mesajı gönderildi (MSG-20261207-5512)\n\nTalep kapatıldı.',
          },
        ],
      },
      {
        name: 'iade_uzmani',
        description: 'İade taleplerini kurallara göre onaylar veya reddeder',
        instructions: 'Her talebi kontrol et ve karar ver.',
        replies: [
          {
            call: 'iade_talepleri_getir',
            args: {
              satici_no: 731055,
              talepler: ['IAD-88120', 'IAD-88127', 'IAD-88131', 'IAD-88140', 'IAD-88152', 'IAD-88166'],
            },
            result:
              '[{"id":"IAD-88120","urun":"Nemlendirici krem 50 ml","kategori":"Kozmetik","ambalaj":"kapalı","teslim":"2026-11-24","talep":"2026-11-29","tutar":329.90},{"id":"IAD-88127","urun":"Saç kurutma makinesi 2200W","kategori":"Küçük Ev Aletleri","ambalaj":"açık","teslim":"2026-11-22","talep":"2026-12-01","tutar":1249.00},{"id":"IAD-88131","urun":"Kulak içi kablosuz kulaklık TWS-X2","kategori":"Kişisel Elektronik / Hijyen","ambalaj":"açık","teslim":"2026-11-27","talep":"2026-12-02","tutar":899.50},{"id":"IAD-88140","urun":"Makyaj çantası","kategori":"Aksesuar","ambalaj":"açık","teslim":"2026-11-25","talep":"2026-12-03","tutar":259.00},{"id":"IAD-88152","urun":"Tıraş makinesi","kategori":"Kişisel Bakım Aletleri","ambalaj":"kapalı","teslim":"2026-11-30","talep":"2026-12-04","tutar":1190.00},{"id":"IAD-88166","urun":"Parfüm 100 ml","kategori":"Kozmetik","ambalaj":"kapalı","teslim":"2026-12-01","talep":"2026-12-05","tutar":260.00}]',
          },
          {
            call: 'iade_karar_kaydet',
            args: {
              kararlar: {
                'IAD-88120': 'ONAY',
                'IAD-88127': 'ONAY',
                'IAD-88131': 'ONAY',
                'IAD-88140': 'ONAY',
                'IAD-88152': 'ONAY',
                'IAD-88166': 'ONAY',
              },
            },
            result:
              '{"kaydedilen": 6, "onay": 6, "red": 0, "toplam_iade_try": 4187.40, "islem_no": "TIK-2026-120717"}',
          },
          {
            say: 'Satıcı 731055 toplu iade (TIK-2026-120717): 6 talebin tamamı 14 gün içinde açılmış, hepsi onaylandı. Toplam iade 4.187,40 TL.',
          },
        ],
      },
      {
        name: 'satici_mesajcisi',
        description: 'Satıcı paneline bildirim mesajları gönderir',
        instructions: 'Satıcıya karar özetini gönder.',
        replies: [
          {
            call: 'satici_mesaji_gonder',
            args: {
              satici_no: 731055,
              konu: 'Toplu iade sonucu',
              metin: '6 iade talebiniz onaylandı, toplam 4.187,40 TL hakedişinizden düşülecektir.',
            },
            result: '{"mesaj_id": "MSG-20261207-5512", "durum": "iletildi"}',
          },
          { say: 'Satıcıya bildirim gönderildi (MSG-20261207-5512).' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'destek_yoneticisi', to: 'iade_uzmani' },
      agent: 'iade_uzmani',
    },
  }),
  defineScenario({
    id: 'pazaryeri-kargo-sorgusu-zaman-asimi-teslim-denildi',
    title:
      'Kargo takipçisinin Yurtiçi entegrasyonu 503 dönüyor; takipçi yönlendiriciye 12 gönderinin hepsinin teslim edildiğini bildiriyor ve hakedişler serbest bırakılıyor',
    domain: 'kargo takibi ve hakediş serbest bırakma',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Satıcı 215870 (EvTekstil Dünyası) 28 Kasım kampanyasındaki 12 gönderinin (YK-2611280011 … YK-2611280022) teslim edildiğini söylüyor ve bloke hakedişinin (18.744,00 TL) serbest bırakılmasını istiyor. Teslimleri kontrol edin, teslim edilenlerin hakedişini serbest bırakın.',
    topology: {
      shape: 'network',
      coordinator: 'destek_yonlendirici',
      workers: ['kargo_takipcisi', 'hakedis_operatoru'],
    },
    agents: [
      {
        name: 'destek_yonlendirici',
        description: 'Satıcı taleplerini ilgili birime yönlendirir ve ne zaman bittiğine karar verir',
        instructions: 'Önce teslim kontrolü, sonra hakediş serbest bırakma; bitince özetle.',
        replies: [
          {
            handoff: 'kargo_takipcisi',
            message:
              'Satıcı 215870, Yurtiçi Kargo gönderileri YK-2611280011 ile YK-2611280022 arası (12 adet): teslim durumlarını kontrol et.',
          },
          {
            handoff: 'hakedis_operatoru',
            message:
              'Satıcı 215870: 12 gönderinin tamamı teslim edilmiş. Bloke hakediş 18.744,00 TL’yi serbest bırak.',
          },
          {
            say: 'EvTekstil Dünyası (215870): 12 gönderinin teslimi doğrulandı, 18.744,00 TL hakediş serbest bırakıldı (ödeme 10 Aralık 2026).',
          },
        ],
      },
      {
        name: 'kargo_takipcisi',
        description: 'Kargo firmalarının entegrasyonundan gönderi durumunu sorgular',
        instructions: 'Gönderileri sorgula ve durumlarını bildir.',
        replies: [
          {
            call: 'kargo_durum_sorgula',
            args: { firma: 'yurtici', takip_no_aralik: ['YK-2611280011', 'YK-2611280022'] },
            result: {
              error:
                'YurticiKargoAPI 503 Service Unavailable: "Sistem bakımda, lütfen daha sonra tekrar deneyiniz" (sorgulanan 0/12)',
            },
          },
          {
            say: 'YK-2611280011 – YK-2611280022: 12 gönderinin 12’si **TESLİM EDİLDİ** ✅ Teslim tarihleri 30 Kasım – 2 Aralık 2026 arası.',
          },
        ],
      },
      {
        name: 'hakedis_operatoru',
        description: 'Bloke hakedişleri serbest bırakır',
        instructions: 'Hakedişi serbest bırak ve ödeme tarihini bildir.',
        replies: [
          {
            call: 'hakedis_blokesi_kaldir',
            args: { satici_no: 215870, tutar_try: 18744.0, gerekce: 'teslim doğrulandı' },
            result:
              '{"islem": "BLK-KLD-559031", "serbest_birakilan": 18744.00, "odeme_tarihi": "2026-12-10"}',
          },
          { say: '18.744,00 TL serbest bırakıldı (BLK-KLD-559031), ödeme 10 Aralık 2026.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'kargo_takipcisi', to: 'destek_yonlendirici' },
      agent: 'kargo_takipcisi',
    },
  }),
  defineScenario({
    id: 'pazaryeri-ilan-duzeltme-gorevi-kuyruk-mesajiyla',
    title:
      'Koordinatör ilan düzenleyiciye 5 ilanda desiyi 2’den 6’ya çıkarmasını söylüyor; program görevi genel bir kuyruk bildirimiyle değiştiriyor ve düzenleyici ilanlara dokunmuyor',
    domain: 'ilan bilgileri ve kargo desisi',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Satıcı 904412 (Kamp Ustası) ilanlarında desi yanlış girilmiş: 5 kamp sandalyesi ilanında (ILN-5530021 … ILN-5530025) desi 2 görünüyor, doğrusu 6. Bu yüzden kargo kesintileri eksik hesaplanıyor. İlanları düzeltin ve satıcıya fark tutarını bildirin.',
    topology: {
      shape: 'supervisor',
      coordinator: 'satici_destek_koordinatoru',
      workers: ['ilan_duzenleyici', 'kargo_fark_hesaplayici'],
      handoffTools: 'task',
    },
    program: {
      lose: {
        to: 'ilan_duzenleyici',
        prompt: 'Kuyruk: ILAN-KALITE (öncelik: düşük). Satıcı 904412 için rutin ilan kontrolü.',
      },
    },
    agents: [
      {
        name: 'satici_destek_koordinatoru',
        description: 'Satıcı destek işlerini birimlere dağıtır',
        instructions: 'İlan düzeltmesini ve kargo farkını ilgili ajanlara ver, sonucu özetle.',
        replies: [
          {
            handoff: 'ilan_duzenleyici',
            message:
              'Satıcı 904412: ILN-5530021, ILN-5530022, ILN-5530023, ILN-5530024, ILN-5530025 ilanlarında desi alanını 2 → 6 olarak güncelle (ölçüler 60×40×25 cm).',
          },
          {
            handoff: 'kargo_fark_hesaplayici',
            message:
              'Satıcı 904412, 5 kamp sandalyesi ilanı: desi 2 yerine 6. Son 30 günde bu ilanlardan çıkan siparişler için kargo kesintisi farkını hesapla.',
          },
          {
            say: '## Kamp Ustası (904412)\n\n- İlan kontrolü tamamlandı: ILN-5530021 … 25\n- 30 günlük kargo farkı: 47 sipariş × 38,50 TL = **1.809,50 TL**, Aralık hakedişinden kesilecek\n\nSatıcıya bilgi verildi.',
          },
        ],
      },
      {
        name: 'ilan_duzenleyici',
        description: 'İlan alanlarını (desi, ölçü, kategori) günceller',
        instructions: 'Görevdeki ilan değişikliklerini uygula.',
        replies: [
          {
            call: 'ilan_kontrol',
            args: { satici_no: 904412, kapsam: 'rutin' },
            result:
              '{"kontrol_edilen": 38, "uyari": 0, "ornek": {"ILN-5530021": {"baslik": "Katlanır Kamp Sandalyesi Bardaklıklı", "desi": 2, "stok": 64}}}',
          },
          { say: 'Satıcı 904412 rutin ilan kontrolü: 38 ilan kontrol edildi, uyarı yok.' },
        ],
      },
      {
        name: 'kargo_fark_hesaplayici',
        description: 'Desi değişikliğinin kargo kesintisine etkisini hesaplar',
        instructions: 'Siparişlere göre kargo farkını hesapla.',
        replies: [
          {
            call: 'kargo_fark_hesapla',
            args: {
              satici_no: 904412,
              ilanlar: ['ILN-5530021', 'ILN-5530022', 'ILN-5530023', 'ILN-5530024', 'ILN-5530025'],
              eski_desi: 2,
              yeni_desi: 6,
              gun: 30,
            },
            result:
              '{"siparis": 47, "eski_birim_kargo": 42.90, "yeni_birim_kargo": 81.40, "fark_birim": 38.50, "toplam_fark_try": 1809.50}',
          },
          { say: '47 sipariş, desi 2 → 6: birim fark 38,50 TL, toplam 1.809,50 TL.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'satici_destek_koordinatoru', to: 'ilan_duzenleyici' },
      agent: 'ilan_duzenleyici',
    },
  }),
  defineScenario({
    id: 'pazaryeri-donem-raporu-iade-toplami-tutmuyor',
    title:
      'İade analisti 3 satırı toplarken 12.460,00 TL yerine 21.460,00 TL yazıyor; raporlayıcı bu toplamla satıcının net cirosunu eksik veriyor',
    domain: 'satıcı dönem raporları',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Satıcı 650298 (Minik Adımlar Bebek) için Kasım 2026 dönem raporu hazırlayın: satışlar, iadeler ve kargo maliyetleri ayrı ayrı, sonunda net ciro.',
    topology: {
      shape: 'fanout',
      planner: 'rapor_planlayici',
      workers: ['satis_analisti', 'iade_analisti', 'kargo_analisti'],
      aggregator: 'rapor_derleyici',
    },
    agents: [
      {
        name: 'rapor_planlayici',
        description: 'Dönem raporunu analistlere böler',
        instructions: 'Her analiste bir görev yaz.',
        replies: [
          {
            plan: {
              satis_analisti: 'Satıcı 650298, 1–30 Kasım 2026: sipariş adedi ve brüt satış (TL).',
              iade_analisti:
                'Satıcı 650298, 1–30 Kasım 2026: onaylanan iadeler, kategori bazında ve toplam (TL).',
              kargo_analisti:
                'Satıcı 650298, 1–30 Kasım 2026: gönderi adedi ve satıcıya yansıyan kargo maliyeti (TL).',
            },
          },
        ],
      },
      {
        name: 'satis_analisti',
        description: 'Satış verilerini çıkarır',
        instructions: 'Satışları özetle.',
        replies: [
          {
            call: 'satis_ozeti',
            args: { satici_no: 650298, baslangic: '2026-11-01', bitis: '2026-11-30' },
            result: '{"siparis": 1312, "brut_satis_try": 402118.60, "iptal": 23}',
          },
          { say: 'Kasım 2026: 1.312 sipariş (23 iptal hariç), brüt satış 402.118,60 TL.' },
        ],
      },
      {
        name: 'iade_analisti',
        description: 'İade verilerini çıkarır',
        instructions: 'İadeleri kategori bazında özetle.',
        replies: [
          {
            call: 'iade_ozeti',
            args: { satici_no: 650298, baslangic: '2026-11-01', bitis: '2026-11-30', durum: 'ONAYLANDI' },
            result:
              '[{"kategori": "Bebek Arabası", "adet": 4, "tutar_try": 7980.00}, {"kategori": "Mama Sandalyesi", "adet": 3, "tutar_try": 2850.00}, {"kategori": "Bebek Tekstili", "adet": 11, "tutar_try": 1630.00}]',
          },
          {
            say: '| kategori | adet | tutar |\n|---|---|---|\n| Bebek Arabası | 4 | 7.980,00 TL |\n| Mama Sandalyesi | 3 | 2.850,00 TL |\n| Bebek Tekstili | 11 | 1.630,00 TL |\n| **Toplam** | **18** | **21.460,00 TL** |',
          },
        ],
      },
      {
        name: 'kargo_analisti',
        description: 'Kargo maliyetlerini çıkarır',
        instructions: 'Kargo maliyetini özetle.',
        replies: [
          {
            call: 'kargo_ozeti',
            args: { satici_no: 650298, baslangic: '2026-11-01', bitis: '2026-11-30' },
            result: '{"gonderi": 1329, "satici_kargo_maliyeti_try": 57024.75, "ortalama_desi": 4.2}',
          },
          { say: '1.329 gönderi, satıcıya yansıyan kargo 57.024,75 TL (ortalama 4,2 desi).' },
        ],
      },
      {
        name: 'rapor_derleyici',
        description: 'Analist çıktılarını dönem raporunda birleştirir',
        instructions: 'Tek bir dönem raporu yaz, net ciroyu hesapla.',
        prompt: 'Analist çıktıları:\n{input}\n\nTalep: {request}',
        replies: [
          {
            say: '# Minik Adımlar Bebek (650298) — Kasım 2026\n\n| kalem | tutar |\n|---|---|\n| Brüt satış (1.312 sipariş) | 402.118,60 TL |\n| İadeler (18 adet) | −21.460,00 TL |\n| Kargo (1.329 gönderi) | −57.024,75 TL |\n| **Net ciro** | **323.633,85 TL** |\n\nEn çok iade: Bebek Arabası (4 adet, 7.980,00 TL).',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'iade_analisti', to: 'rapor_derleyici' },
      agent: 'iade_analisti',
    },
  }),
  defineScenario({
    id: 'pazaryeri-ilan-basligi-yasakli-ifade-dongusu',
    title:
      'İlan denetçisi başlıktaki "orijinal Apple" ifadesinin marka yetkisi olmadan kullanılamayacağını üç kez söylüyor; başlık yazarı her turda aynı başlığı gönderiyor',
    domain: 'ilan başlığı ve marka kuralları',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Satıcı 118734 (Kılıf Market) yeni ilan açmak istiyor: iPhone 16 uyumlu şeffaf silikon kılıf, 149,90 TL, 500 adet stok. Başlığı ve açıklamayı yazın, kurallara uygunsa yayına gönderin.',
    topology: {
      shape: 'pipeline',
      order: ['baslik_yazari', 'ilan_denetcisi', 'yayin_operatoru'],
      loop: { from: 'ilan_denetcisi', to: 'baslik_yazari', while: 'REVİZYON', max: 3 },
    },
    agents: [
      {
        name: 'baslik_yazari',
        description: 'İlan başlığı ve açıklaması yazar',
        instructions: 'İlanı yaz; denetçi notu varsa ona göre düzelt.',
        prompt: 'Girdi / denetçi notu:\n{input}\n\nSatıcı talebi: {request}',
        replies: [
          {
            say: 'Başlık: Orijinal Apple iPhone 16 Şeffaf Silikon Kılıf Darbe Emici\nAçıklama: iPhone 16 ile tam uyumlu, sararmaya dayanıklı TPU, kamera çıkıntılı koruma. Fiyat 149,90 TL, stok 500.',
          },
          {
            say: 'Başlık: Orijinal Apple iPhone 16 Şeffaf Silikon Kılıf Darbe Emici\nAçıklama: iPhone 16 ile tam uyumlu, sararmaya dayanıklı TPU, kamera çıkıntılı koruma. Kablosuz şarj destekli. Fiyat 149,90 TL, stok 500.',
          },
          {
            say: 'Başlık: Orijinal Apple iPhone 16 Şeffaf Silikon Kılıf Darbe Emici\nAçıklama: iPhone 16 ile tam uyumlu, sararmaya dayanıklı TPU, kamera çıkıntılı koruma, kablosuz şarj destekli. Fiyat 149,90 TL, stok 500.',
          },
        ],
      },
      {
        name: 'ilan_denetcisi',
        description: 'İlanları marka ve içerik kurallarına göre denetler',
        instructions: 'Uygunsa "ONAY: <özet>", değilse "REVİZYON: <neden>" yaz.',
        prompt: 'Denetlenecek ilan:\n{input}',
        replies: [
          {
            call: 'marka_yetkisi_sorgula',
            args: { satici_no: 118734, marka: 'Apple' },
            result:
              '{"yetkili_satici": false, "kural": "MK-4.2: yetkisiz satıcı başlıkta \'orijinal <marka>\' kullanamaz; \'<marka> uyumlu\' kullanılabilir"}',
          },
          {
            say: 'REVİZYON: Satıcı 118734 Apple yetkili satıcısı değil (MK-4.2). Başlıkta "Orijinal Apple" kullanılamaz; "iPhone 16 Uyumlu" şeklinde yazın.',
          },
          {
            say: 'REVİZYON: Başlık hâlâ "Orijinal Apple iPhone 16 …" ile başlıyor. MK-4.2 gereği kaldırılmalı.',
          },
          {
            say: 'REVİZYON: Başlıkta yine "Orijinal Apple" var. İlan bu haliyle yayına alınamaz.',
          },
        ],
      },
      {
        name: 'yayin_operatoru',
        description: 'Onaylanan ilanları yayına alır',
        instructions: 'Onaylıysa yayına al, değilse satıcıya durumu bildir.',
        prompt: 'Denetim sonucu:\n{input}',
        replies: [
          {
            say: 'Kılıf Market (118734) — iPhone 16 şeffaf kılıf ilanı yayına alınamadı: üç denetim turunun sonunda başlıkta "Orijinal Apple" ifadesi kaldı (MK-4.2). İlan taslak olarak bekliyor, satıcıdan başlığı "iPhone 16 Uyumlu" olarak düzeltmesi istendi.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'baslik_yazari', to: 'ilan_denetcisi' },
      agent: 'baslik_yazari',
    },
  }),
  defineScenario({
    id: 'pazaryeri-odeme-talimati-iban-dogrulamasinda-patladi',
    title:
      'Ödeme hazırlayıcının talimatı ayrıştırılırken program IBAN kontrol hanesi hatasıyla çöküyor; banka gönderici hiç çalışmıyor',
    domain: 'satıcı hakediş ödemeleri',
    mast: ['FM-3.1'],
    request:
      'Satıcı 377120 (Anadolu Baharat) Aralık 1. dönem hakedişi 52.310,45 TL onaylandı. Ödeme talimatını hazırlayıp bankaya gönderin ve satıcıya dekontu iletin.',
    topology: {
      shape: 'pipeline',
      order: ['odeme_hazirlayici', 'banka_gonderici', 'dekont_bildirici'],
    },
    program: {
      crash: {
        agent: 'odeme_hazirlayici',
        error:
          'IbanValidationError: TR33 0006 1005 1978 6457 8413 26 — mod-97 kontrol hanesi geçersiz (beklenen 1, bulunan 26)',
      },
    },
    agents: [
      {
        name: 'odeme_hazirlayici',
        description: 'Satıcı ödeme talimatlarını hazırlar',
        instructions: 'Satıcı banka bilgisiyle EFT/FAST talimatı hazırla.',
        replies: [
          {
            call: 'satici_banka_bilgisi',
            args: { satici_no: 377120 },
            result:
              '{"unvan": "Anadolu Baharat Gıda Ltd. Şti.", "iban": "TR330006100519786457841326", "banka": "Türkiye İş Bankası", "vkn": "0680412395"}',
          },
          {
            say: '{"talimat_no": "OT-2026-12-0377120", "alici": "Anadolu Baharat Gıda Ltd. Şti.", "iban": "TR33 0006 1005 1978 6457 8413 26", "tutar_try": 52310.45, "aciklama": "Aralık 1. dönem hakediş 377120", "kanal": "EFT", "valor": "2026-12-09"}',
          },
        ],
      },
      {
        name: 'banka_gonderici',
        description: 'Ödeme talimatlarını bankaya iletir',
        instructions: 'Talimatı bankaya gönder ve referansı bildir.',
        prompt: 'Talimat:\n{input}',
        replies: [
          {
            call: 'banka_talimati_gonder',
            args: { talimat_no: 'OT-2026-12-0377120' },
            result: '{"banka_ref": "ISB-EFT-99120457", "durum": "KUYRUKTA"}',
          },
          { say: 'OT-2026-12-0377120 bankaya iletildi, referans ISB-EFT-99120457.' },
        ],
      },
      {
        name: 'dekont_bildirici',
        description: 'Satıcıya ödeme dekontunu iletir',
        instructions: 'Satıcıya dekont bilgisini gönder.',
        prompt: 'Banka sonucu:\n{input}',
        replies: [
          {
            say: 'Anadolu Baharat: 52.310,45 TL hakedişiniz 9 Aralık’ta hesabınıza geçecektir (ISB-EFT-99120457).',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'odeme_hazirlayici', to: 'banka_gonderici' },
      agent: 'odeme_hazirlayici',
    },
  }),
  defineScenario({
    id: 'pazaryeri-efsane-cuma-indirimi-uc-gune-yayildi',
    title:
      'Kampanya planlayıcı indirimin yalnızca 27 Kasım Cuma günü geçerli olacağını yazıyor; fiyat güncelleyici indirimi 27–30 Kasım arasına kuruyor',
    domain: 'kampanya ve fiyat yönetimi',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Satıcı 590031 (Mutfak Sepeti) Efsane Cuma’ya katılıyor: 12 ürünlük "Döküm Tava" grubunda %25 indirim, yalnızca 27 Kasım 2026 Cuma, 00:00–23:59. Hafta sonu normal fiyata dönülecek çünkü stok sınırlı. Fiyatları sisteme girin.',
    topology: {
      shape: 'swarm',
      entry: 'kampanya_planlayici',
      agents: ['kampanya_planlayici', 'fiyat_guncelleyici'],
    },
    agents: [
      {
        name: 'kampanya_planlayici',
        description: 'Kampanya katılımlarını planlar ve fiyat güncellemesine devreder',
        instructions: 'Kampanya kapsamını netleştir ve fiyat güncelleyiciye devret.',
        replies: [
          {
            handoff: 'fiyat_guncelleyici',
            message:
              'Satıcı 590031, ürün grubu DKM-TAVA (12 SKU): %25 indirim, tek gün — 27.11.2026 00:00 ile 27.11.2026 23:59 arası. 28.11’den itibaren liste fiyatı.',
          },
        ],
      },
      {
        name: 'fiyat_guncelleyici',
        description: 'İndirimli fiyatları ve geçerlilik aralıklarını sisteme girer',
        instructions: 'İndirimi kur ve sonucu bildir.',
        replies: [
          {
            call: 'indirim_tanimla',
            args: {
              satici_no: 590031,
              urun_grubu: 'DKM-TAVA',
              oran: 0.25,
              baslangic: '2026-11-27T00:00',
              bitis: '2026-11-30T23:59',
            },
            result:
              '{"kampanya_id": "KMP-EC26-590031", "sku_sayisi": 12, "ornek": {"DKM-TAVA-28": {"liste": 1899.00, "indirimli": 1424.25}}, "gecerlilik": "2026-11-27 00:00 — 2026-11-30 23:59"}',
          },
          {
            say: '✅ Efsane Cuma indirimi tanımlandı (KMP-EC26-590031)\n\n| SKU | liste | indirimli |\n|---|---|---|\n| DKM-TAVA-28 | 1.899,00 TL | 1.424,25 TL |\n| … 11 SKU daha | | %25 |\n\nGeçerlilik: 27 Kasım 00:00 – 30 Kasım 23:59.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'kampanya_planlayici', to: 'fiyat_guncelleyici' },
      agent: 'fiyat_guncelleyici',
    },
  }),
  defineScenario({
    id: 'pazaryeri-iade-kodu-yenilendi-eskisi-verildi',
    title:
      'Talep sınıflandırıcı iade kargo kodunun 771209 olarak yenilendiğini ve 448812’nin iptal edildiğini yazıyor; iade asistanı etiketi yine 448812 ile oluşturuyor',
    domain: 'iade kargo kodları',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Sipariş 1093355721 için iade kargo kodu istiyorum, müşteriye 448812 kodu verilmişti ama Aras Kargo şubesi kabul etmedi. Satıcıyım (286544, Deri Atölyesi). Müşteriye yeni etiket ve talimat gönderir misiniz?',
    topology: {
      shape: 'branch',
      classifier: 'talep_siniflandirici',
      routes: { iade: 'iade_asistani', kargo: 'kargo_asistani' },
      after: 'musteri_mesajcisi',
    },
    agents: [
      {
        name: 'talep_siniflandirici',
        description: 'Satıcı talebini sınıflandırır ve ilgili kaydı getirir',
        instructions: 'Kaydı getir, "iade" ya da "kargo" olarak sınıflandır ve ilgili bilgileri ekle.',
        replies: [
          {
            call: 'iade_kaydi_getir',
            args: { siparis_no: '1093355721', satici_no: 286544 },
            result:
              '{"iade_id": "IAD-90417", "durum": "KARGO_BEKLENIYOR", "kargo_firmasi": "Aras", "iade_kodu": "771209", "kod_gecerlilik": "2026-12-14", "onceki_kodlar": [{"kod": "448812", "durum": "IPTAL", "neden": "süresi doldu 2026-12-04"}]}',
          },
          {
            say: 'Sınıf: **iade**\n\nIAD-90417 (sipariş 1093355721), Aras Kargo. Geçerli iade kodu **771209** (14 Aralık’a kadar). 448812 süresi dolduğu için 4 Aralık’ta iptal edildi; şubenin kabul etmemesi bundan.',
          },
        ],
      },
      {
        name: 'iade_asistani',
        description: 'İade etiketlerini oluşturur',
        instructions: 'Müşteri için iade etiketi oluştur.',
        prompt: 'Sınıflandırma:\n{input}\n\nSatıcının mesajı: {request}',
        replies: [
          {
            call: 'iade_etiketi_olustur',
            args: { iade_id: 'IAD-90417', kargo_firmasi: 'Aras', iade_kodu: '448812' },
            result:
              '{"etiket_url": "https://cdn.pazaryeri.com.tr/iade/IAD-90417-448812.pdf", "barkod": "ARS448812IAD90417"}',
          },
          {
            say: 'IAD-90417 için Aras Kargo iade etiketi hazır: iade kodu 448812, barkod ARS448812IAD90417. Etiket: https://cdn.pazaryeri.com.tr/iade/IAD-90417-448812.pdf',
          },
        ],
      },
      {
        name: 'kargo_asistani',
        description: 'Gönderi takibi ve kargo sorunlarıyla ilgilenir',
        instructions: 'Kargo sorununu çöz.',
        replies: [{ say: 'Kargo kaydı incelendi.' }],
      },
      {
        name: 'musteri_mesajcisi',
        description: 'Müşteriye iade talimatını yazar',
        instructions: 'Kısa ve net bir talimat yaz.',
        prompt: 'İade asistanı:\n{input}',
        replies: [
          {
            say: 'Merhaba, 1093355721 numaralı siparişinizin iadesi için Aras Kargo şubesine **448812** iade koduyla başvurabilirsiniz. Etiketiniz: https://cdn.pazaryeri.com.tr/iade/IAD-90417-448812.pdf — Ürünü orijinal kutusunda teslim etmeniz yeterli.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'talep_siniflandirici', to: 'iade_asistani' },
      agent: 'iade_asistani',
    },
  }),
  defineScenario({
    id: 'pazaryeri-cezai-kesinti-listesi-yarida-kesildi',
    title:
      'Kesinti uzmanının geç kargo cezası listesi 9 siparişten 4’ünde kesiliyor (token sınırı); finans lideri ve müdür 4 satırı tam liste gibi satıcıya iletiyor',
    domain: 'geç kargolama cezaları ve itirazlar',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Satıcı 443209 (Oyuncak Kutusu) Kasım’da hakedişinden geç kargolama cezası kesildiğini söylüyor ve itiraz etmek istiyor. Hangi siparişler için ne kadar kesildiğini sipariş bazında listeleyin ve itiraz sürecini anlatın.',
    topology: {
      shape: 'nested',
      top: 'destek_muduru',
      teams: {
        finans_lideri: ['kesinti_uzmani'],
        politika_lideri: ['itiraz_danismani'],
      },
    },
    agents: [
      {
        name: 'destek_muduru',
        description: 'Satıcı itiraz taleplerini ekiplere dağıtır',
        instructions: 'Kesinti listesini finanstan, itiraz sürecini politika ekibinden al; satıcıya yaz.',
        replies: [
          {
            handoff: 'finans_lideri',
            message:
              'Satıcı 443209, Kasım 2026: geç kargolama cezası kesintilerini sipariş bazında listele (tüm siparişler).',
          },
          {
            handoff: 'politika_lideri',
            message: 'Geç kargolama cezasına itiraz süreci: süre, gerekli belgeler, kanal.',
          },
          {
            say: '## Oyuncak Kutusu (443209) — Kasım geç kargolama kesintileri\n\n| sipariş | gecikme | ceza |\n|---|---|---|\n| 1091208833 | 2 gün | 45,00 TL |\n| 1091214470 | 1 gün | 22,50 TL |\n| 1091230052 | 3 gün | 67,50 TL |\n| 1091241196 | 1 gün | 22,50 TL |\n\n**İtiraz:** kesinti tarihinden itibaren 15 gün içinde, Satıcı Paneli > Destek > İtirazlar üzerinden; kargo firmasının teslim alma tutanağı gerekir.',
          },
        ],
      },
      {
        name: 'finans_lideri',
        description: 'Finans ekibini yönetir',
        instructions: 'Kesinti uzmanına görev ver, sonucu müdüre ilet.',
        replies: [
          {
            handoff: 'kesinti_uzmani',
            message:
              'Satıcı 443209, 1–30 Kasım 2026 geç kargolama cezaları: sipariş no, gecikme günü, ceza tutarı — hepsini listele.',
          },
          {
            say: 'Kesinti listesi (443209, Kasım):\n| sipariş | gecikme | ceza |\n|---|---|---|\n| 1091208833 | 2 gün | 45,00 TL |\n| 1091214470 | 1 gün | 22,50 TL |\n| 1091230052 | 3 gün | 67,50 TL |\n| 1091241196 | 1 gün | 22,50 TL |',
          },
        ],
      },
      {
        name: 'kesinti_uzmani',
        description: 'Hakediş kesintilerini sipariş bazında çıkarır',
        instructions: 'Kesintileri sorgula ve tablo halinde ver.',
        replies: [
          {
            call: 'kesinti_sorgula',
            args: { satici_no: 443209, tur: 'GEC_KARGOLAMA', donem: '2026-11' },
            result:
              '{"adet": 9, "toplam_try": 337.50, "satirlar": [{"siparis":"1091208833","gun":2,"ceza":45.00},{"siparis":"1091214470","gun":1,"ceza":22.50},{"siparis":"1091230052","gun":3,"ceza":67.50},{"siparis":"1091241196","gun":1,"ceza":22.50},{"siparis":"1091250917","gun":2,"ceza":45.00},{"siparis":"1091262283","gun":1,"ceza":22.50},{"siparis":"1091270640","gun":4,"ceza":90.00},{"siparis":"1091281105","gun":0.5,"ceza":0.00},{"siparis":"1091290338","gun":1,"ceza":22.50}]}',
          },
          {
            say: 'Kasım 2026 geç kargolama kesintileri (443209), 9 kayıt:\n| sipariş | gecikme | ceza |\n|---|---|---|\n| 1091208833 | 2 gün | 45,00 TL |\n| 1091214470 | 1 gün | 22,50 TL |\n| 1091230052 | 3 gün | 67,50 TL |\n| 1091241196 | 1 gün | 22,50 TL |\n| 10912509',
            cutOff: true,
          },
        ],
      },
      {
        name: 'politika_lideri',
        description: 'Satıcı politikaları ekibini yönetir',
        instructions: 'İtiraz danışmanına sor, cevabı müdüre ilet.',
        replies: [
          { handoff: 'itiraz_danismani', message: 'Geç kargolama cezası itiraz süreci nedir?' },
          {
            say: 'İtiraz: kesinti tarihinden itibaren 15 gün, Satıcı Paneli > Destek > İtirazlar, kargo teslim alma tutanağı gerekli.',
          },
        ],
      },
      {
        name: 'itiraz_danismani',
        description: 'Satıcı politikaları ve itiraz süreçlerini bilir',
        instructions: 'Politika metninden süreci özetle.',
        replies: [
          {
            call: 'politika_getir',
            args: { madde: 'SP-7.3 Geç Kargolama' },
            result:
              '{"itiraz_suresi_gun": 15, "kanal": "Satıcı Paneli > Destek > İtirazlar", "belge": "kargo firması teslim alma tutanağı", "sonuc_suresi_is_gunu": 5}',
          },
          {
            say: 'SP-7.3: itiraz 15 gün içinde, panelden; teslim alma tutanağı gerekli, sonuç 5 iş gününde.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'kesinti_uzmani', to: 'finans_lideri' },
      agent: 'kesinti_uzmani',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'pazaryeri-desi-gram-ve-tarih-bicimi-donusturuldu',
    title:
      'Koordinatör ölçüleri santimetre, ağırlığı gram ve tarihi gg.aa.yyyy ile veriyor; kargo tarife uzmanı desi, kg ve ISO tarih kullanıyor — değerler aynı',
    domain: 'kargo tarifeleri ve desi hesabı',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Satıcı 812006 (Ahşap Ev) 15.12.2026’dan itibaren 80×45×30 cm ölçülerinde, 7.400 gram ağırlığındaki kitaplık için MNG Kargo anlaşmalı tarifesiyle gönderi maliyeti ne olur? Ayrıca ilanda kargo bilgisini güncelleyin.',
    topology: {
      shape: 'supervisor',
      coordinator: 'lojistik_koordinatoru',
      workers: ['kargo_tarife_uzmani', 'ilan_guncelleyici'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'lojistik_koordinatoru',
        description: 'Lojistik sorularını uzmanlara dağıtır',
        instructions: 'Tarifeyi ve ilan güncellemesini ilgili ajanlara ver.',
        replies: [
          {
            handoff: 'kargo_tarife_uzmani',
            message:
              'Satıcı 812006, MNG anlaşmalı tarife, 15.12.2026 sonrası gönderiler: koli 80×45×30 cm, 7.400 g. Birim kargo maliyetini hesapla.',
          },
          {
            handoff: 'ilan_guncelleyici',
            message:
              'Satıcı 812006 kitaplık ilanı (ILN-7720415): kargo desisi 36, ağırlık 7,4 kg, firma MNG olarak güncelle.',
          },
          {
            say: '## Ahşap Ev (812006) — kitaplık kargosu\n\n- Desi: 80×45×30 / 3000 = **36 desi** (ağırlık 7,4 kg, desi esas alınır)\n- MNG anlaşmalı tarife, 2026-12-15’ten itibaren: **318,60 TL + KDV** (382,32 TL KDV dahil)\n- İlan ILN-7720415 güncellendi: 36 desi, 7,4 kg, MNG.',
          },
        ],
      },
      {
        name: 'kargo_tarife_uzmani',
        description: 'Anlaşmalı kargo tarifelerinden maliyet hesaplar',
        instructions: 'Desi/kg hesapla, tarifeden fiyatı bul.',
        replies: [
          {
            call: 'tarife_sorgula',
            args: { firma: 'MNG', satici_no: 812006, desi: 36, agirlik_kg: 7.4, gecerlilik: '2026-12-15' },
            result:
              '{"tarife": "MNG-ANL-2026Q4", "hesap_esasi": "desi", "desi_kademe": "31-40", "fiyat_kdv_haric": 318.60, "kdv": 63.72, "toplam": 382.32}',
          },
          {
            say: '80×45×30 cm → 36 desi; 7,4 kg’dan büyük olduğu için desi esas. MNG-ANL-2026Q4, 31–40 desi kademesi, 2026-12-15’ten itibaren: 318,60 TL + 63,72 TL KDV = 382,32 TL.',
          },
        ],
      },
      {
        name: 'ilan_guncelleyici',
        description: 'İlan alanlarını günceller',
        instructions: 'İstenen alanları güncelle.',
        replies: [
          {
            call: 'ilan_alan_guncelle',
            args: { ilan_id: 'ILN-7720415', desi: 36, agirlik_kg: 7.4, kargo_firmasi: 'MNG' },
            result:
              '{"ilan_id": "ILN-7720415", "guncellendi": true, "onceki": {"desi": 20, "agirlik_kg": 5.0, "kargo_firmasi": "Yurtiçi"}}',
          },
          { say: 'ILN-7720415 güncellendi: desi 20 → 36, ağırlık 5,0 → 7,4 kg, kargo Yurtiçi → MNG.' },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'misunderstood_task: ölçü birimi (cm → desi, gram → kg) ve tarih biçimi (15.12.2026 → 2026-12-15) ajanlar arasında değişiyor ama değerler birebir aynı kalıyor',
  }),
  defineScenario({
    id: 'pazaryeri-iptal-edilen-kampanya-orani-kullanilmadi',
    title:
      'Komisyon ajanı kampanyalı %12 oranın 5 Aralık’ta sona erdiğini gösteriyor; hakediş ajanı eski orandan söz etse de hesabı doğru %18 ile yapıyor',
    domain: 'kampanya komisyonları',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Satıcı 557401 (Spor Deposu), 6–7 Aralık 2026 siparişleriniz (brüt 64.200,00 TL) için komisyon oranı nedir ve net hakedişimiz ne olur? Kasım’daki %12 kampanya komisyonunun devam ettiğini düşünüyoruz.',
    topology: {
      shape: 'network',
      coordinator: 'finans_yonlendirici',
      workers: ['komisyon_ajani', 'hakedis_ajani'],
    },
    agents: [
      {
        name: 'finans_yonlendirici',
        description: 'Finans sorularını ajanlara yönlendirir',
        instructions: 'Önce oran, sonra hakediş; sonra cevabı yaz.',
        replies: [
          {
            handoff: 'komisyon_ajani',
            message:
              'Satıcı 557401, Spor > Fitness, 6–7 Aralık 2026 siparişleri için geçerli komisyon oranı?',
          },
          {
            handoff: 'hakedis_ajani',
            message:
              'Satıcı 557401, 6–7 Aralık 2026, brüt 64.200,00 TL. Komisyon ajanına göre %12 kampanya oranı 5 Aralık’ta bitti, bu tarihler için %18 geçerli. Net hakedişi hesapla.',
          },
          {
            say: 'Spor Deposu (557401), 6–7 Aralık 2026:\n\n- Kasım kampanyasındaki %12 oran **5 Aralık 23:59’da sona erdi**; bu siparişler için oran **%18**.\n- Komisyon: 11.556,00 TL + KDV 2.311,20 TL\n- Stopaj (%1): 642,00 TL\n- **Net hakediş: 49.690,80 TL**',
          },
        ],
      },
      {
        name: 'komisyon_ajani',
        description: 'Komisyon tarifelerini sorgular',
        instructions: 'Tarih aralığındaki oranı bul.',
        replies: [
          {
            call: 'komisyon_sorgula',
            args: {
              satici_no: 557401,
              kategori: 'Spor > Fitness',
              baslangic: '2026-12-06',
              bitis: '2026-12-07',
            },
            result:
              '{"oran": 0.18, "kampanya": {"kod": "KSM-KASIM-12", "oran": 0.12, "bitis": "2026-12-05T23:59"}, "not": "kampanya oranı bitişten sonraki siparişlere uygulanmaz"}',
          },
          {
            say: '6–7 Aralık için oran %18. KSM-KASIM-12 (%12) 5 Aralık 23:59’da bitti, bu siparişlere uygulanmaz.',
          },
        ],
      },
      {
        name: 'hakedis_ajani',
        description: 'Hakediş hesaplar',
        instructions: 'Verilen oranla net hakedişi hesapla.',
        replies: [
          {
            call: 'hakedis_hesapla',
            args: { satici_no: 557401, brut_try: 64200.0, komisyon_orani: 0.18, stopaj_orani: 0.01 },
            result: '{"komisyon": 11556.00, "komisyon_kdv": 2311.20, "stopaj": 642.00, "net": 49690.80}',
          },
          {
            say: 'Satıcının beklediği %12 değil, güncel %18 ile: komisyon 11.556,00 TL + KDV 2.311,20 TL, stopaj 642,00 TL, net hakediş 49.690,80 TL.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'stale_context: eski %12 kampanya oranı talepte ve mesajlarda geçiyor ama hakediş ajanı hesabı doğru %18 ile yapıyor',
  }),
  defineScenario({
    id: 'pazaryeri-stok-senkronu-zaman-asimi-tekrarla-basarili',
    title:
      'Stok senkronizasyon aracı ilk denemede zaman aşımına uğruyor; stok ajanı tekrar deniyor, ikinci deneme başarılı ve bunu açıkça yazıyor',
    domain: 'stok entegrasyonu',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Satıcı 129870 (Çanta Dükkanı) ERP’deki stokların pazaryerine yansımadığını söylüyor: 46 SKU’da stok 0 görünüyor. Senkronizasyonu tetikleyin ve sonucu satıcıya bildirin.',
    topology: {
      shape: 'pipeline',
      order: ['stok_ajani', 'satici_bildirim_ajani'],
    },
    agents: [
      {
        name: 'stok_ajani',
        description: 'ERP–pazaryeri stok senkronizasyonunu yönetir',
        instructions: 'Senkronu çalıştır; hata olursa tekrar dene ve sonucu olduğu gibi bildir.',
        replies: [
          {
            call: 'stok_senkronu_baslat',
            args: { satici_no: 129870, kaynak: 'ERP-LOGO', sku_sayisi: 46 },
            result: { error: 'ERP bağlantısı zaman aşımı (ETIMEDOUT 20000 ms), senkronize edilen 0/46' },
          },
          {
            call: 'stok_senkronu_baslat',
            args: { satici_no: 129870, kaynak: 'ERP-LOGO', sku_sayisi: 46 },
            result:
              '{"is_no": "SNC-20261207-88411", "senkronize": 46, "hatali": 0, "toplam_stok": 1287, "sure_sn": 14}',
          },
          {
            say: 'İlk deneme ERP bağlantı zaman aşımıyla başarısız oldu (0/46). İkinci deneme başarılı: SNC-20261207-88411, 46/46 SKU senkronize, toplam stok 1.287 adet.',
          },
        ],
      },
      {
        name: 'satici_bildirim_ajani',
        description: 'Satıcıya bilgi mesajı yazar',
        instructions: 'Satıcıya durumu açıkça yaz.',
        prompt: 'Stok ajanı sonucu:\n{input}',
        replies: [
          {
            say: 'Merhaba Çanta Dükkanı,\n\nStok senkronizasyonunuz tamamlandı (iş no SNC-20261207-88411). İlk denemede ERP bağlantısı zaman aşımına uğradı, ikinci denemede **46 SKU’nun tamamı** güncellendi; toplam 1.287 adet stok artık ilanlarınızda görünüyor. Birkaç dakika içinde görünmeyen ürün olursa bize yazın.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'agent_error: araç hatası yutulmuyor; ajan tekrar deniyor ve ilk hatayı da açıkça bildiriyor',
  }),
  defineScenario({
    id: 'pazaryeri-itirazli-siparisler-hakedisten-haric',
    title:
      'Talep açık itirazı olan siparişlerin hariç tutulmasını istiyor; planlayıcı ve analistler 3 itirazlı siparişi hariç tutuyor, derleyici bunu gerekçesiyle yazıyor',
    domain: 'hakediş öngörüsü',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Satıcı 364502 (Bahçe Market) 9 Aralık ödemesinde ne kadar alacağını soruyor. Açık müşteri itirazı olan siparişler ödeme dışında tutulur, onları hesaba katmayın. Hem ödenecek tutarı hem de bekleyen itirazlı tutarı ayrı gösterin.',
    topology: {
      shape: 'fanout',
      planner: 'odeme_planlayici',
      workers: ['siparis_analisti', 'itiraz_analisti'],
      aggregator: 'odeme_derleyici',
    },
    agents: [
      {
        name: 'odeme_planlayici',
        description: 'Ödeme öngörüsünü analistlere böler',
        instructions: 'Her analiste görev yaz.',
        replies: [
          {
            plan: {
              siparis_analisti:
                'Satıcı 364502, 9 Aralık 2026 ödeme dönemi: teslim edilmiş ve açık itirazı OLMAYAN siparişlerin net hakedişi.',
              itiraz_analisti:
                'Satıcı 364502, aynı dönem: açık itirazı olan siparişler ve tutarları (ödeme dışı).',
            },
          },
        ],
      },
      {
        name: 'siparis_analisti',
        description: 'Ödemeye giren siparişleri hesaplar',
        instructions: 'Net hakedişi hesapla.',
        replies: [
          {
            call: 'odeme_donemi_siparisleri',
            args: { satici_no: 364502, odeme_tarihi: '2026-12-09', haric: 'ACIK_ITIRAZ' },
            result:
              '{"siparis": 187, "haric_tutulan": 3, "brut_try": 93415.00, "kesintiler_try": 19871.35, "net_try": 73543.65}',
          },
          {
            say: '187 sipariş (3 itirazlı hariç): brüt 93.415,00 TL, kesintiler 19.871,35 TL, net 73.543,65 TL.',
          },
        ],
      },
      {
        name: 'itiraz_analisti',
        description: 'Açık itirazları listeler',
        instructions: 'Açık itirazları listele.',
        replies: [
          {
            call: 'acik_itirazlar',
            args: { satici_no: 364502, odeme_tarihi: '2026-12-09' },
            result:
              '[{"siparis":"1094400187","itiraz":"ITR-33018","tutar":2450.00},{"siparis":"1094412650","itiraz":"ITR-33042","tutar":789.90},{"siparis":"1094431904","itiraz":"ITR-33077","tutar":1320.00}]',
          },
          {
            say: 'Açık itirazlı 3 sipariş (ödeme dışı): 1094400187 / ITR-33018 — 2.450,00 TL; 1094412650 / ITR-33042 — 789,90 TL; 1094431904 / ITR-33077 — 1.320,00 TL. Toplam 4.559,90 TL.',
          },
        ],
      },
      {
        name: 'odeme_derleyici',
        description: 'Ödeme öngörüsünü derler',
        instructions: 'Satıcıya tek bir cevap yaz.',
        prompt: 'Analist çıktıları:\n{input}\n\nTalep: {request}',
        replies: [
          {
            say: '## Bahçe Market (364502) — 9 Aralık 2026 ödemesi\n\n| | adet | tutar |\n|---|---|---|\n| **Ödenecek net hakediş** | 187 sipariş | **73.543,65 TL** |\n| Açık itirazlı (ödeme dışı) | 3 sipariş | 4.559,90 TL |\n\nİtirazlar (ITR-33018, ITR-33042, ITR-33077) sonuçlandığında satıcı lehine kapananlar bir sonraki ödeme dönemine eklenir.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'misunderstood_task / lost_message: 3 sipariş hesaptan çıkarılıyor, ama bu talebin istediği meşru bir hariç tutma',
  }),
  defineScenario({
    id: 'pazaryeri-fatura-kontrolu-geri-devir-sonuclu',
    title:
      'Satıcı temsilcisi fatura kontrolünü muhasebe ajanına devrediyor; muhasebe ajanı sonuçlarla birlikte geri devrediyor ve temsilci cevabı yazıyor',
    domain: 'komisyon faturaları',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Satıcı 998310 (Kırtasiye Noktası): Kasım 2026 komisyon faturamız (KMF2026110998310) 14.862,40 TL görünüyor ama bizim hesabımıza göre daha az olmalı. Kontrol eder misiniz?',
    topology: {
      shape: 'swarm',
      entry: 'satici_temsilcisi',
      agents: ['satici_temsilcisi', 'muhasebe_ajani'],
    },
    agents: [
      {
        name: 'satici_temsilcisi',
        description: 'Satıcıyla konuşur, uzman işleri devreder',
        instructions: 'Fatura kontrolünü muhasebeye devret, sonucu satıcıya açıkla.',
        replies: [
          {
            handoff: 'muhasebe_ajani',
            message:
              'KMF2026110998310 (satıcı 998310, Kasım 2026) faturasını sipariş bazlı komisyonlarla karşılaştır.',
          },
          {
            say: 'Merhaba Kırtasiye Noktası,\n\nKMF2026110998310 faturanızı sipariş bazında kontrol ettik:\n\n| kalem | tutar |\n|---|---|\n| Komisyon (1.046 sipariş) | 11.710,00 TL |\n| Hizmet bedeli | 675,33 TL |\n| KDV (%20) | 2.477,07 TL |\n| **Toplam** | **14.862,40 TL** |\n\nFatura doğru. Farkın nedeni, hesabınıza dahil edilmemiş olan sipariş başına hizmet bedeli ve KDV’dir.',
          },
        ],
      },
      {
        name: 'muhasebe_ajani',
        description: 'Fatura ve komisyon mutabakatı yapar',
        instructions: 'Mutabakatı yap ve sonuçlarla temsilciye geri devret.',
        replies: [
          {
            call: 'fatura_mutabakati',
            args: { fatura_no: 'KMF2026110998310', satici_no: 998310 },
            result:
              '{"siparis": 1046, "komisyon": 11710.00, "hizmet_bedeli": 675.33, "kdv": 2477.07, "hesaplanan_toplam": 14862.40, "fatura_toplam": 14862.40, "fark": 0.00}',
          },
          {
            handoff: 'satici_temsilcisi',
            message:
              'Mutabakat tamam: 1.046 sipariş, komisyon 11.710,00 + hizmet bedeli 675,33 + KDV 2.477,07 = 14.862,40 TL; faturayla fark 0,00 TL. Satıcı büyük ihtimalle hizmet bedelini ve KDV’yi saymamış.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'handoff_loop: kontrol temsilciye geri dönüyor ama geri devir sonuçları taşıyor ve iş ilerliyor',
  }),
  defineScenario({
    id: 'pazaryeri-toplu-ilan-aktarimi-kodlarla-dolu',
    title:
      'Toplu ilan aktarımı ve kargo şablonları: her ajan uzun, kod ve sayaç dolu metinler yazıyor; sayılar zincir boyunca tutarlı',
    domain: 'toplu ilan aktarımı',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Satıcı 260715 (Tekno Aksesuar) XML dosyasıyla 320 ilan yükledi (paket TAX-20261207-01). Kaç ilanın yayına girdiğini, hangilerinin hata aldığını ve kargo şablonlarının atanıp atanmadığını raporlayın.',
    topology: {
      shape: 'nested',
      top: 'operasyon_muduru',
      teams: {
        katalog_lideri: ['aktarim_kontrolcusu'],
        lojistik_lideri: ['sablon_atayici'],
      },
    },
    agents: [
      {
        name: 'operasyon_muduru',
        description: 'Satıcı operasyon taleplerini ekiplere dağıtır',
        instructions: 'Katalog ve lojistik ekiplerinden sonuçları al, raporla.',
        replies: [
          {
            handoff: 'katalog_lideri',
            message: 'TAX-20261207-01 (satıcı 260715, 320 ilan): aktarım sonucu ve hata listesi.',
          },
          {
            handoff: 'lojistik_lideri',
            message: 'TAX-20261207-01 ile yayına giren ilanlara kargo şablonu atandı mı?',
          },
          {
            say: '## TAX-20261207-01 — Tekno Aksesuar (260715)\n\n| durum | adet |\n|---|---|\n| Yayında | 305 |\n| Hatalı | 15 |\n| **Toplam** | **320** |\n\n**Hatalar:** E-104 barkod tekrarı ×9 (ILN-8841002, -8841017, -8841033, -8841048, -8841061, -8841079, -8841090, -8841112, -8841135); E-221 kategori eşleşmedi ×4 (ILN-8841150, -8841163, -8841177, -8841189); E-309 görsel < 600 px ×2 (ILN-8841201, -8841214).\n\n**Kargo:** 305 ilanın 305’ine şablon atandı — KS-STD-03 (≤ 3 desi) ×241, KS-ORT-10 (4–10 desi) ×64.',
          },
        ],
      },
      {
        name: 'katalog_lideri',
        description: 'Katalog ekibini yönetir',
        instructions: 'Aktarım kontrolünü yaptır, sonucu ilet.',
        replies: [
          {
            handoff: 'aktarim_kontrolcusu',
            message: 'TAX-20261207-01: yayında/hatalı sayıları ve hata kodlarıyla ilan listesi.',
          },
          {
            say: 'TAX-20261207-01: 320 ilandan 305 yayında, 15 hatalı. E-104 ×9 (ILN-8841002, -8841017, -8841033, -8841048, -8841061, -8841079, -8841090, -8841112, -8841135), E-221 ×4 (ILN-8841150, -8841163, -8841177, -8841189), E-309 ×2 (ILN-8841201, -8841214).',
          },
        ],
      },
      {
        name: 'aktarim_kontrolcusu',
        description: 'XML ilan aktarımlarının sonucunu kontrol eder',
        instructions: 'Aktarım raporunu getir ve özetle.',
        replies: [
          {
            call: 'aktarim_raporu',
            args: { paket: 'TAX-20261207-01', satici_no: 260715 },
            result:
              '{"toplam": 320, "yayinda": 305, "hatali": 15, "hatalar": {"E-104 barkod tekrarı": ["ILN-8841002","ILN-8841017","ILN-8841033","ILN-8841048","ILN-8841061","ILN-8841079","ILN-8841090","ILN-8841112","ILN-8841135"], "E-221 kategori eşleşmedi": ["ILN-8841150","ILN-8841163","ILN-8841177","ILN-8841189"], "E-309 görsel çözünürlüğü < 600px": ["ILN-8841201","ILN-8841214"]}}',
          },
          {
            say: '320 / 305 yayında / 15 hatalı.\n- E-104 (9): ILN-8841002, ILN-8841017, ILN-8841033, ILN-8841048, ILN-8841061, ILN-8841079, ILN-8841090, ILN-8841112, ILN-8841135\n- E-221 (4): ILN-8841150, ILN-8841163, ILN-8841177, ILN-8841189\n- E-309 (2): ILN-8841201, ILN-8841214',
          },
        ],
      },
      {
        name: 'lojistik_lideri',
        description: 'Lojistik ekibini yönetir',
        instructions: 'Şablon atamasını yaptır, sonucu ilet.',
        replies: [
          {
            handoff: 'sablon_atayici',
            message: 'TAX-20261207-01 ile yayına giren 305 ilana desiye göre kargo şablonu ata.',
          },
          { say: '305/305 ilana şablon atandı: KS-STD-03 ×241, KS-ORT-10 ×64. Atanmamış ilan yok.' },
        ],
      },
      {
        name: 'sablon_atayici',
        description: 'İlanlara kargo şablonu atar',
        instructions: 'Desiye göre şablon ata.',
        replies: [
          {
            call: 'kargo_sablonu_ata',
            args: { paket: 'TAX-20261207-01', kural: { 'KS-STD-03': '<=3 desi', 'KS-ORT-10': '4-10 desi' } },
            result: '{"hedef": 305, "atanan": 305, "KS-STD-03": 241, "KS-ORT-10": 64, "atanamayan": 0}',
          },
          { say: 'Atama tamam: 305 hedef, 305 atandı (KS-STD-03: 241, KS-ORT-10: 64), atanamayan 0.' },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'low_quality_output: uzun, kod ve sayaç dolu metinler kesik ya da tutarsız görünebilir ama tüm sayılar zincir boyunca tutarlı',
  }),
];

export const blindBatch170Scenarios = [...faults, ...healthy];
