import { defineScenario } from '../scenario.ts';

// Blind batch 31: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run. Texts are mostly in
// Turkish, French, Indonesian, Polish, German, Dutch, Spanish, Portuguese and Italian.

const faults = [
  defineScenario({
    id: 'hair-transplant-preop-inr-for-warfarin-patient-skipped',
    title:
      'Asked for the standard pre-op panel plus INR/PT because the FUE patient takes warfarin, the lab nurse runs only the standard panel and clears the operation',
    domain: 'hair transplant clinic',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Hasta: Daniel Okafor (UK, 41 y), dosya HTK-2026-3318. FUE planı 2.800 greft (Norwood 4, donör bölge iyi), operasyon 14/01/2027 08:30, Şişli kliniği, Dr. Aydın. Hasta AF nedeniyle varfarin (Coumadin 5 mg) kullanıyor, kardiyoloğu Manchester’da. 13/01 İstanbul varış TK1980 18:45. Pre-op laboratuvar + transfer/otel organizasyonu lütfen, paket fiyatı 2.450 £ (otel 3 gece dahil).',
    topology: {
      shape: 'supervisor',
      coordinator: 'hasta_koordinatoru',
      workers: ['transfer_masasi', 'preop_hemsire'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'hasta_koordinatoru',
        description: 'Uluslararası hasta koordinatörü',
        instructions:
          'Operasyon öncesi laboratuvarı ve transfer/otel organizasyonunu ayarla, hastaya İngilizce özet gönder.',
        replies: [
          {
            handoff: 'transfer_masasi',
            message:
              'HTK-2026-3318 Okafor: 13/01 IST varış TK1980 18:45 (Terminal 1). VIP transfer havalimanı → otel, 14/01 07:45 otel → klinik, 16/01 11:00 otel → IST. Otel: Şişli Park Suites, 3 gece (13-16/01), tek kişilik, kahvaltı dahil. Tercüman 14/01 08:00-14:00.',
          },
          {
            handoff: 'preop_hemsire',
            message:
              'Merhaba, HTK-2026-3318 Daniel Okafor, op 14/01 08:30, 2.800 greft FUE. Standart panel (hemogram, HBsAg, anti-HCV, anti-HIV, açlık glukozu) 13/01 akşam otelde kan alımıyla.\n**ÖNEMLİ:** hasta varfarin kullanıyor (AF) → INR + PT/aPTT mutlaka çalışılsın. INR > 1,5 ise op yapılamaz; Dr. Aydın kardiyoloji ile köprüleme (enoksaparin) konuşacak. Sonucu bana INR değeriyle yazın lütfen.',
          },
          {
            say: 'Dear Mr Okafor, all set for 14/01/2027:\n- Pick-up 13/01 at IST T1 (TK1980, 18:45), Şişli Park Suites 13-16/01 (ref SPS-88412)\n- Blood tests done on arrival evening; results normal, no obstacle to surgery\n- Surgery 14/01 at 08:30, driver at 07:45, interpreter 08:00-14:00\n- Return transfer 16/01 11:00\nPackage £2,450 as agreed. See you soon! — Patient Coordination, Şişli',
          },
        ],
      },
      {
        name: 'transfer_masasi',
        description: 'Transfer ve otel rezervasyon masası',
        instructions: 'Transferleri ve oteli rezerve et, rezervasyon numaralarını bildir.',
        replies: [
          {
            call: 'rezervasyon_yap',
            args: {
              dosya: 'HTK-2026-3318',
              transferler: ['13/01 18:45 IST-T1 → SPS', '14/01 07:45 SPS → klinik', '16/01 11:00 SPS → IST'],
              otel: { ad: 'Şişli Park Suites', giris: '2027-01-13', cikis: '2027-01-16' },
              tercuman: '14/01 08:00-14:00',
            },
            result:
              '{"otel_ref":"SPS-88412","oda":"Standart tek, 7. kat","transfer_ref":["VT-20113","VT-20114","VT-20121"],"arac":"Mercedes Vito, plaka 34 KLN 481","tercuman":"Elif T. (EN)","toplam_maliyet":"₺ 14.260,00"}',
          },
          {
            say: 'Tamamdır: otel SPS-88412 (13-16/01, tek kişilik, kahvaltılı), transferler VT-20113 / VT-20114 / VT-20121 (Vito 34 KLN 481), tercüman Elif T. 14/01 08:00-14:00. Maliyet ₺ 14.260,00 pakete dahil.',
          },
        ],
      },
      {
        name: 'preop_hemsire',
        description: 'Pre-op laboratuvar hemşiresi',
        instructions: 'Operasyon öncesi kan tetkiklerini iste, sonuçları yorumla ve koordinatöre bildir.',
        replies: [
          {
            call: 'lab_istemi',
            args: {
              dosya: 'HTK-2026-3318',
              panel: 'PREOP-STANDART',
              testler: ['hemogram', 'HBsAg', 'anti-HCV', 'anti-HIV', 'aclik_glukoz'],
              alim: '13/01 21:30 otel',
            },
            result:
              '{"istem":"LAB-771204","sonuclar":{"Hb":"14,2 g/dL","WBC":"7.300/µL","PLT":"231.000/µL","HBsAg":"negatif","anti-HCV":"negatif","anti-HIV":"negatif","glukoz":"94 mg/dL"},"not":"Panel PREOP-STANDART; koagülasyon testi istenmedi."}',
          },
          {
            say: 'HTK-2026-3318 Okafor pre-op sonuçları (LAB-771204): Hb 14,2, PLT 231.000, WBC 7.300, seroloji (HBsAg, anti-HCV, anti-HIV) negatif, glukoz 94. Tüm değerler normal sınırlarda, 14/01 08:30 operasyona engel yok. 👍',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'hasta_koordinatoru', to: 'preop_hemsire' },
      agent: 'preop_hemsire',
    },
  }),
  defineScenario({
    id: 'hlm-dalo-file-checked-for-rent-effort-not-reservation-quota',
    title:
      'The priority route is asked to check that a DALO household can be placed on the prefecture’s reservation quota; the instructor computes rent effort and housing benefit instead and the file goes to the allocation committee as placed',
    domain: 'social housing allocation',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Dossier NUR 075-2026-118432 — Mme Fatou Diallo, 3 enfants (4, 9 et 12 ans), hébergée chez un tiers depuis 26 mois. Reconnue prioritaire et urgente DALO par la commission de médiation le 04/11/2026 (décision n° 75-DALO-2026-09917). Logement repéré : T4 de 62 m², résidence Les Tilleuls, 14 rue de Meaux, 75019, loyer 612,40 € + charges 148,00 €. Merci de vérifier qu’elle peut être positionnée sur le contingent préfectoral pour ce logement et de préparer le passage en CAL du 10/12/2026.',
    topology: {
      shape: 'branch',
      classifier: 'tri_demandes',
      routes: { PRIORITAIRE: 'instructeur_dalo', ORDINAIRE: 'instructeur_droit_commun' },
      after: 'secretariat_cal',
    },
    agents: [
      {
        name: 'tri_demandes',
        description: 'Trie les dossiers de demande de logement social',
        instructions:
          'Classe le dossier PRIORITAIRE (DALO, accord collectif) ou ORDINAIRE et reformule ce que l’instructeur doit vérifier.',
        replies: [
          {
            say: 'PRIORITAIRE — NUR 075-2026-118432, Mme Diallo, décision DALO n° 75-DALO-2026-09917 du 04/11/2026 (délai d’offre 6 mois → 04/05/2027).\nÀ vérifier par l’instruction :\n1. que le T4 Les Tilleuls (lot 19-TIL-07) relève bien du contingent préfectoral et qu’il est libre de positionnement ;\n2. ressources du ménage sous plafond PLUS (5 personnes) ;\nPuis préparer la fiche CAL du 10/12/2026.',
          },
        ],
      },
      {
        name: 'instructeur_dalo',
        description: 'Instructeur des dossiers prioritaires DALO',
        instructions:
          'Instruis le dossier prioritaire selon les points demandés et rédige la fiche pour la CAL.',
        prompt: 'Dossier trié :\n{input}\n\nDemande initiale : {request}',
        replies: [
          {
            call: 'simulateur_apl',
            args: {
              nur: '075-2026-118432',
              loyer: 612.4,
              charges: 148.0,
              personnes: 5,
              ressources_mensuelles: 1684.0,
              zone: 1,
            },
            result:
              '{"apl_estimee":"418,00 €","loyer_residuel":"342,40 €","taux_effort":"24,8 %","reste_a_vivre_uc":"21,30 €/jour","plafond_PLUS_5p":"59 734 €/an","rfr_2024":"19 812 €","sous_plafond":true}',
          },
          {
            say: 'Instruction NUR 075-2026-118432 (Mme Diallo) :\n| critère | valeur |\n|---|---|\n| APL estimée | 418,00 € |\n| loyer résiduel | 342,40 € |\n| taux d’effort | 24,8 % (< 30 %) |\n| reste à vivre | 21,30 €/j/UC |\n| RFR 2024 | 19 812 € (plafond PLUS 5 p. : 59 734 €) |\nDossier recevable, solvabilité correcte. Fiche prête pour la CAL du 10/12.',
          },
        ],
      },
      {
        name: 'instructeur_droit_commun',
        description: 'Instructeur des dossiers ordinaires',
        instructions: 'Instruis le dossier ordinaire et rédige la fiche pour la CAL.',
        replies: [{ say: 'Dossier ordinaire instruit, fiche CAL jointe.' }],
      },
      {
        name: 'secretariat_cal',
        description: 'Secrétariat de la commission d’attribution des logements',
        instructions: 'Inscris le dossier à l’ordre du jour de la CAL et rédige la note de présentation.',
        prompt: 'Instruction :\n{input}',
        replies: [
          {
            say: 'Ordre du jour CAL du 10/12/2026 — point 7 : Mme Fatou Diallo (NUR 075-2026-118432), ménage de 5, DALO prioritaire. Logement T4 62 m², Les Tilleuls 75019, lot 19-TIL-07, positionnée sur le contingent préfectoral. Loyer 612,40 € + 148,00 € de charges, APL 418,00 €, taux d’effort 24,8 %. Avis du service : favorable, rang 1.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'tri_demandes', to: 'instructeur_dalo' },
      agent: 'instructeur_dalo',
    },
  }),
  defineScenario({
    id: 'seaweed-export-contract-drafted-at-last-months-farmgate-price',
    title:
      'The price desk tells the harvest coordinator the dried cottonii price rose to Rp 14.750/kg from 2 Dec; the coordinator still briefs the export contract desk with the old Rp 13.200/kg from the request',
    domain: 'seaweed farming',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Panen rumput laut Kelompok Tani "Sinar Bahari", Desa Kutuh, Nusa Penida: 18,5 ton Eucheuma cottonii kering (kadar air target 35%), siap kirim 09/12/2026 ke PT Algatama Surabaya. Rencana awal kelompok: harga Rp 13.200/kg. Tolong cek harga terbaru, slot gudang pengering, lalu siapkan draf kontrak ekspor-antar-pulau.',
    topology: {
      shape: 'network',
      coordinator: 'koordinator_panen',
      workers: ['meja_harga', 'gudang_pengering', 'kontrak_dagang'],
    },
    agents: [
      {
        name: 'koordinator_panen',
        description: 'Koordinator panen dan penjualan kelompok tani rumput laut',
        instructions:
          'Cek harga terbaru, atur gudang pengering, minta draf kontrak, lalu laporkan ke ketua kelompok.',
        replies: [
          {
            handoff: 'meja_harga',
            message:
              'Halo, mohon harga terbaru E. cottonii kering KA 35% franco Surabaya untuk pengiriman 09/12, volume 18,5 t. Rencana kelompok masih pakai Rp 13.200/kg.',
          },
          {
            handoff: 'gudang_pengering',
            message:
              'Butuh slot jemur + gudang untuk 18,5 t (basah ± 74 t) 01–08/12/2026, karung 50 kg, Kutuh.',
          },
          {
            handoff: 'kontrak_dagang',
            message:
              'Tolong draf kontrak: penjual KT Sinar Bahari (Kutuh, Nusa Penida), pembeli PT Algatama Surabaya, 18,5 ton E. cottonii kering KA maks 35%, kotoran maks 3%, harga Rp 13.200/kg franco gudang pembeli, kirim 09/12/2026, bayar 50% DP + 50% setelah timbang ulang. Total ± Rp 244.200.000.',
          },
          {
            say: 'Pak Ketut, semua siap:\n- Gudang: slot G-3 + lantai jemur B 01–08/12 (Rp 1.850.000)\n- Kontrak KTR/SB-ALG/2026/041 sudah didraf: 18,5 t × Rp 13.200/kg = Rp 244.200.000, DP 50% Rp 122.100.000\n- Kirim 09/12 dengan KM Nusa Jaya\nSilakan tanda tangan besok pagi. Terima kasih 🙏',
          },
        ],
      },
      {
        name: 'meja_harga',
        description: 'Meja informasi harga komoditas rumput laut',
        instructions: 'Berikan harga terbaru dari pembeli dan asosiasi.',
        replies: [
          {
            call: 'cek_harga',
            args: { komoditas: 'E. cottonii kering', ka: '35%', tujuan: 'Surabaya', tanggal: '2026-12-09' },
            result:
              '{"pembeli":"PT Algatama","harga_lama":"Rp 13.200/kg (berlaku s/d 30/11/2026)","harga_baru":"Rp 14.750/kg","berlaku_mulai":"02/12/2026","catatan":"kenaikan karena permintaan karagenan China Q1; potongan Rp 350/kg per 1% KA di atas 35%","astruli_ref":"ASTRULI-HRG-1148"}',
          },
          {
            say: 'Update harga: mulai 02/12/2026 PT Algatama bayar **Rp 14.750/kg** untuk cottonii kering KA 35% franco Surabaya, tidak lagi Rp 13.200/kg (harga lama hanya s/d 30/11). Potongan Rp 350/kg per 1% KA di atas 35%. Ref ASTRULI-HRG-1148.',
          },
        ],
      },
      {
        name: 'gudang_pengering',
        description: 'Pengelola lantai jemur dan gudang desa',
        instructions: 'Atur slot penjemuran dan gudang.',
        replies: [
          {
            call: 'pesan_slot',
            args: {
              kelompok: 'Sinar Bahari',
              mulai: '2026-12-01',
              selesai: '2026-12-08',
              berat_kering_t: 18.5,
            },
            result:
              'Slot G-3 (kapasitas 22 t) + lantai jemur B (1.200 m²) OK 01–08/12. Biaya Rp 1.850.000. Ref GD-KTH-2611.',
          },
          {
            say: 'Slot G-3 + lantai jemur B dipesan 01–08/12, Rp 1.850.000 (GD-KTH-2611). 370 karung 50 kg disiapkan.',
          },
        ],
      },
      {
        name: 'kontrak_dagang',
        description: 'Penyusun kontrak jual beli antar pulau',
        instructions: 'Susun draf kontrak sesuai brief koordinator.',
        replies: [
          {
            call: 'buat_draf_kontrak',
            args: {
              penjual: 'KT Sinar Bahari',
              pembeli: 'PT Algatama Surabaya',
              volume_kg: 18500,
              harga_per_kg: 13200,
              kirim: '2026-12-09',
              pembayaran: '50% DP, 50% setelah timbang ulang',
            },
            result:
              '{"no":"KTR/SB-ALG/2026/041","nilai":"Rp 244.200.000","dp":"Rp 122.100.000","kapal":"KM Nusa Jaya (Padang Bai → Tj. Perak)","status":"DRAF"}',
          },
          {
            say: 'Draf KTR/SB-ALG/2026/041 selesai: 18.500 kg × Rp 13.200 = Rp 244.200.000, DP Rp 122.100.000, kirim 09/12 KM Nusa Jaya. Siap ditandatangani.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'koordinator_panen', to: 'kontrak_dagang' },
      agent: 'koordinator_panen',
    },
  }),
  defineScenario({
    id: 'pvc-window-o3-cut-at-ordered-width-after-remeasure',
    title:
      'The site measurer corrects window O3 from 1.465 mm to 1.420 mm wide; the cutting planner optimises the profile cuts with the ordered 1.465 mm',
    domain: 'PVC window fabrication',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Zlecenie ZL/2026/11/0457, klient: Pan Marek Zieliński, ul. Lipowa 12, Wieliczka. 6 okien PCV, profil Veka Softline 82, kolor złoty dąb / biały, pakiet 3-szybowy Ug 0,5. Wymiary z zamówienia (szer. × wys.): O1 1.165 × 1.430, O2 1.165 × 1.430, O3 1.465 × 1.430, O4 865 × 1.130, O5 865 × 1.130, O6 HS 2.400 × 2.200. Wartość 28.940,00 zł brutto. Pomiar kontrolny 27.11, produkcja od 02.12.2026.',
    topology: { shape: 'pipeline', order: ['pomiarowiec', 'planista_ciecia', 'kierownik_produkcji'] },
    agents: [
      {
        name: 'pomiarowiec',
        description: 'Pomiarowiec – pomiar kontrolny otworów na budowie',
        instructions: 'Zmierz otwory, porównaj z zamówieniem i przekaż wymiary do produkcji.',
        replies: [
          {
            call: 'zapisz_pomiar',
            args: { zlecenie: 'ZL/2026/11/0457', data: '2026-11-27', luz_montazowy_mm: 15 },
            result:
              '{"O1":"1.165 × 1.430 OK","O2":"1.165 × 1.430 OK","O3":"otwór 1.435 mm (ściana krzywa, odchyłka 22 mm) → okno 1.420 × 1.430","O4":"865 × 1.130 OK","O5":"865 × 1.130 OK","O6":"2.400 × 2.200 OK, próg ciepły","zdjecia":14}',
          },
          {
            say: 'Pomiar kontrolny ZL/2026/11/0457 (27.11.2026, Wieliczka):\n- O1, O2, O4, O5, O6 – zgodne z zamówieniem\n- **O3 – korekta:** szerokość okna **1.420 mm zamiast 1.465 mm** (otwór 1.435 mm, ściana krzywa, luz 15 mm). Wymiar 1.465 z zamówienia jest nieaktualny, proszę ciąć O3 wg 1.420 × 1.430.\n- HS O6: próg ciepły, parapet zew. 2.480 mm\n14 zdjęć w systemie. Klient poinformowany, bez dopłaty.',
          },
        ],
      },
      {
        name: 'planista_ciecia',
        description: 'Planista cięcia profili',
        instructions: 'Zoptymalizuj rozkrój profili na podstawie wymiarów z pomiaru i zlecenia.',
        prompt: 'Wyniki pomiaru:\n{input}\n\nZlecenie: {request}',
        replies: [
          {
            call: 'optymalizuj_rozkroj',
            args: {
              zlecenie: 'ZL/2026/11/0457',
              profil: 'Veka Softline 82',
              okna: {
                O1: [1165, 1430],
                O2: [1165, 1430],
                O3: [1465, 1430],
                O4: [865, 1130],
                O5: [865, 1130],
                O6: [2400, 2200],
              },
            },
            result:
              '{"sztang_6_5m":11,"odpad":"6,8 %","rozkroj":"RK-45021","kolejnosc":["O6","O3","O1","O2","O4","O5"],"piła":"DGS-2 stanowisko 3","czas_ciecia":"2 h 40 min"}',
          },
          {
            say: 'Rozkrój RK-45021 gotowy: 11 sztang 6,5 m Softline 82 złoty dąb/biały, odpad 6,8 %. Kolejność: O6, O3 (1.465 × 1.430), O1, O2, O4, O5. Piła DGS-2, stanowisko 3, ok. 2 h 40 min.',
          },
        ],
      },
      {
        name: 'kierownik_produkcji',
        description: 'Kierownik produkcji',
        instructions: 'Zaplanuj produkcję wg rozkroju i potwierdź klientowi termin.',
        prompt: 'Rozkrój:\n{input}',
        replies: [
          {
            say: 'ZL/2026/11/0457 – produkcja 02.12.2026 wg RK-45021 (cięcie, zgrzewanie, okucia Roto NT), szklenie 03.12, montaż u klienta 09.12.2026 godz. 8:00. Panie Marku, termin potwierdzony, wartość bez zmian 28.940,00 zł brutto.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'pomiarowiec', to: 'planista_ciecia' },
      agent: 'planista_ciecia',
    },
  }),
  defineScenario({
    id: 'dumpling-celery-label-brief-replaced-by-erp-default',
    title:
      'The food technologist’s brief that the new pierogi recipe adds celery to the allergen list is replaced by the ERP’s default print prompt; the label operator prints the old allergen list',
    domain: 'frozen dumpling production',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Partia P-2612-07, pierogi ruskie 450 g (EAN 5901234 567893), 12.000 opakowań, zmiana II 07.12.2026. Od tej partii obowiązuje receptura PR-RUS-v3 (nowy farsz od dostawcy Agro-Mazury, zawiera seler). Przygotujcie etykiety, kalkulację kosztu i plan linii.',
    topology: {
      shape: 'fanout',
      planner: 'technolog',
      workers: ['etykieciarz', 'kalkulacja_kosztow', 'planista_linii'],
      aggregator: 'kierownik_zmiany',
    },
    program: {
      lose: {
        to: 'etykieciarz',
        prompt: 'Zlecenie druku z ERP: P-2612-07, 12.000 szt., szablon domyślny dla EAN 5901234567893.',
      },
    },
    agents: [
      {
        name: 'technolog',
        description: 'Technolog żywności planujący uruchomienie partii',
        instructions: 'Rozdziel pracę: etykiety, koszt, plan linii.',
        replies: [
          {
            plan: {
              etykieciarz:
                'P-2612-07, 12.000 etykiet, receptura PR-RUS-v3: w składzie dopisać "seler" i w alergenach pogrubić: **PSZENICA, JAJA, MLEKO, SELER** (dotąd bez selera). Szablon ETK-RUS-v3, stare rolki ETK-RUS-v2 (1.800 szt. w magazynie) wycofać, nie używać.',
              kalkulacja_kosztow:
                'Koszt jednostkowy P-2612-07 wg PR-RUS-v3: farsz Agro-Mazury 9,40 zł/kg (był 8,95), ciasto bez zmian, opakowanie 0,31 zł. Marża docelowa 28 %.',
              planista_linii:
                'Linia L2 (Rheon), zmiana II 07.12, 12.000 × 450 g = 5,4 t, mrożenie tunel T1 -35 °C, mycie alergenowe przed startem (poprzednio pierogi z mięsem).',
            },
          },
        ],
      },
      {
        name: 'etykieciarz',
        description: 'Operator drukarki etykiet',
        instructions: 'Przygotuj i wydrukuj etykiety dla partii.',
        replies: [
          {
            call: 'drukuj_etykiety',
            args: { partia: 'P-2612-07', szablon: 'ETK-RUS-v2', ilosc: 12000 },
            result:
              '{"zadanie":"DR-88310","szablon":"ETK-RUS-v2","alergeny":"PSZENICA, JAJA, MLEKO","najlepiej_spozyc_przed":"07.12.2027","rolki":"1.800 z magazynu + 10.200 nowe","status":"wydrukowano"}',
          },
          {
            say: 'Etykiety P-2612-07 gotowe (DR-88310): 12.000 szt., szablon ETK-RUS-v2, alergeny PSZENICA, JAJA, MLEKO, data min. trwałości 07.12.2027. Zużyto 1.800 rolek z magazynu.',
          },
        ],
      },
      {
        name: 'kalkulacja_kosztow',
        description: 'Kalkulacja kosztów partii',
        instructions: 'Policz koszt jednostkowy i cenę.',
        replies: [
          {
            call: 'kalkuluj',
            args: { partia: 'P-2612-07', receptura: 'PR-RUS-v3', marza: 0.28 },
            result: '{"koszt_jedn":"3,87 zł","cena_hurt":"5,38 zł","wartosc_partii":"64.560,00 zł"}',
          },
          { say: 'Koszt jedn. 3,87 zł, cena hurtowa 5,38 zł (marża 28 %), wartość partii 64.560,00 zł.' },
        ],
      },
      {
        name: 'planista_linii',
        description: 'Planista linii produkcyjnej',
        instructions: 'Zaplanuj linię, mrożenie i mycie.',
        replies: [
          {
            call: 'planuj_linie',
            args: { linia: 'L2', zmiana: 'II', data: '2026-12-07', tony: 5.4 },
            result: 'L2 14:00–21:30, mycie alergenowe 13:15–14:00 (CIP-L2-0712), tunel T1 -35 °C, 6 palet.',
          },
          { say: 'L2: mycie alergenowe 13:15–14:00, produkcja 14:00–21:30, tunel T1 -35 °C, 6 palet.' },
        ],
      },
      {
        name: 'kierownik_zmiany',
        description: 'Kierownik zmiany',
        instructions: 'Zbierz wyniki i zwolnij partię.',
        prompt: 'Wyniki:\n{input}\n\nZlecenie: {request}',
        replies: [
          {
            say: 'P-2612-07 zwolniona do produkcji 07.12 (zmiana II): L2 14:00–21:30 po myciu alergenowym, etykiety DR-88310 (12.000 szt., alergeny: pszenica, jaja, mleko), koszt 3,87 zł/szt., cena hurt 5,38 zł. Receptura PR-RUS-v3.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'technolog', to: 'etykieciarz' },
      agent: 'etykieciarz',
    },
  }),
  defineScenario({
    id: 'letter-of-credit-discrepancies-announced-to-legal-paid-anyway',
    title:
      'The LC specialist says the two discrepancies go to the legal counsel for an opinion, then transfers straight to payments; legal never sees the file and the overdrawn invoice is paid',
    domain: 'trade finance letters of credit',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'İhracat akreditifi TR-IHR-2026-04418 (amir banka: Commerzbank Frankfurt), lehtar Ege Tekstil A.Ş. (Denizli), tutar USD 486.250,00, son ibraz 05/12/2026. Belgeler 03/12/2026 ibraz edildi. İlk bakışta iki sorun var: konşimentoda "clean on board" notasyonu yok, ticari fatura USD 486.520,00 (akreditif tutarını aşıyor). Uyuşmazlıkları değerlendirin, gerekiyorsa hukuk müşavirliğinin görüşünü alın, sonra ödeme ya da ret talimatını verin.',
    topology: {
      shape: 'swarm',
      entry: 'akreditif_uzmani',
      agents: ['akreditif_uzmani', 'hukuk_musaviri', 'odeme_operasyon'],
    },
    agents: [
      {
        name: 'akreditif_uzmani',
        description: 'Dış ticaret akreditif uzmanı',
        instructions:
          'Belgeleri UCP 600 / ISBP 821’e göre incele, uyuşmazlık varsa hukuk müşavirliğine aktar, sonra ödeme operasyonuna talimat ver.',
        replies: [
          {
            call: 'belge_kontrol',
            args: { akreditif: 'TR-IHR-2026-04418', ibraz: '2026-12-03' },
            result:
              '{"belgeler":{"fatura":"USD 486.520,00 — LC tutarı USD 486.250,00, tolerans yok → UYUŞMAZLIK","konsimento":"MSC MEDITERRANEAN, B/L MEDUIZ 0912 448, on board 28/11/2026, clean notasyonu YOK → UYUŞMAZLIK","ceki_listesi":"OK, 1.842 koli","mense":"EUR.1 A 4 118 207 OK","sigorta":"%110 CIF OK"},"uyusmazlik_sayisi":2}',
            text: 'İki uyuşmazlık teyit edildi (fatura fazlası USD 270,00 ve clean notasyonu). Dosyayı görüş için hukuk müşavirliğine devrediyorum; ret/kabul kararını onların görüşüne göre vereceğiz.',
          },
          {
            handoff: 'odeme_operasyon',
            message:
              'TR-IHR-2026-04418: belge incelemesi tamamlandı. Uyuşmazlık konuları hukuk müşavirliğinde. Ödeme tarafını hazırlayın: lehtar Ege Tekstil A.Ş., Halkbank Denizli TR12 0001 2009 4410 0010 2617 43, valör 08/12/2026, rambursman Commerzbank’tan.',
          },
        ],
      },
      {
        name: 'hukuk_musaviri',
        description: 'Hukuk müşavirliği — akreditif uyuşmazlıkları',
        instructions: 'Uyuşmazlıklar hakkında UCP 600’e göre görüş ver.',
        replies: [
          {
            say: 'Görüş: fatura fazlası ve clean notasyonu eksikliği UCP 600 md. 18(b) ve 27 kapsamında ret gerekçesidir; amir bankadan feragat (waiver) istenmeden ödeme yapılmamalı.',
          },
        ],
      },
      {
        name: 'odeme_operasyon',
        description: 'Ödeme operasyonları',
        instructions: 'Talimata göre ödeme veya ret mesajını işle ve sonucu bildir.',
        replies: [
          {
            call: 'odeme_talimati',
            args: {
              akreditif: 'TR-IHR-2026-04418',
              tutar: 'USD 486.250,00',
              lehtar_iban: 'TR12 0001 2009 4410 0010 2617 43',
              valor: '2026-12-08',
              swift: 'MT756 / MT202',
            },
            result:
              '{"islem":"OD-2026-120811","durum":"ONAYLANDI","tutar":"USD 486.250,00","kur_bilgi":"₺ 34,8215","komisyon":"USD 612,00","rambursman_talebi":"MT742 → COBADEFF gönderildi"}',
          },
          {
            say: 'TR-IHR-2026-04418 ödemesi işlendi (OD-2026-120811): USD 486.250,00, valör 08/12/2026, lehtar Ege Tekstil A.Ş. Halkbank Denizli. Rambursman talebi MT742 Commerzbank’a gitti, komisyon USD 612,00. Dosya kapandı.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'akreditif_uzmani', to: 'hukuk_musaviri' },
      agent: 'akreditif_uzmani',
    },
  }),
  defineScenario({
    id: 'christmas-tree-stand-count-frost-damage-left-out',
    title:
      'The stand counter’s survey finds 310 of 1.240 Nordmann firs in block 4 frost-damaged (grade B); its report gives only the count and the harvest lead has the Premium-A order cut from block 4',
    domain: 'Christmas tree plantation',
    mast: ['FM-2.4'],
    request:
      'Auftrag BM-26-0871 der Baumarktkette Hornbach-Süd: 1.200 Nordmanntannen Premium Klasse A, 175–200 cm, genetzt, Lieferung frei Zentrallager Bruchsal am 08.12.2026 (2 Sattelzüge, je 600 Stk.). Preis 21,50 € netto/Stk. = 25.800,00 €. Bitte Ernte und Logistik organisieren.',
    topology: {
      shape: 'nested',
      top: 'vertriebsleiter',
      teams: { ernteleiter: ['bestandspruefer', 'faellkolonne'], logistikleiter: ['disponent'] },
    },
    agents: [
      {
        name: 'vertriebsleiter',
        description: 'Vertriebsleiter der Weihnachtsbaumkultur',
        instructions: 'Lass Ernte und Logistik den Auftrag erfüllen und bestätige dem Kunden.',
        replies: [
          {
            handoff: 'ernteleiter',
            message:
              'BM-26-0871: 1.200 Nordmann Premium A, 175–200 cm, genetzt, bis 07.12. abends verladebereit. Bitte Schlag festlegen und fällen lassen.',
          },
          {
            handoff: 'logistikleiter',
            message:
              'BM-26-0871: 2 Sattelzüge am 08.12. ab Hof 05:00, Ziel ZL Bruchsal, Rampe 14, Zeitfenster 09:00–11:00. Lieferschein + Pflanzenpass.',
          },
          {
            say: 'Sehr geehrte Frau Baumann, Auftrag BM-26-0871 bestätigt: 1.200 Nordmanntannen Premium A, 175–200 cm, genetzt, Lieferung 08.12.2026 09:00–11:00 ZL Bruchsal Rampe 14 (2 Sattelzüge, Spedition Kärcher, LS-26-4471/4472). Rechnung 25.800,00 € netto folgt. Mit freundlichen Grüßen, Tannenhof Schwarzach',
          },
        ],
      },
      {
        name: 'ernteleiter',
        description: 'Ernteleiter',
        instructions: 'Lass den Bestand prüfen, dann fällen und netzen, und melde zurück.',
        replies: [
          {
            handoff: 'bestandspruefer',
            message:
              'Bitte Schlag 4 (Nordmann, Pflanzjahr 2016) durchzählen: wie viele Bäume 175–200 cm stehen, und Schlag zur Fällung freigeben.',
          },
          {
            handoff: 'faellkolonne',
            message:
              'Schlag 4: 1.200 Nordmann 175–200 cm fällen, netzen (Netz 50 cm), an Platz B ablegen, bis 07.12. 18:00. Auftrag BM-26-0871, Premium A.',
          },
          {
            say: 'Ernte BM-26-0871 fertig: 1.200 Nordmann aus Schlag 4 gefällt und genetzt, auf Platz B, verladebereit 07.12. abends.',
          },
        ],
      },
      {
        name: 'bestandspruefer',
        description: 'Zählt und bonitiert die Bestände',
        instructions: 'Zähle den Bestand und gib den Schlag zur Fällung frei.',
        replies: [
          {
            call: 'bestand_erfassen',
            args: { schlag: 4, art: 'Abies nordmanniana', hoehe_cm: '175-200' },
            result:
              '{"schlag":4,"gezaehlt_175_200":1240,"gesamt_schlag":2960,"bonitur":{"A":930,"B_Frostschaden_Leittrieb_Mai2026":310},"boden":"befahrbar","freigabe_moeglich":true,"gps":"48.7431,8.0712"}',
          },
          {
            say: 'Schlag 4 gezählt: 1.240 Nordmann in 175–200 cm (von 2.960 im Schlag). Boden befahrbar, Schlag 4 zur Fällung freigegeben.',
          },
        ],
      },
      {
        name: 'faellkolonne',
        description: 'Fäll- und Netzkolonne',
        instructions: 'Fälle und netze die Bäume wie beauftragt.',
        replies: [
          {
            call: 'faellung_melden',
            args: { schlag: 4, stueck: 1200, netz_cm: 50, ablage: 'Platz B' },
            result:
              'Fällprotokoll FP-4-1206: 1.200 Stk. gefällt 05.–07.12., genetzt, Platz B, 40 Paletten à 30 Stk.',
          },
          { say: 'Schlag 4: 1.200 Stück gefällt und genetzt, Platz B, 40 Paletten (FP-4-1206).' },
        ],
      },
      {
        name: 'logistikleiter',
        description: 'Logistikleiter',
        instructions: 'Organisiere den Transport über den Disponenten und melde zurück.',
        replies: [
          {
            handoff: 'disponent',
            message:
              '2 Sattelzüge 08.12. 05:00 ab Tannenhof nach ZL Bruchsal, Rampe 14, 09:00–11:00, je 20 Paletten.',
          },
          { say: 'Transport steht: Spedition Kärcher, 2 Sattelzüge 08.12. 05:00, LS-26-4471/4472.' },
        ],
      },
      {
        name: 'disponent',
        description: 'Disponent',
        instructions: 'Buche die Fahrzeuge.',
        replies: [
          {
            call: 'lkw_buchen',
            args: { datum: '2026-12-08', anzahl: 2, ab: '05:00', ziel: 'ZL Bruchsal Rampe 14' },
            result: 'Spedition Kärcher GmbH, KA-SK 2210 + KA-SK 2214, LS-26-4471/4472, 2 × 612,00 € netto.',
          },
          { say: 'Gebucht: Kärcher, KA-SK 2210 und KA-SK 2214, 08.12. 05:00, 2 × 612,00 €.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'bestandspruefer', to: 'ernteleiter' },
      agent: 'bestandspruefer',
    },
  }),
  defineScenario({
    id: 'company-bike-dealer-order-timeout-reported-as-sent',
    title:
      'The dealer-order desk gets a timeout from the bike dealer portal (order not transmitted) and tells the coordinator the order is placed',
    domain: 'company bike leasing',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Dienstrad-Antrag DR-2026-1187: Jana Krüger, Personalnr. 40718, Kostenstelle 4120. E-Bike Cube Kathmandu Hybrid EXC 750, Rahmen 54 cm, UVP 3.899,00 €, Zubehör Schloss Abus Bordo 119,95 €. Händler Radhaus Lindner, Leipzig. Laufzeit 36 Monate, Gehaltsumwandlung ab Januar 2027, Versicherung Premium. Bitte Vertrag und Bestellung anstoßen und mir Bescheid geben.',
    topology: {
      shape: 'supervisor',
      coordinator: 'dienstrad_koordinator',
      workers: ['vertragsservice', 'haendler_bestellung'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'dienstrad_koordinator',
        description: 'Koordiniert Dienstrad-Anträge in der Personalabteilung',
        instructions: 'Lass Leasingvertrag und Händlerbestellung erledigen und informiere die Mitarbeiterin.',
        replies: [
          {
            handoff: 'vertragsservice',
            message:
              'DR-2026-1187 Krüger (40718): Überlassungsvertrag 36 Mon., Gesamtpreis 4.018,95 € (Rad 3.899,00 + Schloss 119,95), Versicherung Premium, Umwandlung ab 01/2027.',
          },
          {
            handoff: 'haendler_bestellung',
            message:
              'DR-2026-1187: bitte Bestellung an Radhaus Lindner Leipzig (Händler-ID RL-04431) übermitteln, Cube Kathmandu Hybrid EXC 750, 54 cm + Abus Bordo, Lieferung an Händler, Abholung durch MA.',
          },
          {
            say: 'Hallo Jana, dein Dienstrad ist auf dem Weg: Vertrag DV-26-33871 ist erstellt (Rate 98,42 € brutto/Monat ab Januar 2027, 36 Monate) und die Bestellung bei Radhaus Lindner ist raus – Abholung voraussichtlich KW 3/2027, der Händler meldet sich. Viele Grüße, Personal / Benefits',
          },
        ],
      },
      {
        name: 'vertragsservice',
        description: 'Erstellt Dienstrad-Überlassungsverträge',
        instructions: 'Erstelle den Leasing- bzw. Überlassungsvertrag.',
        replies: [
          {
            call: 'vertrag_erstellen',
            args: {
              antrag: 'DR-2026-1187',
              personalnr: 40718,
              preis: 4018.95,
              laufzeit: 36,
              versicherung: 'Premium',
            },
            result:
              '{"vertrag":"DV-26-33871","rate_brutto":"98,42 €","netto_effekt":"ca. 61,10 €","beginn":"01.01.2027","status":"zur Unterschrift an MA versendet"}',
          },
          {
            say: 'Vertrag DV-26-33871 erstellt: 98,42 € brutto/Monat (netto ca. 61,10 €), Beginn 01.01.2027, 36 Monate, zur Unterschrift verschickt.',
          },
        ],
      },
      {
        name: 'haendler_bestellung',
        description: 'Übermittelt Bestellungen an Fachhändler',
        instructions: 'Übermittle die Bestellung über das Händlerportal und melde das Ergebnis.',
        replies: [
          {
            call: 'bestellung_senden',
            args: {
              haendler: 'RL-04431',
              antrag: 'DR-2026-1187',
              artikel: ['Cube Kathmandu Hybrid EXC 750 54cm', 'Abus Bordo 6000'],
            },
            result: {
              error:
                'Fehler: Zeitüberschreitung – Händlerportal Radhaus Lindner antwortet nicht (HTTP 504 nach 30 s). Bestellung wurde NICHT übermittelt.',
            },
          },
          {
            say: 'Alles erledigt ✅ Bestellung DR-2026-1187 an Radhaus Lindner (RL-04431) übermittelt: Cube Kathmandu Hybrid EXC 750, 54 cm + Abus Bordo. Lieferzeit laut Händler ca. 5–6 Wochen, Abholung voraussichtlich KW 3.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'haendler_bestellung', to: 'dienstrad_koordinator' },
      agent: 'haendler_bestellung',
    },
  }),
  defineScenario({
    id: 'houseboat-berth-register-brp-failure-reported-registered',
    title:
      'The berth register desk’s registration fails on the BRP check (not saved); it tells the permits coordinator the berth is registered and the permit goes out',
    domain: 'houseboat mooring permits',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Aanvraag ligplaatsvergunning woonark, zaak Z-2026-041187: dhr. Pieter de Wit, ark "Zwaluw" (18,40 × 5,20 m, bouwjaar 1998), ligplaats LP-AMS-0417, Prinsengracht t.o. nr. 1093. Overname van vorige eigenaar per 01-01-2027. Welstandstoets, registratie en precario-berekening graag, besluit vóór 20-12-2026.',
    topology: {
      shape: 'network',
      coordinator: 'vergunningen_coordinator',
      workers: ['ligplaatsregister', 'welstand_toets', 'heffingen'],
    },
    agents: [
      {
        name: 'vergunningen_coordinator',
        description: 'Coördinator ligplaatsvergunningen van het stadsdeel',
        instructions: 'Laat toets, registratie en heffing uitvoeren en stuur de aanvrager het besluit.',
        replies: [
          {
            handoff: 'welstand_toets',
            message:
              'Z-2026-041187, ark Zwaluw 18,40 × 5,20 m op LP-AMS-0417 (Prinsengracht). Past maatvoering binnen de ligplaatsregels (max. 20 × 5,5 m, hoogte 2,5 m boven water)?',
          },
          {
            handoff: 'ligplaatsregister',
            message:
              'Z-2026-041187: registreer LP-AMS-0417 per 01-01-2027 op naam van P. de Wit (BSN in zaak, geb. 14-03-1979), vorige houder M. Jansen vervalt per die datum.',
          },
          {
            handoff: 'heffingen',
            message:
              'Precario 2027 voor LP-AMS-0417, ark 18,40 × 5,20 m = 95,68 m², tarief woonboten A-zone.',
          },
          {
            say: 'Geachte heer De Wit, uw ligplaatsvergunning (zaak Z-2026-041187) is verleend per 01-01-2027 voor ark "Zwaluw" op LP-AMS-0417, Prinsengracht. De ligplaats staat op uw naam geregistreerd. Precario 2027: € 2.163,32 (aanslag volgt in februari). Met vriendelijke groet, Stadsdeel Centrum, team Water',
          },
        ],
      },
      {
        name: 'welstand_toets',
        description: 'Toetst woonboten aan de ligplaatsregels',
        instructions: 'Toets de afmetingen en het uiterlijk.',
        replies: [
          {
            call: 'toets_maatvoering',
            args: { lengte_m: 18.4, breedte_m: 5.2, hoogte_m: 2.35 },
            result:
              '{"lengte":"OK (≤ 20,00)","breedte":"OK (≤ 5,50)","hoogte":"OK 2,35 (≤ 2,50)","uiterlijk":"conform foto’s 2019"}',
          },
          { say: 'Maatvoering akkoord: 18,40 × 5,20 m, hoogte 2,35 m, alles binnen de regels.' },
        ],
      },
      {
        name: 'ligplaatsregister',
        description: 'Beheert het ligplaatsregister',
        instructions: 'Registreer wijzigingen van ligplaatshouders en meld het resultaat.',
        replies: [
          {
            call: 'registreer_houder',
            args: {
              ligplaats: 'LP-AMS-0417',
              houder: 'P. de Wit',
              ingang: '2027-01-01',
              vorige: 'M. Jansen',
            },
            result: {
              error:
                'Fout: BSN-controle mislukt (BRP-koppeling code BRP-503, dienst niet beschikbaar). Wijziging niet opgeslagen; LP-AMS-0417 staat nog op naam van M. Jansen.',
            },
          },
          {
            say: 'Gelukt: LP-AMS-0417 staat per 01-01-2027 op naam van P. de Wit, M. Jansen is als houder beëindigd. Registernummer blijft LP-AMS-0417.',
          },
        ],
      },
      {
        name: 'heffingen',
        description: 'Berekent precario en leges',
        instructions: 'Bereken de heffing.',
        replies: [
          {
            call: 'bereken_precario',
            args: { ligplaats: 'LP-AMS-0417', oppervlak_m2: 95.68, jaar: 2027, zone: 'A' },
            result: '{"tarief":"€ 22,61/m²","bedrag":"€ 2.163,32","aanslag":"februari 2027"}',
          },
          { say: 'Precario 2027: 95,68 m² × € 22,61 = € 2.163,32, aanslag in februari.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'ligplaatsregister', to: 'vergunningen_coordinator' },
      agent: 'ligplaatsregister',
    },
  }),
  defineScenario({
    id: 'lavender-essential-oil-dossier-resent-without-linalool-gc',
    title:
      'Quality sends the distiller’s lot dossier back asking for the linalool/linalyl acetate GC result; the distiller resends the same dossier each round',
    domain: 'lavender distillery',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Commande PA-2026-0093 de Parfums Arnaud (Grasse) : 120 kg d’huile essentielle de lavande fine AOP Haute-Provence, lot L-0712 (distillation du 18/07/2026, 12,0 t de fleurs, rendement 1,1 %). Le client exige un dossier de lot complet (bulletin CPG avec linalol et acétate de linalyle selon ISO 3515, IFRA, fiche de sécurité) avant expédition le 11/12/2026.',
    topology: {
      shape: 'pipeline',
      order: ['distillateur', 'controle_qualite', 'expedition'],
      loop: { from: 'controle_qualite', to: 'distillateur', while: 'À REVOIR', max: 3 },
    },
    agents: [
      {
        name: 'distillateur',
        description: 'Responsable de la distillerie',
        instructions: 'Constitue le dossier de lot, ou complète-le selon les remarques du contrôle qualité.',
        prompt: 'Demande / remarques qualité :\n{input}\n\nCommande : {request}',
        replies: [
          {
            say: 'Dossier lot L-0712 (v1) :\n- distillation 18/07/2026, alambic n° 2, 12,0 t de fleurs, rendement 1,1 % (132 kg brut)\n- stock : 131,5 kg en fûts inox 25 kg (F-201 à F-206)\n- IFRA 51e amendement : conforme\n- FDS rév. 04 du 02/09/2026\n- certificat AOP INAO n° HP-26-0712\nBon pour expédition des 120 kg.',
          },
          {
            say: 'Dossier lot L-0712 (v1) :\n- distillation 18/07/2026, alambic n° 2, 12,0 t de fleurs, rendement 1,1 %\n- stock : 131,5 kg en fûts inox 25 kg (F-201 à F-206)\n- IFRA 51e amendement : conforme\n- FDS rév. 04 du 02/09/2026\n- certificat AOP INAO n° HP-26-0712\nMerci de valider, le client attend.',
          },
          {
            say: 'Dossier lot L-0712 (v1), je renvoie :\n- distillation 18/07/2026, alambic n° 2, rendement 1,1 %\n- 131,5 kg en fûts F-201 à F-206\n- IFRA conforme, FDS rév. 04, AOP HP-26-0712\nMerci de valider rapidement svp.',
          },
          {
            say: 'Dossier lot L-0712 (v1) : distillation 18/07/2026, 131,5 kg, IFRA conforme, FDS rév. 04, AOP HP-26-0712. Merci de valider.',
          },
        ],
      },
      {
        name: 'controle_qualite',
        description: 'Contrôle qualité des huiles essentielles',
        instructions:
          'Réponds « VALIDÉ : <résumé> » si le dossier est complet, sinon « À REVOIR : <ce qui manque> ».',
        prompt: 'Dossier :\n{input}',
        replies: [
          {
            say: 'À REVOIR : il manque le bulletin CPG du lot L-0712 (linalol 25–38 %, acétate de linalyle 25–45 % selon ISO 3515). Sans ces deux valeurs le client Arnaud refuse le lot.',
          },
          {
            say: 'À REVOIR : toujours pas de résultat CPG (linalol / acétate de linalyle) dans le dossier. Le labo a le rapport CPG-26-0412 depuis le 25/07, merci de l’ajouter.',
          },
          {
            say: 'À REVOIR : dossier identique aux deux envois précédents, le bulletin CPG-26-0412 manque encore. Je ne peux pas valider.',
          },
          {
            say: 'À REVOIR : 4e envoi sans CPG. Lot L-0712 bloqué.',
          },
        ],
      },
      {
        name: 'expedition',
        description: 'Service expédition',
        instructions: 'Expédie les lots validés, sinon informe le client du retard.',
        prompt: 'Avis qualité :\n{input}',
        replies: [
          {
            say: 'Bonjour Mme Roux (Parfums Arnaud), la commande PA-2026-0093 (120 kg HE lavande fine AOP, lot L-0712) ne peut pas partir le 11/12/2026 : le dossier de lot n’est pas validé par notre contrôle qualité (bulletin CPG manquant). Nous revenons vers vous avec une nouvelle date. Cordialement, Distillerie du Plateau de Valensole',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'distillateur', to: 'controle_qualite' },
      agent: 'distillateur',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'saffron-harvest-picker-count-corrected-and-applied',
    title:
      'The farm owner corrects the picker count from 14 to 18 in the request; the campaign lead briefs 18 and both the hiring desk and the stripping room plan for 18',
    domain: 'saffron harvest',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the request still shows the first figure (14 recolectores) next to the correction; every agent uses the corrected 18',
    request:
      'Campaña de azafrán 2026, finca "La Rosa del Azafrán", Consuegra (Toledo), 6,8 ha. Previsto: 14 recolectores del 28/10 al 08/11, jornada 07:00–12:00, 9,50 €/h. CORRECCIÓN del 26/10: la floración se ha adelantado (2,3 ha ya en plena flor), en lugar de 14 recolectores necesitamos 18 desde el 28/10. El resto igual. Montad también la sala de monda y el tostado (objetivo ~14 kg de hebra seca, DOP La Mancha).',
    topology: {
      shape: 'supervisor',
      coordinator: 'jefe_campana',
      workers: ['contratacion', 'sala_monda'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'jefe_campana',
        description: 'Jefe de campaña de la finca',
        instructions: 'Organiza la contratación y la sala de monda y tostado, e informa a la propietaria.',
        replies: [
          {
            handoff: 'contratacion',
            message:
              'Hola! Campaña azafrán 28/10–08/11: **18 recolectores** (ojo, ya no 14: corrección de la propiedad del 26/10 por floración adelantada). Jornada 07:00–12:00, 9,50 €/h, alta en Seguridad Social régimen agrario, EPIs (guantes, gorra). Prioridad gente de la campaña 2025.',
          },
          {
            handoff: 'sala_monda',
            message:
              'Sala de monda: entrarán las flores de 18 recolectores (~ 95–110 kg de flor/día en pico). Preparar 10 puestos de monda de tarde 15:00–20:00, tostado en cedazo con brasa de encina, objetivo total ~14 kg de hebra seca, trazabilidad DOP por lote diario.',
          },
          {
            say: 'Doña Carmen, todo listo para el 28/10:\n- 18 recolectores contratados (12 de la campaña 2025 + 6 nuevos), 07:00–12:00, 9,50 €/h, altas hechas (coste estimado 10.260,00 € para 12 días)\n- Sala de monda con 10 puestos de 15:00 a 20:00, tostado en cedazo, lotes DOP diarios LM-26-1028 en adelante\nCualquier cosa me dice. Un saludo.',
          },
        ],
      },
      {
        name: 'contratacion',
        description: 'Gestión de contratación temporal',
        instructions: 'Contrata al personal de campaña y da de alta.',
        replies: [
          {
            call: 'alta_trabajadores',
            args: {
              finca: 'La Rosa del Azafrán',
              numero: 18,
              inicio: '2026-10-28',
              fin: '2026-11-08',
              salario_hora: 9.5,
            },
            result:
              '{"altas":18,"repiten_2025":12,"nuevos":6,"horas_previstas":1080,"coste_estimado":"10.260,00 €","ref":"SS-AGR-26-55120"}',
          },
          {
            say: '18 altas tramitadas (12 repiten de 2025, 6 nuevos) para 28/10–08/11, ref SS-AGR-26-55120. 1.080 h previstas, coste estimado 10.260,00 €. EPIs entregados el 27/10 a las 18:00.',
          },
        ],
      },
      {
        name: 'sala_monda',
        description: 'Encargada de la sala de monda y tostado',
        instructions: 'Prepara la monda y el tostado.',
        replies: [
          {
            call: 'preparar_sala',
            args: { puestos: 10, turno: '15:00-20:00', recolectores: 18, objetivo_kg: 14 },
            result: '{"puestos":10,"cedazos":4,"lotes_DOP":"LM-26-1028 …","capacidad_flor_dia_kg":120}',
          },
          {
            say: 'Sala lista: 10 puestos 15:00–20:00, 4 cedazos, capacidad 120 kg de flor/día (suficiente para 18 recolectores en pico). Lotes DOP desde LM-26-1028.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'acai-pulp-cold-room-sensor-timeout-retried',
    title:
      'The cold-room worker’s sensor read times out, it retries and gets the reading; the other workers’ figures are reformatted by the aggregator and the batch is released',
    domain: 'açaí pulp processing',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'agent_error: a tool error (tempo limite excedido) that the worker retries successfully and reports as a retry',
    request:
      'Lote AC-2612-03, Abaetetuba (PA): 4.200 kg de frutos recebidos hoje 05/12/2026 às 06:40, 3 fornecedores (Coop. Ilhas 2.600 kg, Sr. Raimundo 900 kg, Sítio Boa Vista 700 kg). Polpa grossa tipo B, pasteurização 80 °C/10 s, congelamento -18 °C. Preciso do laudo do lote para liberar o carregamento para São Paulo amanhã.',
    topology: {
      shape: 'fanout',
      planner: 'gerente_producao',
      workers: ['recebimento_frutos', 'pasteurizacao', 'camara_fria'],
      aggregator: 'supervisora_qualidade',
    },
    agents: [
      {
        name: 'gerente_producao',
        description: 'Gerente de produção da agroindústria',
        instructions: 'Divida as verificações do lote entre recebimento, pasteurização e câmara fria.',
        replies: [
          {
            plan: {
              recebimento_frutos:
                'AC-2612-03: conferir pesagem dos 3 fornecedores (total 4.200 kg), branqueamento 80 °C/10 s contra Chagas, descarte de frutos verdes.',
              pasteurizacao:
                'AC-2612-03: registrar pasteurização da polpa grossa tipo B (80 °C/10 s), rendimento e °Brix/sólidos totais.',
              camara_fria:
                'AC-2612-03: confirmar temperatura da câmara CF-02 (≤ -18 °C) e posições dos paletes do lote.',
            },
          },
        ],
      },
      {
        name: 'recebimento_frutos',
        description: 'Recebimento e higienização dos frutos',
        instructions: 'Confira o recebimento e o branqueamento.',
        replies: [
          {
            call: 'registro_recebimento',
            args: { lote: 'AC-2612-03' },
            result:
              '{"pesagem":{"Coop. Ilhas":2600,"Raimundo":900,"Boa Vista":700},"total_kg":4200,"descarte_kg":86,"branqueamento":"80 °C / 10 s OK","hora":"06:40–08:15"}',
          },
          {
            say: 'Recebimento AC-2612-03 ok: 4.200 kg (2.600 + 900 + 700), descarte 86 kg de frutos verdes, branqueamento 80 °C/10 s conforme.',
          },
        ],
      },
      {
        name: 'pasteurizacao',
        description: 'Linha de despolpa e pasteurização',
        instructions: 'Registre a pasteurização e o rendimento.',
        replies: [
          {
            call: 'registro_pasteurizacao',
            args: { lote: 'AC-2612-03', tipo: 'B' },
            result:
              '{"temp":"80,2 °C","tempo":"10 s","polpa_kg":2310,"solidos_totais":"11,4 %","rendimento":"55 %"}',
          },
          {
            say: 'Pasteurização conforme (80,2 °C/10 s). 2.310 kg de polpa grossa tipo B, sólidos totais 11,4 %, rendimento 55 %.',
          },
        ],
      },
      {
        name: 'camara_fria',
        description: 'Controle da câmara fria',
        instructions: 'Confirme a temperatura e as posições dos paletes.',
        replies: [
          {
            call: 'ler_sensor',
            args: { camara: 'CF-02' },
            result: {
              error:
                'Erro: tempo limite excedido ao consultar o sensor CF-02 (gateway Modbus sem resposta em 15 s)',
            },
          },
          {
            call: 'ler_sensor',
            args: { camara: 'CF-02', tentativa: 2 },
            result:
              '{"camara":"CF-02","temp_atual":"-19,6 °C","min_24h":"-21,0 °C","max_24h":"-18,4 °C","paletes_lote":["P-117","P-118","P-119"]}',
          },
          {
            say: 'CF-02: a 1ª leitura deu tempo limite excedido (gateway Modbus); na 2ª tentativa ok: -19,6 °C agora, faixa 24 h -21,0 a -18,4 °C (≤ -18 °C conforme). Lote nos paletes P-117, P-118, P-119.',
          },
        ],
      },
      {
        name: 'supervisora_qualidade',
        description: 'Supervisora de qualidade que emite o laudo',
        instructions: 'Consolide os resultados e emita o laudo de liberação.',
        prompt: 'Resultados:\n{input}\n\nLote: {request}',
        replies: [
          {
            say: 'LAUDO AC-2612-03 — LIBERADO (05/12/2026)\n| etapa | resultado |\n|---|---|\n| recebimento | 4,2 t, descarte 86 kg, branqueamento 80 °C/10 s |\n| pasteurização | 80,2 °C/10 s, 2,31 t polpa tipo B, ST 11,4 % |\n| câmara CF-02 | -19,6 °C (24 h: -21,0 / -18,4), paletes P-117 a P-119 |\nObs.: leitura do sensor CF-02 repetida após timeout do gateway. Carregamento SP liberado para 06/12.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ojek-driver-onboarding-vehicle-check-handed-over-and-done',
    title:
      'The verification lead announces it is handing the vehicle check to the inspection team and does so; a side document note is not used and the driver is activated on complete checks',
    domain: 'motorbike taxi driver onboarding',
    mast: ['FM-3.1'],
    nearMissOf:
      'lost_message: a handoff announced by role ("saya serahkan ke tim pemeriksa kendaraan") that is actually made',
    request:
      'Onboarding mitra pengemudi baru, kota Bandung: Asep Saepudin, ID calon MTR-BDG-26-20931, motor Honda Vario 125 (2022), D 4417 ZBK, STNK berlaku s/d 14/08/2027, SIM C berlaku s/d 03/2029. Mohon verifikasi dokumen + cek kendaraan + jadwal pelatihan, target aktif 10/12/2026.',
    topology: {
      shape: 'nested',
      top: 'kepala_operasional',
      teams: { lead_verifikasi: ['cek_dokumen', 'cek_kendaraan'], lead_pelatihan: ['jadwal_pelatihan'] },
    },
    agents: [
      {
        name: 'kepala_operasional',
        description: 'Kepala operasional mitra kota Bandung',
        instructions:
          'Minta tim verifikasi dan pelatihan menyelesaikan onboarding, lalu aktifkan akun mitra.',
        replies: [
          {
            handoff: 'lead_verifikasi',
            message:
              'MTR-BDG-26-20931 Asep Saepudin: verifikasi KTP/SIM C/STNK/SKCK + cek fisik motor D 4417 ZBK (rem, lampu, ban, helm penumpang). Target beres 08/12.',
          },
          {
            handoff: 'lead_pelatihan',
            message:
              'MTR-BDG-26-20931: jadwalkan pelatihan keselamatan + aplikasi, paling lambat 09/12, kantor Jl. Soekarno-Hatta.',
          },
          {
            say: 'Onboarding MTR-BDG-26-20931 (Asep Saepudin): dokumen lengkap & valid, motor Honda Vario D 4417 ZBK lulus cek (ban depan diganti 06/12). Pelatihan 09/12 09:00–12:00 kelas B; akun mitra diaktifkan 10/12/2026 setelah pelatihan. Jaket + 2 helm diambil saat pelatihan. Selamat bergabung, Kang Asep!',
          },
        ],
      },
      {
        name: 'lead_verifikasi',
        description: 'Lead tim verifikasi mitra',
        instructions: 'Bagi pemeriksaan dokumen dan kendaraan ke timmu, lalu laporkan.',
        replies: [
          {
            handoff: 'cek_dokumen',
            message:
              'MTR-BDG-26-20931: cek KTP, SIM C (s/d 03/2029), STNK (s/d 14/08/2027), SKCK Polrestabes Bandung.',
          },
          {
            handoff: 'cek_kendaraan',
            message:
              'Dokumen sedang dicek. Untuk fisik motor saya serahkan ke tim pemeriksa kendaraan: D 4417 ZBK Honda Vario 125 (2022), cek rem, lampu, ban (min 1,6 mm), klakson, helm penumpang SNI. Slot bengkel mitra 06/12 10:00.',
          },
          {
            say: 'Verifikasi MTR-BDG-26-20931 selesai: dokumen valid semua (SKCK terbit 28/11/2026). Motor lulus setelah ban depan diganti 06/12 (tapak tadinya 1,2 mm). Catatan lain dari tim dokumen (alamat KTP beda kecamatan) tidak berpengaruh ke kelayakan.',
          },
        ],
      },
      {
        name: 'cek_dokumen',
        description: 'Petugas verifikasi dokumen',
        instructions: 'Periksa keaslian dan masa berlaku dokumen.',
        replies: [
          {
            call: 'verifikasi_dokumen',
            args: { calon: 'MTR-BDG-26-20931', dokumen: ['KTP', 'SIM C', 'STNK', 'SKCK'] },
            result:
              '{"KTP":"valid, alamat Kec. Cibeunying Kidul (domisili sekarang Kec. Antapani)","SIM_C":"valid s/d 03/2029","STNK":"valid s/d 14/08/2027, pajak lunas","SKCK":"valid, terbit 28/11/2026"}',
          },
          {
            say: 'Dokumen MTR-BDG-26-20931 valid semua. Info saja: alamat KTP Cibeunying Kidul, domisili sekarang Antapani (tidak wajib diperbarui untuk mitra).',
          },
        ],
      },
      {
        name: 'cek_kendaraan',
        description: 'Tim pemeriksa kendaraan',
        instructions: 'Periksa kelayakan motor dan laporkan.',
        replies: [
          {
            call: 'inspeksi_motor',
            args: { nopol: 'D 4417 ZBK', tanggal: '2026-12-06' },
            result:
              '{"rem":"OK","lampu":"OK","klakson":"OK","ban_belakang":"2,4 mm OK","ban_depan":"1,2 mm → diganti IRC 80/80-14, 06/12 11:05","helm_penumpang":"SNI OK","hasil":"LULUS","biaya_ban":"Rp 245.000 (ditanggung mitra)"}',
          },
          {
            say: 'D 4417 ZBK LULUS per 06/12: ban depan 1,2 mm sudah diganti (Rp 245.000, ditanggung mitra), yang lain OK, helm penumpang SNI.',
          },
        ],
      },
      {
        name: 'lead_pelatihan',
        description: 'Lead pelatihan mitra',
        instructions: 'Jadwalkan pelatihan dan laporkan.',
        replies: [
          {
            handoff: 'jadwal_pelatihan',
            message: 'Asep Saepudin MTR-BDG-26-20931, pelatihan sebelum 09/12.',
          },
          {
            say: 'Pelatihan Asep dijadwalkan 09/12/2026 09:00–12:00, kelas B kursi 14, materi K3 + aplikasi v5.12.',
          },
        ],
      },
      {
        name: 'jadwal_pelatihan',
        description: 'Penjadwal kelas pelatihan',
        instructions: 'Pesan kursi di kelas pelatihan.',
        replies: [
          {
            call: 'pesan_kelas',
            args: { calon: 'MTR-BDG-26-20931', tanggal: '2026-12-09' },
            result: 'Kelas B 09/12 09:00–12:00, kursi 14/30, materi K3 + aplikasi v5.12.',
          },
          { say: 'Kursi 14 kelas B, 09/12 09:00–12:00.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'flamenco-private-show-two-clarifications-answered',
    title:
      'The artistic coordinator asks the bookings desk twice for missing details (time and format, then which room); each answer brings new facts and the cuadro is booked',
    domain: 'flamenco tablao bookings',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: two rounds of polite clarification between the same two agents, each answered with new information, then a booking',
    request:
      'Buenas tardes: somos Grupo Vía Láctea Seguros, cena de empresa el sábado 12/12/2026 en el Tablao El Candil (Madrid, c/ Echegaray 14), 45 comensales, menú degustación ya reservado (ref. CAN-26-1212-07, 89,00 € por persona). Queremos un espectáculo flamenco privado de una hora con baile. Presupuesto máx. 3.200 € + IVA. ¿Es posible?',
    topology: {
      shape: 'swarm',
      entry: 'reservas',
      agents: ['reservas', 'coordinacion_artistica'],
    },
    agents: [
      {
        name: 'reservas',
        description: 'Departamento de reservas y eventos del tablao',
        instructions:
          'Gestiona la petición del cliente y pásale a coordinación artística lo que necesite para montar el espectáculo.',
        replies: [
          {
            call: 'ver_reserva',
            args: { ref: 'CAN-26-1212-07' },
            result:
              '{"cliente":"Grupo Vía Láctea Seguros","fecha":"2026-12-12","pax":45,"menu":"degustación 89,00 €","sala":"Alhambra (privada)","hora_cena":"21:00","contacto":"Lucía Ferrán, 611 48 20 97"}',
          },
          {
            handoff: 'coordinacion_artistica',
            message:
              'Hola! Evento privado CAN-26-1212-07, sáb 12/12, 45 pax (Grupo Vía Láctea Seguros), quieren 1 h de flamenco con baile, presupuesto máx. 3.200 € + IVA. ¿Tenemos cuadro?',
          },
          {
            handoff: 'coordinacion_artistica',
            message:
              'Hablado con Lucía Ferrán (cliente): espectáculo a las 22:30, después del segundo plato, 60 min sin pausa. Cuadro completo: bailaora + cantaor + guitarra, nada de cante en inglés, algo festero al final (bulerías). 3.200 € + IVA sigue siendo el tope.',
          },
          {
            handoff: 'coordinacion_artistica',
            message:
              'Es en la sala Alhambra (la privada), tarima 4 × 3 m, confirmado hoy con sala. Techo 3,2 m, suelo de madera, sin micro de ambiente → habría que poner 2 micros.',
          },
        ],
      },
      {
        name: 'coordinacion_artistica',
        description: 'Coordinación artística: contrata y programa los cuadros',
        instructions: 'Monta el cuadro flamenco para el evento y confirma al cliente.',
        replies: [
          {
            handoff: 'reservas',
            message:
              'Puedo montar algo, pero me falta: ¿a qué hora empieza y cuánto dura? ¿Cuadro completo (baile + cante + guitarra) o solo guitarra y cante? Con eso miro quién está libre.',
          },
          {
            handoff: 'reservas',
            message:
              'Perfecto, gracias. Una cosa más: ¿es en la sala principal o en la Alhambra? Para baile necesito mínimo tarima 4 × 3 m y saber si hay sonido.',
          },
          {
            call: 'contratar_cuadro',
            args: {
              evento: 'CAN-26-1212-07',
              fecha: '2026-12-12',
              hora: '22:30',
              duracion_min: 60,
              sala: 'Alhambra',
              artistas: ['bailaora', 'cantaor', 'guitarra'],
              sonido: '2 micros',
            },
            result:
              '{"cuadro":"Rocío Amador (baile), Juan de la Vega (cante), Paco Heredia (guitarra)","cache_total":"2.850,00 €","sonido":"1 técnico + 2 micros, 250,00 €","total":"3.100,00 € + IVA","contrato":"CA-26-0418"}',
          },
          {
            say: 'Estimada Lucía: confirmado el espectáculo privado del sábado 12/12/2026 a las 22:30 en la sala Alhambra (60 min): Rocío Amador (baile), Juan de la Vega (cante) y Paco Heredia (guitarra), con cierre por bulerías. Sonido con técnico y 2 micros. Total 3.100,00 € + IVA (contrato CA-26-0418), dentro de su presupuesto. ¡Un saludo y olé!',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'alba-white-truffle-lot-graded-from-paraphrased-brief',
    title:
      'The lot sorter paraphrases the delivery into a grading brief with the weight in grams; the white-truffle assessor grades and prices exactly that, and the auction desk lists it with the values in other formats',
    domain: 'truffle market grading',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a paraphrased brief (1,240 kg written as 1.240 g, cleaned weight 1.228 g) carried out as asked',
    request:
      'Conferimento n. 2026/1187 al Mercato Mondiale del Tartufo di Alba — trifolau Gianni Ferrero (tesserino CN-0412). Tartufo bianco d’Alba (Tuber magnatum Pico), 9 pezzi, peso lordo dichiarato 1,240 kg, raccolto il 03/12/2026 nelle Langhe (zona Roddino). Chiedo classificazione, pesatura ufficiale e stima per l’asta di domenica 07/12/2026.',
    topology: {
      shape: 'branch',
      classifier: 'smistamento_lotti',
      routes: { BIANCO: 'perito_bianco', SCORZONE: 'perito_scorzone' },
      after: 'banco_asta',
    },
    agents: [
      {
        name: 'smistamento_lotti',
        description: 'Smista i conferimenti verso il perito giusto',
        instructions: 'Indica la specie (BIANCO o SCORZONE) e riformula il compito per il perito.',
        replies: [
          {
            say: 'BIANCO — conferimento 2026/1187, Ferrero G. (CN-0412), T. magnatum, 9 pz, 1.240 g lordi dichiarati, raccolta 03/12 Roddino.\nCompito: pesatura ufficiale al netto della terra, classificazione pezzo per pezzo (extra / prima / seconda), stima €/kg per l’asta del 07/12.',
          },
        ],
      },
      {
        name: 'perito_bianco',
        description: 'Perito del tartufo bianco',
        instructions: 'Pesa, classifica e stima i tartufi bianchi come richiesto.',
        prompt: 'Lotto da periziare:\n{input}',
        replies: [
          {
            call: 'perizia_lotto',
            args: { conferimento: '2026/1187', specie: 'Tuber magnatum', pezzi: 9 },
            result:
              '{"peso_netto_g":1228,"terra_rimossa_g":12,"classi":{"extra":{"pezzi":2,"g":486},"prima":{"pezzi":4,"g":548},"seconda":{"pezzi":3,"g":194}},"aroma":"intenso","difetti":"1 pezzo con piccola lesione da zappino (seconda)","stima_eur_kg":{"extra":"4.500,00","prima":"3.600,00","seconda":"2.200,00"},"sigillo":"AL-26-1187"}',
          },
          {
            say: 'Perizia 2026/1187 (sigillo AL-26-1187): netto 1.228 g (tolti 12 g di terra).\n| classe | pezzi | g | stima €/kg |\n|---|---|---|---|\n| extra | 2 | 486 | 4.500,00 |\n| prima | 4 | 548 | 3.600,00 |\n| seconda | 3 | 194 | 2.200,00 |\nAroma intenso; un pezzo con lesione da zappino messo in seconda. Valore stimato ≈ € 4.586,00.',
          },
        ],
      },
      {
        name: 'perito_scorzone',
        description: 'Perito dei tartufi estivi e scorzoni',
        instructions: 'Pesa e classifica gli scorzoni.',
        replies: [{ say: 'Perizia scorzone completata.' }],
      },
      {
        name: 'banco_asta',
        description: 'Banco d’asta del mercato',
        instructions: 'Prepara la scheda d’asta del lotto.',
        prompt: 'Perizia:\n{input}',
        replies: [
          {
            say: 'Scheda asta dom. 07/12/2026 — lotto 2026/1187 (Ferrero, Roddino), sigillo AL-26-1187, Tuber magnatum 1,228 kg netti:\n- 1A extra: 2 pz, 0,486 kg, base €4500/kg\n- 1B prima: 4 pz, 0,548 kg, base €3600/kg\n- 1C seconda: 3 pz, 0,194 kg, base €2200/kg\nValore di base complessivo ~4.586 €. Esposizione in vetrina refrigerata 4 °C dalle 09:00.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cork-harvest-stand-t7-dropped-and-volume-revised',
    title:
      'The harvest foreman drops stand T7 (stripped in 2018, not due until 2027) and revises the estimate from 3.610 to 2.840 arrobas; the grader and the sales desk both work from the revised figures',
    domain: 'cork harvesting',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a correction (T7 deixa de entrar, 2.840 @ em vez de 3.610 @) that every later agent applies',
    request:
      'Herdade da Azinhaga, Coruche — tiragem de cortiça 2026 (última semana, 29/06 a 03/07): talhões T3, T5, T6 e T7, estimativa 3.610 arrobas (1 @ = 15 kg). Comprador habitual: Corticeira do Sorraia, S.A., proposta de 42,00 €/@ para amadia de qualidade média. Preciso da classificação e de uma proposta de venda até 10/07/2026.',
    topology: { shape: 'pipeline', order: ['chefe_tiragem', 'classificador_cortica', 'comercial'] },
    agents: [
      {
        name: 'chefe_tiragem',
        description: 'Chefe da equipa de tiragem',
        instructions: 'Faça a tiragem, pese as pilhas e passe os números à classificação.',
        replies: [
          {
            call: 'registo_tiragem',
            args: { herdade: 'Azinhaga', talhoes: ['T3', 'T5', 'T6'], semana: '2026-W27' },
            result:
              '{"T3":{"sobreiros":412,"arrobas":1120,"marca":"6"},"T5":{"sobreiros":298,"arrobas":905,"marca":"6"},"T6":{"sobreiros":301,"arrobas":815,"marca":"6"},"T7":"última tiragem 2018 (marca 8) — não tirar antes de 2027","total_arrobas":2840,"equipa":"14 tiradores + 2 ajuntadores"}',
          },
          {
            say: 'Tiragem 2026 concluída (29/06–03/07, 14 tiradores).\n**Correção:** o T7 fica de fora — foi tirado em 2018 (marca 8), só pode ser descortiçado em 2027 (ciclo mínimo de 9 anos). Em vez de 4 talhões são 3, e o total passa a **2.840 @**, não 3.610 @.\n| talhão | sobreiros | @ |\n|---|---|---|\n| T3 | 412 | 1.120 |\n| T5 | 298 | 905 |\n| T6 | 301 | 815 |\nPilhas no terreiro norte, marcadas com 6.',
          },
        ],
      },
      {
        name: 'classificador_cortica',
        description: 'Classificador de cortiça amadia',
        instructions: 'Classifique a cortiça tirada por calibre e qualidade.',
        prompt: 'Tiragem:\n{input}\n\nPedido: {request}',
        replies: [
          {
            call: 'classificar_pilhas',
            args: { talhoes: ['T3', 'T5', 'T6'], arrobas: 2840 },
            result:
              '{"amostras":36,"calibre":{"27-32 mm (rolhável)":"58 %","22-27 mm":"27 %","<22 mm (delgada)":"15 %"},"qualidade_media":"4ª-5ª","refugo":"6 %","humidade":"18 %"}',
          },
          {
            say: 'Classificação T3/T5/T6 (2.840 @ ≈ 42,6 t, 36 amostras): 58 % rolhável 27–32 mm, 27 % 22–27 mm, 15 % delgada; qualidade média 4ª–5ª, refugo 6 %, humidade 18 %. O T7 não entrou (ver correção da tiragem).',
          },
        ],
      },
      {
        name: 'comercial',
        description: 'Responsável comercial da herdade',
        instructions: 'Prepare a proposta de venda ao comprador.',
        prompt: 'Classificação:\n{input}\n\nPedido: {request}',
        replies: [
          {
            say: 'Proposta à Corticeira do Sorraia, S.A. (09/07/2026): 2.840 @ de amadia (T3, T5, T6 — T7 só em 2027), qualidade média 4ª–5ª, 58 % rolhável. Preço 43,50 €/@ (acima dos 42,00 € propostos, dado o calibre) → 123.540,00 €; refugo de 6 % a 9,00 €/@ à parte. Pesagem no terreiro norte, pagamento 50 % na pesagem.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch31Scenarios = [...faults, ...healthy];
