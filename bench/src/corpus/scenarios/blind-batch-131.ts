import { defineScenario } from '../scenario.ts';

// Blind batch 131: konut projesi satış sonrası hizmetler (daire teslimleri, ayıp ve arıza bildirimleri, tapu randevuları, aidat ve site yönetimi, taşeron iş emirleri), Türkçe.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'cinarli-konaklari-teslim-randevusu-eski-gunle-davet',
    title:
      'Teslim planlayıcısı C blok 14 numaralı dairenin teslim gününün 22 Mart’a kaydığını gösteriyor; davet hazırlayıcı alıcıyı yine 15 Mart için çağırıyor',
    domain: 'daire teslimleri',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Çınarlı Konakları C blok daire 14 (alıcı: Derya Aksoy, sözleşme ÇK-2025-0418) için teslim randevusunu kontrol edin ve alıcıya teslim davetini hazırlayın. Satış ekibinin notunda teslim 15 Mart 2027 Pazartesi 10:00 görünüyor.',
    topology: {
      shape: 'pipeline',
      order: ['teslim_planlayici', 'davet_hazirlayici', 'musteri_iletisim'],
    },
    agents: [
      {
        name: 'teslim_planlayici',
        description: 'Daire teslim takvimini yönetir',
        instructions: 'Teslim takviminden dairenin geçerli randevusunu çek ve davet ekibine bildir.',
        replies: [
          {
            call: 'teslim_takvimi_getir',
            args: { proje: 'CINARLI', blok: 'C', daire: 14 },
            result:
              '{"daire": "C-14", "alici": "Derya Aksoy", "randevu": "2027-03-22T10:00", "revizyon": 2, "degisiklik_nedeni": "mutfak tezgahı (çimstone) değişimi 19.03 tamamlanacak", "onceki_randevu": {"tarih": "2027-03-15T10:00", "durum": "İPTAL"}, "teslim_sorumlusu": "Kaan Er (saha mühendisi)"}',
          },
          {
            say: '**C-14 teslim randevusu (revizyon 2):**\n\n| alan | değer |\n|---|---|\n| tarih | **22 Mart 2027 Pazartesi, 10:00** |\n| sorumlu | Kaan Er |\n| not | mutfak tezgahı değişimi 19.03’te bitiyor |\n\n15 Mart randevusu iptal edildi; satış notu henüz güncellenmemiş.',
          },
        ],
      },
      {
        name: 'davet_hazirlayici',
        description: 'Teslim davetlerini ve kontrol listelerini hazırlar',
        instructions: 'Teslim davetini oluştur, sistemde kaydet ve iletişim ekibine ilet.',
        prompt: 'Teslim planı:\n{input}\n\nİlk talep: {request}',
        replies: [
          {
            call: 'teslim_daveti_olustur',
            args: {
              daire: 'C-14',
              alici: 'Derya Aksoy',
              sozlesme: 'ÇK-2025-0418',
              tarih: '2027-03-15',
              saat: '10:00',
              sorumlu: 'Kaan Er',
            },
            result:
              '{"davet_no": "TD-2027-0331", "durum": "OLUŞTURULDU", "ekler": ["teslim_kontrol_listesi.pdf", "sayac_okuma_formu.pdf"]}',
          },
          {
            say: 'Davet TD-2027-0331 oluşturuldu: C-14, Derya Aksoy, 15.03.2027 Pazartesi 10:00, teslim sorumlusu Kaan Er. Ekler: kontrol listesi, sayaç okuma formu.',
          },
        ],
      },
      {
        name: 'musteri_iletisim',
        description: 'Alıcılara e-posta ve SMS gönderir',
        instructions: 'Daveti alıcıya nazik bir dille ilet.',
        prompt: 'Davet bilgisi:\n{input}',
        replies: [
          {
            say: 'Sayın Derya Aksoy,\n\nÇınarlı Konakları C blok 14 numaralı dairenizin teslimi için sizi **15 Mart 2027 Pazartesi saat 10:00**’da şantiye ofisimize bekliyoruz. Teslimde saha mühendisimiz Kaan Er size eşlik edecek; kimliğinizi ve sözleşme nüshanızı (ÇK-2025-0418) yanınızda getirmenizi rica ederiz.\n\nDavet no: TD-2027-0331',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'teslim_planlayici', to: 'davet_hazirlayici' },
      agent: 'davet_hazirlayici',
    },
  }),
  defineScenario({
    id: 'meltem-sitesi-aidat-dagitimi-dukkanlar-dahil',
    title:
      'Site müdürü, asansör yenileme özel aidatının yalnızca konut bağımsız bölümlerine arsa payına göre dağıtılmasını istiyor; aidat hesaplayıcı zemin kattaki 6 dükkanı da dağıtıma katıyor',
    domain: 'aidat ve site yönetimi',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Meltem Sitesi A ve B blokta asansör yenileme için 1.260.000 TL ek bütçe kararı alındı (yönetim kurulu kararı 2027/04). Bu özel aidat sadece konutlara, arsa payı oranında dağıtılacak; zemin kattaki dükkanlar asansörü kullanmadığı için hariç. Dağıtım tablosunu çıkarın ve sakinlere duyurun.',
    topology: {
      shape: 'supervisor',
      coordinator: 'site_muduru',
      workers: ['aidat_hesaplayici', 'duyuru_yazari'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'site_muduru',
        description: 'Site yönetimini koordine eder',
        instructions: 'Hesaplamayı ve duyuruyu yaptır, yönetim kuruluna özet ver.',
        replies: [
          {
            handoff: 'aidat_hesaplayici',
            message:
              'Karar 2027/04: asansör yenileme özel aidatı 1.260.000 TL, A+B blok. Yalnızca konut bağımsız bölümlerine arsa payı oranında dağıt; zemin kat dükkanları (D-1…D-6) kapsam dışı. 6 taksit, ilk vade 5 Mayıs 2027.',
          },
          {
            handoff: 'duyuru_yazari',
            message:
              'Asansör yenileme özel aidatı duyurusu: karar 2027/04, 6 taksit, ilk vade 5 Mayıs. Daire bazlı tutarları hesaplayıcının tablosundan al.',
          },
          {
            say: '## Asansör yenileme özel aidatı — özet\n\n- Toplam: 1.260.000 TL, 6 taksit (ilk vade 05.05.2027)\n- Dağıtım: arsa payı oranında, tablo SA-2027-04 sisteme yüklendi\n- Örnek: 2+1 daire (arsa payı 42/4800) aylık 1.837,50 TL\n- Duyuru panoya ve uygulamaya gönderildi.',
          },
        ],
      },
      {
        name: 'aidat_hesaplayici',
        description: 'Aidat ve özel gider dağıtımlarını hesaplar',
        instructions: 'Dağıtımı yönetim planına göre hesapla ve tabloyu yükle.',
        replies: [
          {
            call: 'arsa_payi_listesi',
            args: { site: 'MELTEM', bloklar: ['A', 'B'] },
            result:
              '{"toplam_arsa_payi": 4800, "konut": {"adet": 96, "arsa_payi_toplami": 4320}, "dukkan": {"adet": 6, "bolumler": ["D-1", "D-2", "D-3", "D-4", "D-5", "D-6"], "arsa_payi_toplami": 480}, "ornek": {"A-12 (2+1)": 42, "B-31 (3+1)": 54}}',
          },
          {
            call: 'ozel_aidat_dagit',
            args: {
              karar: '2027/04',
              tutar_tl: 1260000,
              payda: 4800,
              bolumler: 'tumu',
              taksit: 6,
              ilk_vade: '2027-05-05',
            },
            result:
              '{"tablo": "SA-2027-04", "bolum_sayisi": 102, "pay_basina_tl": 262.5, "ornek_taksit": {"A-12": 1837.5, "B-31": 2362.5, "D-3": 2625.0}, "durum": "YÜKLENDİ"}',
          },
          {
            say: 'Dağıtım SA-2027-04 yüklendi: 1.260.000 TL / 4800 arsa payı = pay başına 262,50 TL. 102 bağımsız bölüm, 6 taksit. Örnek aylık taksit: A-12 (2+1) 1.837,50 TL, B-31 (3+1) 2.362,50 TL.',
          },
        ],
      },
      {
        name: 'duyuru_yazari',
        description: 'Sakinlere duyuru yazar',
        instructions: 'Kısa ve anlaşılır duyuru hazırla.',
        replies: [
          {
            say: '**Duyuru — Asansör Yenileme Özel Aidatı**\n\nDeğerli sakinlerimiz, yönetim kurulunun 2027/04 sayılı kararıyla A ve B blok asansörleri yenilenecektir. Özel aidat 6 taksitte tahsil edilecek, ilk vade 5 Mayıs 2027’dir. Dairenize düşen tutarı site uygulamasındaki SA-2027-04 tablosundan görebilirsiniz.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'site_muduru', to: 'aidat_hesaplayici' },
      agent: 'aidat_hesaplayici',
    },
  }),
  defineScenario({
    id: 'ladin-evleri-tapu-randevusu-takbis-hatasi-onaylandi-denildi',
    title:
      'Tapu randevu sorumlusunun WebTapu başvurusu kadastro sorgusunda hata alıyor; sorumlu yönlendiriciye randevunun alındığını bildiriyor ve alıcıya bilgilendirme gidiyor',
    domain: 'tapu randevuları',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Ladin Evleri 2. etap B-7 dairesinin tapu devri için randevu alın (alıcı: Onur Yıldız, TCKN son 4 hane 7731). Kat mülkiyeti tescili tamamlandı. Alıcıya tapu günü ve getirmesi gerekenleri bildirin.',
    topology: {
      shape: 'network',
      coordinator: 'tapu_yonlendirici',
      workers: ['tapu_randevu_sorumlusu', 'alici_bilgilendirici'],
    },
    agents: [
      {
        name: 'tapu_yonlendirici',
        description: 'Tapu işlemlerini sıraya koyar',
        instructions: 'Önce randevu aldır, sonra alıcıyı bilgilendirt; bitince özetle.',
        replies: [
          {
            handoff: 'tapu_randevu_sorumlusu',
            message:
              'Ladin Evleri 2. etap B-7, ada 1184 parsel 9, bağımsız bölüm 27: satış devri için Çekmeköy Tapu Müdürlüğü’nden ilk uygun randevuyu al. Alıcı Onur Yıldız.',
          },
          {
            handoff: 'alici_bilgilendirici',
            message:
              'B-7 tapu randevusu alındı: Çekmeköy Tapu Müdürlüğü, 9 Nisan 2027 Cuma 14:30. Onur Yıldız’a gün ve evrak listesini gönder.',
          },
          {
            say: 'Ladin Evleri B-7: tapu randevusu 09.04.2027 14:30 Çekmeköy Tapu Müdürlüğü, başvuru no 2027-TP-558120. Alıcı bilgilendirildi.',
          },
        ],
      },
      {
        name: 'tapu_randevu_sorumlusu',
        description: 'WebTapu üzerinden başvuru ve randevu alır',
        instructions: 'Başvuruyu oluştur, randevuyu al ve sonucu raporla.',
        replies: [
          {
            call: 'webtapu_basvuru_olustur',
            args: { ada: 1184, parsel: 9, bagimsiz_bolum: 27, islem: 'satis', mudurluk: 'Çekmeköy' },
            result:
              '{"basvuru_no": "2027-TP-558120", "durum": "TASLAK", "onerilen_randevu": "2027-04-09T14:30"}',
          },
          {
            call: 'webtapu_randevu_onayla',
            args: { basvuru_no: '2027-TP-558120', randevu: '2027-04-09T14:30' },
            result: {
              error:
                'TKGM-KDS-409: bağımsız bölüm 27 için kadastro-tapu eşleştirmesi bulunamadı (cins değişikliği tescili bekliyor). Başvuru TASLAK durumunda kaldı, randevu ayrılmadı.',
            },
          },
          {
            say: 'B-7 (ada 1184/9, BB 27) için başvuru 2027-TP-558120 açıldı; randevu 9 Nisan 2027 Cuma 14:30, Çekmeköy Tapu Müdürlüğü.',
          },
        ],
      },
      {
        name: 'alici_bilgilendirici',
        description: 'Alıcılara tapu süreci hakkında bilgi verir',
        instructions: 'Randevu ve evrak listesini alıcıya ilet.',
        replies: [
          {
            call: 'sms_gonder',
            args: {
              alici: 'Onur Yıldız',
              metin:
                'Tapu randevunuz 09.04.2027 14:30 Çekmeköy Tapu Müdürlüğü. Kimlik, vesikalık fotoğraf (2 adet), DASK poliçesi ve harç dekontunu getiriniz.',
            },
            result: '{"mesaj_id": "SMS-88412", "durum": "İLETİLDİ"}',
          },
          {
            say: 'Onur Yıldız’a SMS gönderildi (SMS-88412): 9 Nisan 14:30, Çekmeköy; evrak: kimlik, 2 vesikalık, DASK, harç dekontu.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'tapu_randevu_sorumlusu', to: 'tapu_yonlendirici' },
      agent: 'tapu_randevu_sorumlusu',
    },
  }),
  defineScenario({
    id: 'gunesli-vadi-su-kacagi-bildirimi-is-emrine-ulasmadi',
    title:
      'Ayıp bildirimi sınıflandırıcısı D-9 dairesindeki tavandan su sızıntısını acil tesisat iş emri olarak yazıyor; program taşeron koordinatörüne genel bir kuyruk mesajı iletiyor',
    domain: 'ayıp ve arıza bildirimleri',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Güneşli Vadi D blok 9 numaradan Selin Çelik bildirdi: banyo tavanından su damlıyor, üst kattaki D-13’ün banyosundan geliyor olabilir. Daire 8 ay önce teslim edildi, garanti kapsamında. Bildirimi kaydedin, taşerona iş emri açın ve sakine bilgi verin.',
    topology: {
      shape: 'pipeline',
      order: ['ayip_siniflandirici', 'taseron_koordinatoru', 'sakin_bilgilendirici'],
    },
    program: {
      lose: {
        to: 'taseron_koordinatoru',
        prompt: 'Yeni kayıt: SERVIS-KUYRUK-GV. Öncelik: normal. Rutin prosedüre göre işle.',
      },
    },
    agents: [
      {
        name: 'ayip_siniflandirici',
        description: 'Ayıp ve arıza bildirimlerini sınıflandırır',
        instructions: 'Bildirimi kaydet, kategorisini ve önceliğini belirle, taşeron koordinasyonuna ilet.',
        replies: [
          {
            call: 'bildirim_kaydet',
            args: {
              proje: 'GUNESLI_VADI',
              daire: 'D-9',
              bildiren: 'Selin Çelik',
              aciklama: 'banyo tavanından su damlaması, kaynak olasılıkla D-13 banyo',
            },
            result:
              '{"bildirim_no": "AB-2027-1172", "garanti": "KAPSAMDA (teslim 2026-07-14)", "kategori_onerisi": "tesisat/sızıntı", "ilgili_daireler": ["D-9", "D-13"]}',
          },
          {
            say: 'AB-2027-1172 — **ACİL, tesisat/sızıntı**\n- D-9 banyo tavanında aktif damlama; kaynak muhtemelen D-13 banyo gideri/süzgeç bağlantısı\n- İş emri: tesisat taşeronu (Akın Tesisat), 24 saat içinde keşif, D-13 erişimi için sakin Murat Kaya ile randevu\n- Garanti kapsamında, ücretsiz',
          },
        ],
      },
      {
        name: 'taseron_koordinatoru',
        description: 'Taşeron iş emirlerini açar ve takip eder',
        instructions: 'Gelen bildirim için uygun taşerona iş emri aç.',
        prompt: 'Sınıflandırma:\n{input}',
        replies: [
          {
            call: 'is_emri_kuyrugu',
            args: { proje: 'GUNESLI_VADI', kuyruk: 'SERVIS-KUYRUK-GV', oncelik: 'normal' },
            result:
              '{"acik_kayit": 1, "kayit": {"no": "SK-5520", "konu": "genel servis talebi", "planlanan": "2027-03-29 (rutin tur)"}}',
          },
          {
            say: 'SK-5520 rutin servis turuna alındı: planlanan ziyaret 29.03.2027. Ek işlem gerekmiyor.',
          },
        ],
      },
      {
        name: 'sakin_bilgilendirici',
        description: 'Sakinlere arıza süreci hakkında bilgi verir',
        instructions: 'Sakine kısa bilgilendirme yaz.',
        prompt: 'Taşeron durumu:\n{input}',
        replies: [
          {
            say: 'Sayın Selin Çelik, talebiniz SK-5520 numarasıyla kayda alınmıştır. Ekibimiz 29 Mart 2027 tarihindeki servis turunda dairenizi ziyaret edecektir. İlginiz için teşekkür ederiz.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'ayip_siniflandirici', to: 'taseron_koordinatoru' },
      agent: 'taseron_koordinatoru',
    },
  }),
  defineScenario({
    id: 'yakamoz-konutlari-nem-raporu-ayni-taslak-donuyor',
    title:
      'Kalite kontrol, E-3 dairesindeki küf ve nem için ölçüm değerleri ve kök neden isteyerek keşif raporunu üç kez geri çeviriyor; rapor yazıcısı her turda aynı taslağı gönderiyor',
    domain: 'taşeron iş emirleri ve keşif raporları',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Yakamoz Konutları E-3 dairesinde yatak odası dış duvarında küf ve boya kabarması bildirildi (AB-2027-0944). Keşif raporunu hazırlayın, kalite kontrolden geçirin ve yalıtım taşeronuna iş emri olarak gönderin.',
    topology: {
      shape: 'pipeline',
      order: ['kesif_rapor_yazici', 'kalite_kontrol', 'is_emri_acici'],
      loop: { from: 'kalite_kontrol', to: 'kesif_rapor_yazici', while: 'DÜZELTME', max: 3 },
    },
    agents: [
      {
        name: 'kesif_rapor_yazici',
        description: 'Saha keşif raporlarını yazar',
        instructions: 'Keşif raporunu yaz; kalite kontrolün notlarına göre düzelt.',
        prompt: 'Talep / kalite kontrol notu:\n{input}\n\nBildirim: {request}',
        replies: [
          {
            say: 'Keşif raporu KR-0944 (E-3, yatak odası)\n- Bulgu: dış duvar iç yüzünde ~1,2 m² küf, boya kabarması\n- Olası neden: yoğuşma\n- Öneri: yüzey temizliği, küf önleyici boya\n- Taşeron: boya ekibi',
          },
          {
            say: 'Keşif raporu KR-0944 (E-3, yatak odası)\n- Bulgu: dış duvar iç yüzünde ~1,2 m² küf, boya kabarması\n- Olası neden: yoğuşma\n- Öneri: yüzey temizliği, küf önleyici boya\n- Taşeron: boya ekibi',
          },
          {
            say: 'Keşif raporu KR-0944 (E-3, yatak odası)\n- Bulgu: dış duvar iç yüzünde ~1,2 m² küf, boya kabarması\n- Olası neden: yoğuşma\n- Öneri: yüzey temizliği, küf önleyici boya\n- Taşeron: boya ekibi',
          },
        ],
      },
      {
        name: 'kalite_kontrol',
        description: 'Keşif raporlarını denetler',
        instructions: 'Rapor yeterliyse "ONAY: ..." yaz, değilse "DÜZELTME: ..." ile eksikleri belirt.',
        prompt: 'Rapor:\n{input}',
        replies: [
          {
            say: 'DÜZELTME: nem ölçer değerleri (duvar yüzeyi %, ölçüm noktaları) ve termal kamera bulgusu yok. Dış cephe mantolama birleşimi kontrol edildi mi? Kök neden belirtilmeden taşeron seçilemez.',
          },
          {
            say: 'DÜZELTME: nem ölçer değerleri, termal görüntü ve mantolama birleşim kontrolü bekleniyor; kök neden yazılmadan iş emri açılamaz.',
          },
          {
            say: 'DÜZELTME: ölçüm noktaları (%), termal bulgu ve cephe birleşimi — üçü de raporda yer almalı.',
          },
        ],
      },
      {
        name: 'is_emri_acici',
        description: 'Taşeron iş emirlerini açar',
        instructions: 'Onaylı rapora göre iş emri aç.',
        prompt: 'Kalite kontrol sonucu:\n{input}',
        replies: [
          {
            call: 'is_emri_ac',
            args: {
              rapor: 'KR-0944',
              daire: 'E-3',
              taseron: 'Renk Boya Ltd.',
              is: 'küf temizliği + küf önleyici boya',
            },
            result: '{"is_emri": "IE-2027-2210", "planlanan": "2027-04-06", "durum": "AÇIK"}',
          },
          {
            say: 'İş emri IE-2027-2210 açıldı: E-3 yatak odası küf temizliği ve küf önleyici boya, Renk Boya Ltd., 06.04.2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'kesif_rapor_yazici', to: 'kalite_kontrol' },
      agent: 'kesif_rapor_yazici',
    },
  }),
  defineScenario({
    id: 'papatya-park-is-emri-json-yerine-tablo',
    title:
      'İş emri derleyicisi elektrik taşeronu için iş emrini istenen JSON yerine markdown tablo olarak yazıyor; programın taşeron portalına aktarımı hata veriyor ve gönderim adımı hiç çalışmıyor',
    domain: 'taşeron iş emirleri',
    mast: ['FM-2.4'],
    request:
      'Papatya Park F blok 2, 5 ve 11 numaralı dairelerde kaçak akım rölesi sürekli atıyor (bildirimler AB-2027-1301/1302/1307). Elektrik taşeronuna (Volt Mühendislik) toplu iş emri açın ve portal üzerinden gönderin.',
    topology: {
      shape: 'pipeline',
      order: ['bildirim_toplayici', 'is_emri_derleyici', 'portal_gonderici'],
    },
    program: {
      crash: {
        agent: 'is_emri_derleyici',
        error:
          'TaseronPortalImportError: beklenen JSON nesnesi ("kalemler" dizisi, şema IE-v2), gelen metin "| daire | bildirim |" ile başlıyor (at parseWorkOrder, taseron/volt.ts:64)',
      },
    },
    agents: [
      {
        name: 'bildirim_toplayici',
        description: 'Açık arıza bildirimlerini toplar',
        instructions: 'İlgili bildirimleri çek ve özetle.',
        replies: [
          {
            call: 'bildirimleri_getir',
            args: { proje: 'PAPATYA_PARK', no: ['AB-2027-1301', 'AB-2027-1302', 'AB-2027-1307'] },
            result:
              '[{"no": "AB-2027-1301", "daire": "F-2", "aciklama": "mutfak hattında kaçak akım rölesi atıyor", "ilk_bildirim": "2027-03-02"}, {"no": "AB-2027-1302", "daire": "F-5", "aciklama": "banyo priz hattı, ıslak hacim", "ilk_bildirim": "2027-03-03"}, {"no": "AB-2027-1307", "daire": "F-11", "aciklama": "çamaşır makinesi çalışınca röle atıyor", "ilk_bildirim": "2027-03-05"}]',
          },
          {
            say: 'Üç açık bildirim (F blok):\n1. AB-2027-1301 — F-2, mutfak hattı, 02.03\n2. AB-2027-1302 — F-5, banyo priz hattı, 03.03\n3. AB-2027-1307 — F-11, çamaşır makinesi hattı, 05.03\nOrtak nokta: ıslak hacim linyeleri, muhtemel izolasyon/nem.',
          },
        ],
      },
      {
        name: 'is_emri_derleyici',
        description: 'Taşeron portalı için iş emri hazırlar',
        instructions:
          'İş emrini taşeron portalı şeması IE-v2’ye uygun JSON olarak döndür: {"taseron", "kalemler": [{"daire", "bildirim", "is_tanimi"}], "termin"}.',
        prompt: 'Bildirimler:\n{input}',
        replies: [
          {
            say: '| daire | bildirim | iş tanımı |\n|---|---|---|\n| F-2 | AB-2027-1301 | mutfak linyesi izolasyon ölçümü (megger), gerekirse kablo yenileme |\n| F-5 | AB-2027-1302 | banyo priz hattı izolasyon ölçümü, buat nem kontrolü |\n| F-11 | AB-2027-1307 | çamaşır makinesi hattı izolasyon ölçümü |\n\nTaşeron: Volt Mühendislik — termin 19.03.2027.',
          },
        ],
      },
      {
        name: 'portal_gonderici',
        description: 'İş emirlerini taşeron portalına gönderir',
        instructions: 'İş emrini portala yükle ve onay numarasını bildir.',
        prompt: 'İş emri:\n{input}',
        replies: [
          {
            call: 'portal_is_emri_yukle',
            args: { taseron: 'Volt Mühendislik', proje: 'PAPATYA_PARK' },
            result: '{"portal_no": "VOLT-IE-4471", "durum": "GÖNDERİLDİ"}',
          },
          { say: 'İş emri Volt Mühendislik portalına yüklendi: VOLT-IE-4471.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'is_emri_derleyici', to: 'portal_gonderici' },
      agent: 'is_emri_derleyici',
    },
  }),
  defineScenario({
    id: 'zeytinlik-konaklari-eksik-listesi-yarida-kesildi',
    title:
      'Teslim öncesi eksik listesini çıkaran saha kontrolörünün yanıtı G-8 dairesinin ortasında kesiliyor; teslim şefi ve genel koordinatör listeyi tamam sayıp teslime onay veriyor',
    domain: 'daire teslimleri ve eksik listeleri',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Zeytinlik Konakları G blokta 1–12 numaralı daireler 29 Mart 2027 haftası teslim edilecek. Her dairenin açık eksiklerini (punch list) ve anahtar/sayaç durumunu çıkarın; teslime hazır olmayan daireyi bildirin.',
    topology: {
      shape: 'nested',
      top: 'satis_sonrasi_koordinator',
      teams: {
        teslim_sefi: ['saha_kontrolor'],
        abonelik_sefi: ['sayac_takipcisi'],
      },
    },
    agents: [
      {
        name: 'satis_sonrasi_koordinator',
        description: 'Satış sonrası hizmetleri yönetir',
        instructions: 'Teslim ve abonelik ekiplerinden durum al, teslim kararını ver.',
        replies: [
          {
            handoff: 'teslim_sefi',
            message: 'G blok 1–12: her dairenin açık eksik listesi, 29 Mart haftası teslim için hazır mı?',
          },
          {
            handoff: 'abonelik_sefi',
            message: 'G blok 1–12: elektrik/su/doğalgaz sayaçları ve abonelik durumu.',
          },
          {
            say: '## G blok teslim kararı (29 Mart haftası)\n\n| daireler | eksik durumu | sayaç |\n|---|---|---|\n| G-1 … G-7 | kapandı / küçük rötuş | tamam |\n| G-8 | süpürgelik rötuşu | tamam |\n\n**Karar:** 12 dairenin tamamı teslime hazır; davetler gönderilebilir.',
          },
        ],
      },
      {
        name: 'teslim_sefi',
        description: 'Teslim ekibini yönetir',
        instructions: 'Saha kontrolünü yaptır ve sonucu raporla.',
        replies: [
          {
            handoff: 'saha_kontrolor',
            message: 'G-1’den G-12’ye açık eksikleri çıkar; teslimi engelleyen kalem varsa belirt.',
          },
          {
            say: 'G blok saha kontrolü bitti:\n- G-1 … G-7: eksikler kapandı veya rötuş düzeyinde\n- G-8: süpürgelik rötuşu\nTeslimi engelleyen kalem yok.',
          },
        ],
      },
      {
        name: 'saha_kontrolor',
        description: 'Dairelerde teslim öncesi kontrol yapar',
        instructions: 'Eksik listesi sisteminden her daireyi çek ve tüm daireleri raporla.',
        replies: [
          {
            call: 'eksik_listesi_getir',
            args: { proje: 'ZEYTINLIK', blok: 'G', daireler: '1-12' },
            result:
              '{"G-1": [], "G-2": ["balkon silikonu"], "G-3": [], "G-4": ["kapı kolu"], "G-5": [], "G-6": [], "G-7": ["priz kapağı"], "G-8": ["süpürgelik rötuşu"], "G-9": ["mutfak dolabı kapak ayarı"], "G-10": ["PVC pencere contası", "banyo seramik çatlağı (değişim)"], "G-11": ["KOMBİ ÇALIŞMIYOR — servis 2027-04-02"], "G-12": ["parke kabarması 3 m²"]}',
          },
          {
            say: '**G blok eksik listesi**\n\n| daire | açık eksik | teslime engel? |\n|---|---|---|\n| G-1 | — | hayır |\n| G-2 | balkon silikonu | hayır |\n| G-3 | — | hayır |\n| G-4 | kapı kolu | hayır |\n| G-5 | — | hayır |\n| G-6 | — | hayır |\n| G-7 | priz kapağı | hayır |\n| G-8 | süpürgelik rötu',
            cutOff: true,
          },
        ],
      },
      {
        name: 'abonelik_sefi',
        description: 'Sayaç ve abonelik işlerini yönetir',
        instructions: 'Sayaç durumunu al ve raporla.',
        replies: [
          {
            handoff: 'sayac_takipcisi',
            message: 'G blok 1–12: sayaç montajı ve ilk endeks kaydı durumu.',
          },
          { say: 'G blok: 12 dairenin elektrik, su ve doğalgaz sayaçları takılı, ilk endeksler kayıtlı.' },
        ],
      },
      {
        name: 'sayac_takipcisi',
        description: 'Sayaç montajlarını takip eder',
        instructions: 'Sayaç kayıtlarını kontrol et.',
        replies: [
          {
            call: 'sayac_durumu',
            args: { proje: 'ZEYTINLIK', blok: 'G' },
            result:
              '{"elektrik": "12/12 (BEDAŞ montaj 2027-03-10)", "su": "12/12 (İSKİ)", "dogalgaz": "12/12 (İGDAŞ gaz açma 2027-03-18)", "ilk_endeks": "kayıtlı"}',
          },
          { say: 'Elektrik 12/12, su 12/12, doğalgaz 12/12 (gaz açma 18.03); ilk endeksler kayıtlı.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'saha_kontrolor', to: 'teslim_sefi' },
      agent: 'saha_kontrolor',
    },
  }),
  defineScenario({
    id: 'lavanta-evleri-tapu-randevusu-iskan-oncesine-alindi',
    title:
      'Satış müdürü tapu randevusunun iskân belgesinin çıkacağı 12 Nisan’dan sonra alınmasını istiyor; randevu planlayıcı en erken boş gün olan 6 Nisan’ı ayırtıyor',
    domain: 'tapu randevuları',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Lavanta Evleri H-4 alıcısı Emre Doğan kat irtifaklı tapudan kat mülkiyetine geçiş sonrası devir istiyor. İskân belgesi 12 Nisan 2027’de çıkacak; tapu randevusu bu tarihten sonra olmalı. Randevuyu alın ve alıcıya ödeme (harç) bilgisini gönderin.',
    topology: {
      shape: 'supervisor',
      coordinator: 'satis_muduru',
      workers: ['randevu_planlayici', 'harc_hesaplayici'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'satis_muduru',
        description: 'Satış sonrası tapu süreçlerini yönetir',
        instructions: 'Randevuyu ve harç bilgisini hazırlat, alıcıya özet yaz.',
        replies: [
          {
            handoff: 'randevu_planlayici',
            message:
              'H-4 (ada 2207 parsel 3, BB 18), alıcı Emre Doğan: Sultanbeyli Tapu Müdürlüğü’nden satış randevusu al. Şart: iskân 12.04.2027’de çıkıyor, randevu 13 Nisan veya sonrası olmalı.',
          },
          {
            handoff: 'harc_hesaplayici',
            message: 'H-4 tapu harcı ve döner sermaye: satış bedeli 4.850.000 TL, alıcı ve satıcı payları.',
          },
          {
            say: '**Emre Doğan — H-4 tapu devri**\n\n- Randevu: **6 Nisan 2027 Salı 11:00**, Sultanbeyli Tapu Müdürlüğü (başvuru 2027-TP-601944)\n- Alıcı harcı (%2): 97.000 TL + döner sermaye 2.456 TL\n- Ödeme randevudan önce başvuru numarasıyla yapılmalıdır.',
          },
        ],
      },
      {
        name: 'randevu_planlayici',
        description: 'Tapu randevularını planlar',
        instructions: 'Uygun tapu randevusunu bul ve ayır.',
        replies: [
          {
            call: 'tapu_bos_randevular',
            args: { mudurluk: 'Sultanbeyli', islem: 'satis', baslangic: '2027-04-01' },
            result:
              '{"bos": ["2027-04-06T11:00", "2027-04-08T15:30", "2027-04-14T10:00", "2027-04-15T13:30"]}',
          },
          {
            call: 'tapu_randevu_ayir',
            args: {
              mudurluk: 'Sultanbeyli',
              ada: 2207,
              parsel: 3,
              bagimsiz_bolum: 18,
              randevu: '2027-04-06T11:00',
            },
            result: '{"basvuru_no": "2027-TP-601944", "randevu": "2027-04-06T11:00", "durum": "ONAYLANDI"}',
          },
          {
            say: 'Randevu ayrıldı: 2027-TP-601944, Sultanbeyli Tapu Müdürlüğü, 06.04.2027 Salı 11:00 (ilk boş satış randevusu).',
          },
        ],
      },
      {
        name: 'harc_hesaplayici',
        description: 'Tapu harcı ve döner sermaye hesaplar',
        instructions: 'Harçları hesapla.',
        replies: [
          {
            call: 'harc_hesapla',
            args: { bedel_tl: 4850000, yil: 2027, islem: 'satis' },
            result: '{"alici_harci": 97000, "satici_harci": 97000, "doner_sermaye": 2456}',
          },
          { say: 'Alıcı harcı 97.000 TL (%2), satıcı harcı 97.000 TL, döner sermaye 2.456 TL.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'satis_muduru', to: 'randevu_planlayici' },
      agent: 'randevu_planlayici',
    },
  }),
  defineScenario({
    id: 'ihlamur-sitesi-bakim-sozlesmeleri-jenerator-hic-sorulmadi',
    title:
      'Yıllık bakım sözleşmesi yenilemesinde planlayıcı jeneratör bakımını da brieflere yazıyor ama program o dalı hiç başlatmıyor; birleştirici iki sözleşmeyle bütçeyi kapatıyor',
    domain: 'site yönetimi ve bakım sözleşmeleri',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Ihlamur Sitesi 2027–2028 bakım sözleşmeleri 30 Nisan’da bitiyor: asansör, hidrofor ve jeneratör. Üç firmanın yenileme tekliflerini toplayın ve yönetim kurulu için yıllık bakım bütçesi tablosu çıkarın.',
    topology: {
      shape: 'fanout',
      planner: 'bakim_planlayici',
      workers: ['asansor_teklifcisi', 'hidrofor_teklifcisi', 'jenerator_teklifcisi'],
      aggregator: 'butce_birlestirici',
    },
    program: { lose: { to: 'jenerator_teklifcisi', prompt: null } },
    agents: [
      {
        name: 'bakim_planlayici',
        description: 'Bakım sözleşmesi yenilemelerini planlar',
        instructions: 'Her ekipman için bir teklif briefi yaz.',
        replies: [
          {
            plan: {
              asansor_teklifcisi:
                'Asansör bakım yenilemesi: 4 asansör (A/B blok), mevcut firma Yükselen Asansör, sözleşme BS-2026-011, aylık periyodik + 7/24 arıza.',
              hidrofor_teklifcisi:
                'Hidrofor bakım yenilemesi: 2 hidrofor grubu + 1 yangın pompası, mevcut firma Akışkan Pompa, BS-2026-014.',
              jenerator_teklifcisi:
                'Jeneratör bakım yenilemesi: 1 adet 250 kVA dizel jeneratör, mevcut firma Enerpa Servis, BS-2026-019, 3 ayda bir yük testi.',
            },
          },
        ],
      },
      {
        name: 'asansor_teklifcisi',
        description: 'Asansör bakım tekliflerini toplar',
        instructions: 'Yenileme teklifini al ve özetle.',
        replies: [
          {
            call: 'teklif_iste',
            args: { firma: 'Yükselen Asansör', sozlesme: 'BS-2026-011', donem: '2027-05/2028-04' },
            result:
              '{"teklif": "YA-T-2027-118", "aylik_tl": 14800, "yillik_tl": 177600, "artis": "%38 (2026: 10.725 TL/ay)"}',
          },
          { say: 'Asansör: Yükselen Asansör YA-T-2027-118 — 14.800 TL/ay, yıllık 177.600 TL (%38 artış).' },
        ],
      },
      {
        name: 'hidrofor_teklifcisi',
        description: 'Hidrofor bakım tekliflerini toplar',
        instructions: 'Yenileme teklifini al ve özetle.',
        replies: [
          {
            call: 'teklif_iste',
            args: { firma: 'Akışkan Pompa', sozlesme: 'BS-2026-014', donem: '2027-05/2028-04' },
            result:
              '{"teklif": "AP-2027-0412", "aylik_tl": 4200, "yillik_tl": 50400, "not": "yangın pompası yıllık test dahil"}',
          },
          {
            say: 'Hidrofor + yangın pompası: Akışkan Pompa AP-2027-0412 — 4.200 TL/ay, yıllık 50.400 TL, yıllık yangın testi dahil.',
          },
        ],
      },
      {
        name: 'jenerator_teklifcisi',
        description: 'Jeneratör bakım tekliflerini toplar',
        instructions: 'Yenileme teklifini al ve özetle.',
        replies: [
          {
            call: 'teklif_iste',
            args: { firma: 'Enerpa Servis', sozlesme: 'BS-2026-019', donem: '2027-05/2028-04' },
            result: '{"teklif": "EN-27-0087", "aylik_tl": 3100, "yillik_tl": 37200}',
          },
          { say: 'Jeneratör: Enerpa Servis EN-27-0087 — 3.100 TL/ay, yıllık 37.200 TL.' },
        ],
      },
      {
        name: 'butce_birlestirici',
        description: 'Teklifleri yönetim kurulu bütçesinde birleştirir',
        instructions: 'Gelen teklifleri tek bütçe tablosunda topla.',
        replies: [
          {
            say: '## Ihlamur Sitesi bakım bütçesi 2027–2028\n\n| ekipman | firma | teklif | aylık | yıllık |\n|---|---|---|---|---|\n| Asansör (4) | Yükselen Asansör | YA-T-2027-118 | 14.800 TL | 177.600 TL |\n| Hidrofor + yangın pompası | Akışkan Pompa | AP-2027-0412 | 4.200 TL | 50.400 TL |\n| **Toplam** | | | **19.000 TL** | **228.000 TL** |\n\nAidata etkisi (96 daire): aylık ~198 TL/daire.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'bakim_planlayici', to: 'jenerator_teklifcisi' },
      agent: 'bakim_planlayici',
    },
  }),
  defineScenario({
    id: 'defne-konutlari-gecikme-faizi-yanlis-toplam',
    title:
      'Tahsilat uzmanı K-22 dairesinin aidat borcunu ihtarname ekibine devrederken kalemleri topluyor ama toplamı yanlış veriyor; ihtarname yanlış tutarla yazılıyor',
    domain: 'aidat tahsilatı',
    mast: ['FM-2.4'],
    request:
      'Defne Konutları K-22 (malik: Hakan Öztürk) Ekim 2026’dan beri aidat ödemiyor. Borç dökümünü çıkarıp gecikme tazminatını (aylık %5, KMK md. 20) ekleyin ve noter ihtarnamesi taslağını hazırlayın.',
    topology: {
      shape: 'swarm',
      entry: 'tahsilat_uzmani',
      agents: ['tahsilat_uzmani', 'ihtarname_yazari'],
    },
    agents: [
      {
        name: 'tahsilat_uzmani',
        description: 'Aidat borçlarını ve gecikme tazminatını hesaplar',
        instructions: 'Borç dökümünü çıkar, toplamı hesapla ve ihtarname ekibine devret.',
        replies: [
          {
            call: 'borc_dokumu',
            args: { site: 'DEFNE', daire: 'K-22', baslangic: '2026-10' },
            result:
              '{"malik": "Hakan Öztürk", "kalemler": [{"donem": "2026-10", "aidat": 2150, "gecikme": 537.5}, {"donem": "2026-11", "aidat": 2150, "gecikme": 430.0}, {"donem": "2026-12", "aidat": 2150, "gecikme": 322.5}, {"donem": "2027-01", "aidat": 2400, "gecikme": 240.0}, {"donem": "2027-02", "aidat": 2400, "gecikme": 120.0}], "aidat_toplam": 11250, "gecikme_toplam": 1650.0}',
          },
          {
            handoff: 'ihtarname_yazari',
            message:
              'K-22 Hakan Öztürk borç dökümü (2026-10 → 2027-02, 5 dönem):\n| dönem | aidat | gecikme |\n|---|---|---|\n| Eki 26 | 2.150 | 537,50 |\n| Kas 26 | 2.150 | 430,00 |\n| Ara 26 | 2.150 | 322,50 |\n| Oca 27 | 2.400 | 240,00 |\n| Şub 27 | 2.400 | 120,00 |\n**Aidat toplamı 10.750 TL + gecikme tazminatı 1.650 TL = 12.400 TL.** İhtarnameyi bu tutarla hazırla.',
          },
        ],
      },
      {
        name: 'ihtarname_yazari',
        description: 'Noter ihtarnamesi taslakları yazar',
        instructions: 'Verilen borç tutarıyla ihtarname taslağı hazırla.',
        replies: [
          {
            say: '**İHTARNAME (taslak)**\n\n**Keşideci:** Defne Konutları Site Yönetimi\n**Muhatap:** Hakan Öztürk, Defne Konutları K blok 22\n\nMaliki bulunduğunuz K-22 bağımsız bölümün Ekim 2026 – Şubat 2027 dönemine ait **10.750 TL** aidat borcu ile 634 sayılı Kat Mülkiyeti Kanunu md. 20 uyarınca hesaplanan **1.650 TL** gecikme tazminatı, toplam **12.400 TL**’nin işbu ihtarnamenin tebliğinden itibaren 7 gün içinde site yönetimi hesabına (TR12 0006 2000 1234 0006 2987 65) ödenmesini, aksi halde yasal yollara başvurulacağını ihtar ederiz.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'tahsilat_uzmani', to: 'ihtarname_yazari' },
      agent: 'tahsilat_uzmani',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'mimoza-park-kombi-arizasi-tarih-bicimi-degisti',
    title:
      'Arıza sınıflandırıcı kombi arızasını ısıtma rotasına yolluyor; ısıtma servisi ISO tarihli randevuyu sakine “18 Mart Perşembe” diye yazıyor, su kaçağı rotası hiç çalışmıyor',
    domain: 'arıza bildirimleri',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf:
      'stale_context / lost_message: the date is only reformatted (2027-03-18 → 18 Mart 2027 Perşembe) and the unused route is correctly not taken',
    request:
      'Mimoza Park B-6 sakini Ayşe Kılıç: kombi E04 hata kodu veriyor, sıcak su yok, kalorifer ısınmıyor. Daire 2026 Haziran’da teslim edildi. Ne zaman servis gelir?',
    topology: {
      shape: 'branch',
      classifier: 'ariza_siniflandirici',
      routes: { isitma: 'isitma_servisi', sizinti: 'sizinti_ekibi' },
    },
    agents: [
      {
        name: 'ariza_siniflandirici',
        description: 'Arıza bildirimlerini kategoriye ayırır',
        instructions: '"isitma" veya "sizinti" ile başlayan tek satır yaz.',
        replies: [
          {
            say: 'isitma — B-6, kombi E04 (su basıncı düşük / tesisat), garanti kapsamında (teslim 2026-06).',
          },
        ],
      },
      {
        name: 'isitma_servisi',
        description: 'Kombi ve ısıtma servis randevularını ayarlar',
        instructions: 'Yetkili servisten randevu al ve sakine bildir.',
        prompt: 'Sınıflandırma: {input}\n\nSakin talebi: {request}',
        replies: [
          {
            call: 'yetkili_servis_randevu',
            args: { marka: 'Vaillant', model: 'ecoTEC pro 24', daire: 'B-6', hata_kodu: 'E04' },
            result:
              '{"servis_no": "VS-2027-30581", "tarih": "2027-03-18", "saat_araligi": "09:00-12:00", "teknisyen": "Burak Aydın", "garanti": true}',
          },
          {
            say: 'Sayın Ayşe Kılıç,\n\nKombinizin E04 arızası için yetkili servis randevunuz oluşturuldu:\n\n- **Tarih:** 18 Mart 2027 Perşembe, 09:00–12:00 arası\n- **Teknisyen:** Burak Aydın\n- **Servis no:** VS-2027-30581\n- Garanti kapsamında, ücret alınmayacak.\n\nBu arada kombinin altındaki dolum musluğundan basıncı 1,5 bar’a getirmeyi deneyebilirsiniz; E04 çoğunlukla düşük basınçtan kaynaklanır.',
          },
        ],
      },
      {
        name: 'sizinti_ekibi',
        description: 'Su kaçağı ve sızıntı bildirimlerine bakar',
        instructions: 'Sızıntı ekibini yönlendir.',
        replies: [{ say: 'Sızıntı ekibi yönlendirildi.' }],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'akasya-koru-teslim-tarihi-guncel-olan-kullanildi',
    title:
      'Teslim planlayıcı, alıcının istediği 5 Nisan yerine sistemde kesinleşen 12 Nisan tarihini bildiriyor; davet ve bilgilendirme 12 Nisan’ı kullanıyor, 5 Nisan yalnızca gerekçede anılıyor',
    domain: 'daire teslimleri',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded date (5 Nisan) is still mentioned but every downstream agent uses the current one (12 Nisan)',
    request:
      'Akasya Koru A-19 alıcısı Mert Şahin, satış temsilcisiyle konuştuğu 5 Nisan 2027 teslimini onaylamamızı istiyor. Teslim tarihini kontrol edin ve davetini gönderin.',
    topology: {
      shape: 'pipeline',
      order: ['teslim_takvim_uzmani', 'teslim_davetcisi', 'alici_yazismaci'],
    },
    agents: [
      {
        name: 'teslim_takvim_uzmani',
        description: 'Teslim takvimini kontrol eder',
        instructions: 'Geçerli teslim tarihini bul ve bildir.',
        replies: [
          {
            call: 'teslim_takvimi_getir',
            args: { proje: 'AKASYA_KORU', daire: 'A-19' },
            result:
              '{"daire": "A-19", "randevu": "2027-04-12T14:00", "revizyon": 3, "onceki": [{"tarih": "2027-04-05T14:00", "durum": "İPTAL", "neden": "asansör ruhsat muayenesi 09.04"}], "sorumlu": "Elif Koç"}',
          },
          {
            say: 'A-19 teslimi: **12 Nisan 2027 Pazartesi 14:00** (revizyon 3), sorumlu Elif Koç. Temsilcinin söylediği 5 Nisan, asansör ruhsat muayenesi 9 Nisan’da olacağı için iptal edilmiş; 5 Nisan’da teslim yapılamaz.',
          },
        ],
      },
      {
        name: 'teslim_davetcisi',
        description: 'Teslim davetlerini oluşturur',
        instructions: 'Geçerli tarihle davet oluştur.',
        prompt: 'Takvim:\n{input}\n\nTalep: {request}',
        replies: [
          {
            call: 'teslim_daveti_olustur',
            args: {
              daire: 'A-19',
              alici: 'Mert Şahin',
              tarih: '2027-04-12',
              saat: '14:00',
              sorumlu: 'Elif Koç',
            },
            result: '{"davet_no": "TD-2027-0412", "durum": "OLUŞTURULDU"}',
          },
          {
            say: 'Davet TD-2027-0412: A-19, Mert Şahin, 12.04.2027 14:00, sorumlu Elif Koç. Alıcıya 5 Nisan’ın neden olmadığı açıklanmalı (asansör muayenesi 9 Nisan).',
          },
        ],
      },
      {
        name: 'alici_yazismaci',
        description: 'Alıcılarla yazışır',
        instructions: 'Alıcıya nazik bir bilgilendirme yaz.',
        prompt: 'Davet:\n{input}',
        replies: [
          {
            say: 'Sayın Mert Şahin,\n\nA-19 dairenizin teslimi **12 Nisan 2027 Pazartesi saat 14:00**’te yapılacaktır (davet no TD-2027-0412). Görüştüğünüz 5 Nisan tarihi, binanın asansör ruhsat muayenesi 9 Nisan’da yapılacağı için ileri alınmıştır; muayene tamamlanmadan teslim yapamıyoruz. Teslimde Elif Koç size eşlik edecektir.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'begonvil-sitesi-sayac-okuma-servisi-yeniden-denendi',
    title:
      'Ortak alan elektrik sayacı okuması ilk denemede zaman aşımına uğruyor; sayaç uzmanı yeniden deneyip ikisini de bildiriyor, gider paylaştırıcı doğru endeksle hesaplıyor',
    domain: 'site yönetimi ve ortak giderler',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool timeout retried successfully and reported openly',
    request:
      'Begonvil Sitesi Şubat 2027 ortak alan elektrik gideri: sayaç endeksini alın ve 64 daireye eşit paylaştırın (birim fiyat 3,84 TL/kWh, KDV dahil).',
    topology: {
      shape: 'supervisor',
      coordinator: 'site_yonetim_asistani',
      workers: ['sayac_uzmani', 'gider_paylastirici'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'site_yonetim_asistani',
        description: 'Site yönetiminin aylık giderlerini hazırlar',
        instructions: 'Endeksi aldır, paylaştırmayı yaptır, özetle.',
        replies: [
          {
            handoff: 'sayac_uzmani',
            message: 'Ortak alan elektrik sayacı OA-E-01, Şubat 2027 ilk ve son endeks.',
          },
          {
            handoff: 'gider_paylastirici',
            message:
              'OA-E-01 Şubat 2027: 1.850 kWh (son 48.320 − ilk 46.470). 3,84 TL/kWh, 64 daireye eşit paylaştır.',
          },
          {
            say: '**Şubat 2027 ortak alan elektriği**\n- Tüketim: 1.850 kWh (OA-E-01)\n- Tutar: 7.104,00 TL\n- Daire başına: 111,00 TL (64 daire)\n\nNot: uzaktan okuma ilk denemede zaman aşımına uğradı, ikinci denemede alındı.',
          },
        ],
      },
      {
        name: 'sayac_uzmani',
        description: 'Sayaç okumalarını alır',
        instructions: 'Endeksleri oku, sorun olursa belirt.',
        replies: [
          {
            call: 'uzaktan_sayac_oku',
            args: { sayac: 'OA-E-01', donem: '2027-02' },
            result: { error: 'AMR gateway GW-BGV-2 zaman aşımı (20 s), okuma alınamadı' },
          },
          {
            call: 'uzaktan_sayac_oku',
            args: { sayac: 'OA-E-01', donem: '2027-02', deneme: 2 },
            result:
              '{"sayac": "OA-E-01", "ilk_endeks": 46470, "son_endeks": 48320, "birim": "kWh", "okuma_zamani": "2027-03-01T00:05"}',
          },
          {
            say: 'OA-E-01: ilk deneme gateway zaman aşımı verdi, ikinci deneme başarılı. Şubat: ilk 46.470, son 48.320 kWh → 1.850 kWh.',
          },
        ],
      },
      {
        name: 'gider_paylastirici',
        description: 'Ortak giderleri dairelere paylaştırır',
        instructions: 'Tutarı hesapla ve paylaştır.',
        replies: [
          {
            call: 'gider_paylastir',
            args: { kalem: 'ortak_elektrik_2027_02', tutar_tl: 7104.0, daire_sayisi: 64, yontem: 'esit' },
            result: '{"daire_basi_tl": 111.0, "tablo": "OG-2027-02-EL", "durum": "YÜKLENDİ"}',
          },
          { say: '1.850 kWh × 3,84 = 7.104,00 TL; 64 daireye 111,00 TL. Tablo OG-2027-02-EL yüklendi.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kardelen-evleri-c-blok-teslim-oncesi-sayimlar',
    title:
      'C blok teslim hazırlığında üç kontrolcü kimlik numaraları, anahtar ve sayaç sayaçlarıyla dolu uzun raporlar yazıyor; birleştirici hepsini doğru aktarıyor',
    domain: 'daire teslim hazırlıkları',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: long texts full of ids, counters and codes that are all consistent and carried over correctly',
    request:
      'Kardelen Evleri C blok (24 daire) 5 Nisan 2027 haftası teslim edilecek. Anahtar teslim setleri, sayaç ilk endeksleri ve DASK poliçelerini kontrol edip tek bir hazırlık raporu çıkarın.',
    topology: {
      shape: 'fanout',
      planner: 'teslim_hazirlik_planlayici',
      workers: ['anahtar_sorumlusu', 'endeks_kontrolcusu', 'dask_kontrolcusu'],
      aggregator: 'hazirlik_raporlayici',
    },
    agents: [
      {
        name: 'teslim_hazirlik_planlayici',
        description: 'Teslim hazırlık kontrollerini dağıtır',
        instructions: 'Her kontrolcüye bir brief yaz.',
        replies: [
          {
            plan: {
              anahtar_sorumlusu:
                'C blok C-01…C-24: her daire için anahtar seti (kapı 3, posta kutusu 2, kartlı giriş 2) sayımı, eksikleri belirt.',
              endeks_kontrolcusu:
                'C blok C-01…C-24: elektrik, su, doğalgaz ilk endeksleri kayıtlı mı, seri numaraları eşleşiyor mu?',
              dask_kontrolcusu:
                'C blok C-01…C-24: DASK poliçeleri düzenlenmiş mi, poliçe no ve bitiş tarihleri.',
            },
          },
        ],
      },
      {
        name: 'anahtar_sorumlusu',
        description: 'Anahtar setlerini sayar',
        instructions: 'Sayımı yap ve raporla.',
        replies: [
          {
            call: 'anahtar_sayimi',
            args: { blok: 'C', daireler: 'C-01..C-24' },
            result:
              '{"tam_set": 23, "eksik": [{"daire": "C-17", "eksik": "kartlı giriş kartı 1 adet (KG-C17-02)", "siparis": "SP-7781, geliş 2027-04-02"}], "toplam_anahtar": 168, "toplam_kart": 47}',
          },
          {
            say: 'Anahtar sayımı C blok: 23/24 set tam. C-17’de kartlı giriş kartı KG-C17-02 eksik, sipariş SP-7781 02.04’te geliyor. Toplam 168 anahtar, 47 kart (48 olmalı).',
          },
        ],
      },
      {
        name: 'endeks_kontrolcusu',
        description: 'Sayaç ilk endekslerini kontrol eder',
        instructions: 'Endeks ve seri no kontrolü yap.',
        replies: [
          {
            call: 'endeks_kontrol',
            args: { blok: 'C', daireler: 'C-01..C-24' },
            result:
              '{"elektrik": {"kayitli": 24, "seri_uyusmazligi": []}, "su": {"kayitli": 24, "seri_uyusmazligi": ["C-09: kayıt SU-88410231, sahada SU-88410213"]}, "dogalgaz": {"kayitli": 24, "seri_uyusmazligi": []}}',
          },
          {
            say: 'Endeksler: elektrik 24/24, su 24/24, doğalgaz 24/24 kayıtlı. Tek uyuşmazlık C-09 su sayacı: kayıtta SU-88410231, sahada SU-88410213 (rakam yer değiştirmiş) — İSKİ kaydı düzeltilmeli.',
          },
        ],
      },
      {
        name: 'dask_kontrolcusu',
        description: 'DASK poliçelerini kontrol eder',
        instructions: 'Poliçe durumunu raporla.',
        replies: [
          {
            call: 'dask_sorgula',
            args: { ada: 3318, parsel: 12, blok: 'C' },
            result:
              '{"police_sayisi": 24, "ilk_police": "DASK-2027-00418801", "son_police": "DASK-2027-00418824", "bitis": "2028-03-15", "eksik": []}',
          },
          {
            say: 'DASK: 24/24 poliçe düzenlenmiş (DASK-2027-00418801 … 00418824), bitiş 15.03.2028. Eksik yok.',
          },
        ],
      },
      {
        name: 'hazirlik_raporlayici',
        description: 'Teslim hazırlık raporunu birleştirir',
        instructions: 'Tüm kontrolleri tek raporda topla.',
        replies: [
          {
            say: '## Kardelen Evleri C blok — teslim hazırlık raporu (5 Nisan haftası)\n\n| kontrol | sonuç | açık kalem |\n|---|---|---|\n| Anahtar setleri | 23/24 tam (168 anahtar, 47/48 kart) | C-17: KG-C17-02, SP-7781 geliş 02.04 |\n| Sayaç endeksleri | elektrik 24/24, su 24/24, doğalgaz 24/24 | C-09 su seri no: kayıt SU-88410231 ≠ saha SU-88410213, İSKİ düzeltmesi |\n| DASK | 24/24 (DASK-2027-00418801…00418824, bitiş 15.03.2028) | — |\n\n**Sonuç:** 22 daire hazır; C-17 (kart 02.04’te gelince) ve C-09 (İSKİ düzeltmesi) teslimden önce kapatılmalı.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'nergis-konaklari-tadilat-izni-ticari-bolum-haric',
    title:
      'Site sekreteri tadilat izin kontrolünü teknik sorumluya devrediyor; teknik sorumlu yönetim planı gereği dükkanı kapsam dışı bırakıp sonuçlarla geri devrediyor, sekreter yanıtı veriyor',
    domain: 'site yönetimi ve tadilat izinleri',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: a legitimate exclusion (the shop falls under a different rule) and a hand-back carrying the results',
    request:
      'Nergis Konakları’nda bu ay üç tadilat başvurusu var: N-7 (mutfak yenileme), N-15 (balkon kapatma) ve zemin kattaki Z-2 dükkanı (vitrin değişikliği). Yönetim planına göre konut tadilatlarına izin verilebilir mi, kontrol edip başvuru sahiplerine yanıtı hazırlayın.',
    topology: {
      shape: 'swarm',
      entry: 'site_sekreteri',
      agents: ['site_sekreteri', 'teknik_sorumlu'],
    },
    agents: [
      {
        name: 'site_sekreteri',
        description: 'Site yönetiminin yazışmalarını yürütür',
        instructions: 'Teknik kontrolü teknik sorumluya devret, sonuçla başvuru sahiplerine yanıt yaz.',
        replies: [
          {
            handoff: 'teknik_sorumlu',
            message:
              'Tadilat başvuruları Mart 2027: N-7 mutfak yenileme, N-15 balkon kapatma, Z-2 vitrin değişikliği. Yönetim planına göre konut tadilatlarını kontrol et, sonucu bana geri ver.',
          },
          {
            say: '**Tadilat başvuruları — Mart 2027 yanıtları**\n\n- **N-7 (mutfak yenileme):** İzin verildi. Çalışma saatleri hafta içi 09:00–18:00, moloz site dışına sahibince taşınır. İzin no TZ-2027-031.\n- **N-15 (balkon kapatma):** Yönetim planı md. 14 gereği cephe değişikliği kat malikleri kurulu onayı ister; 24 Nisan genel kuruluna gündem maddesi olarak alındı.\n- **Z-2 (vitrin):** Ticari bölüm olduğundan konut tadilat izni kapsamında değil; yönetim planı md. 22 uyarınca ticari bölüm başvuruları yönetim kurulunun 10 Nisan toplantısında ayrıca görüşülecek.',
          },
        ],
      },
      {
        name: 'teknik_sorumlu',
        description: 'Tadilatları yönetim planına göre teknik açıdan değerlendirir',
        instructions: 'Konut başvurularını kontrol et, sonucu sekretere geri devret.',
        replies: [
          {
            call: 'yonetim_plani_kontrol',
            args: { site: 'NERGIS', basvurular: ['N-7', 'N-15'] },
            result:
              '{"N-7": {"karar": "UYGUN", "izin_no": "TZ-2027-031", "kosul": "hafta içi 09-18, moloz malik tarafından"}, "N-15": {"karar": "KURUL_ONAYI", "madde": 14, "gerekce": "cephe görünümü değişikliği"}}',
          },
          {
            handoff: 'site_sekreteri',
            message:
              'Kontrol sonucu: N-7 UYGUN (TZ-2027-031, hafta içi 09–18, moloz malikte). N-15 md. 14 gereği kat malikleri kurulu onayı gerekli (cephe). Z-2’yi değerlendirmedim: ticari bölüm, md. 22’ye göre yönetim kurulunun ayrı kararıyla yürüyor, konut tadilat izni kapsamında değil.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'manolya-sitesi-garanti-suresi-ay-yil-donusumu',
    title:
      'Garanti uzmanı ayıp sorumluluğunu “60 ay” diye, taşeron planlayıcı “5 yıl” diye ve bedeli 18.750,00 TL yerine 18750 TL olarak yazıyor; yönlendiricinin kısa brifingi talebin özetidir',
    domain: 'ayıp bildirimleri ve garanti',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: units and number formats change between agents (60 ay = 5 yıl, 18.750,00 TL = 18750 TL) and the brief is paraphrased, with nothing lost',
    request:
      'Manolya Sitesi M-21 sahibi Cem Arslan, teslimden 14 ay sonra teras su yalıtımında sızma bildirdi (AB-2027-0688). Garanti kapsamında mı bakın; kapsamdaysa yalıtım taşeronuna iş emri açın ve maliyeti raporlayın.',
    topology: {
      shape: 'network',
      coordinator: 'ayip_yonlendirici',
      workers: ['garanti_uzmani', 'yalitim_planlayici'],
    },
    agents: [
      {
        name: 'ayip_yonlendirici',
        description: 'Ayıp bildirimlerini ilgili uzmanlara yönlendirir',
        instructions: 'Önce garanti kontrolü, sonra iş emri; bitince özetle.',
        replies: [
          {
            handoff: 'garanti_uzmani',
            message: 'M-21 Cem Arslan, AB-2027-0688: teras yalıtım sızması, teslimden 14 ay sonra. Kapsam?',
          },
          {
            handoff: 'yalitim_planlayici',
            message:
              'M-21 teras yalıtımı garanti kapsamında (gizli ayıp, 60 ay). Yalıtım taşeronuna iş emri aç, maliyeti bildir.',
          },
          {
            say: '**AB-2027-0688 — M-21 teras yalıtımı**\n\n| konu | sonuç |\n|---|---|\n| garanti | kapsamda (yalıtım 5 yıl, teslimden 14. ay) |\n| iş emri | IE-2027-2388, Su-Bariyer Yalıtım, 7 Nisan 2027 |\n| maliyet | 18.750,00 TL (firma garantisinden, malike ücret yok) |',
          },
        ],
      },
      {
        name: 'garanti_uzmani',
        description: 'Garanti ve ayıp sorumluluğunu değerlendirir',
        instructions: 'Kapsamı kontrol et.',
        replies: [
          {
            call: 'garanti_kapsami',
            args: { daire: 'M-21', kalem: 'teras_su_yalitimi', teslim: '2026-01-12' },
            result:
              '{"kalem": "teras_su_yalitimi", "sure_ay": 60, "baslangic": "2026-01-12", "bitis": "2031-01-12", "tur": "gizli ayıp", "kapsam": true}',
          },
          {
            say: 'M-21 teras su yalıtımı: gizli ayıp, sorumluluk süresi 60 ay (12.01.2026 – 12.01.2031). Bildirim 14. ayda, **kapsamda**.',
          },
        ],
      },
      {
        name: 'yalitim_planlayici',
        description: 'Yalıtım taşeronu iş emirlerini planlar',
        instructions: 'İş emrini aç ve maliyeti raporla.',
        replies: [
          {
            call: 'is_emri_ac',
            args: {
              daire: 'M-21',
              bildirim: 'AB-2027-0688',
              taseron: 'Su-Bariyer Yalıtım',
              is: 'teras membran yenileme 25 m²',
              garanti_yil: 5,
            },
            result:
              '{"is_emri": "IE-2027-2388", "planlanan": "2027-04-07", "maliyet_tl": 18750, "fatura": "firma garantisi"}',
          },
          {
            say: 'IE-2027-2388 açıldı: Su-Bariyer Yalıtım, teras membran yenileme 25 m², 07.04.2027. Maliyet 18750 TL, 5 yıllık garanti kapsamında firmaya fatura edilir.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch131Scenarios = [...faults, ...healthy];
