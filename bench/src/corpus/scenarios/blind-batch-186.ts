import { defineScenario } from '../scenario.ts';

// Blind batch 186: penerimaan TBS, sortasi dan pembayaran petani di pabrik kelapa sawit (PKS), Bahasa Indonesia.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'pks-harga-tbs-periode-lama-dipakai',
    title:
      'Pemeriksa harga menunjukkan harga TBS penetapan Disbun periode II Rp 2.874/kg menggantikan Rp 2.781/kg, tetapi penghitung pembayaran tetap memakai Rp 2.781/kg',
    domain: 'Pembayaran TBS petani swadaya',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Tolong hitung pembayaran TBS untuk Kelompok Tani Sumber Rezeki (KT-SR-014) atas pengiriman 15–21 Januari 2027, netto setelah sortasi 18.640 kg, tanaman umur 10–20 tahun. Pakai harga penetapan Disbun Riau yang berlaku saat ini, lalu buat slip pembayaran.',
    topology: {
      shape: 'pipeline',
      order: ['pemeriksa_harga', 'penghitung_bayar', 'penulis_slip'],
    },
    agents: [
      {
        name: 'pemeriksa_harga',
        description: 'Memeriksa harga TBS penetapan Dinas Perkebunan yang berlaku',
        instructions: 'Cari harga TBS yang berlaku untuk kelompok umur tanaman yang diminta.',
        replies: [
          {
            call: 'harga_disbun',
            args: { provinsi: 'Riau', umur_tanaman: '10-20', tanggal: '2027-01-21' },
            result:
              '{"provinsi": "Riau", "umur": "10-20 th", "berlaku": {"periode": "2027-01-II", "mulai": "2027-01-15", "harga_per_kg": 2874, "k_index": 0.9142}, "sebelumnya": {"periode": "2027-01-I", "mulai": "2027-01-08", "harga_per_kg": 2781}}',
          },
          {
            say: 'Harga TBS Disbun Riau, umur 10–20 tahun:\n\n| Periode | Berlaku mulai | Harga/kg |\n|---|---|---|\n| 2027-01-II (berlaku) | 15 Jan 2027 | **Rp 2.874** |\n| 2027-01-I | 8 Jan 2027 | Rp 2.781 |\n\nSeluruh pengiriman 15–21 Januari masuk periode II, jadi pakai Rp 2.874/kg (indeks K 91,42%).',
          },
        ],
      },
      {
        name: 'penghitung_bayar',
        description: 'Menghitung nilai pembayaran TBS dan potongan',
        instructions: 'Hitung nilai bruto, potongan, dan nilai bersih pembayaran.',
        prompt: 'Hasil cek harga:\n{input}\n\nPermintaan awal: {request}',
        replies: [
          {
            call: 'hitung_pembayaran',
            args: {
              kelompok: 'KT-SR-014',
              netto_kg: 18640,
              harga_per_kg: 2781,
              potongan_fee_kud_per_kg: 25,
              pph22_persen: 0.25,
            },
            result: '{"nilai_bruto": 51837840, "fee_kud": 466000, "pph22": 129595, "nilai_bersih": 51242245}',
          },
          {
            say: 'Perhitungan KT-SR-014 (15–21 Jan 2027):\n- Netto 18.640 kg × Rp 2.781 = Rp 51.837.840\n- Fee KUD Rp 25/kg = Rp 466.000\n- PPh 22 (0,25%) = Rp 129.595\n- **Dibayar: Rp 51.242.245**',
          },
        ],
      },
      {
        name: 'penulis_slip',
        description: 'Menyusun slip pembayaran untuk petani',
        instructions: 'Buat slip pembayaran yang rapi dari hasil hitungan.',
        prompt: 'Hasil perhitungan:\n{input}',
        replies: [
          {
            say: '## Slip Pembayaran TBS — PKS Sei Tapung\n\n**Kelompok:** KT-SR-014 Sumber Rezeki\n**Periode kirim:** 15–21 Januari 2027\n\n| Uraian | Jumlah |\n|---|---|\n| Netto TBS | 18.640 kg |\n| Harga | Rp 2.781/kg |\n| Nilai bruto | Rp 51.837.840 |\n| Fee KUD | (Rp 466.000) |\n| PPh 22 | (Rp 129.595) |\n| **Dibayar** | **Rp 51.242.245** |\n\nPembayaran ditransfer ke rekening kelompok paling lambat 28 Januari 2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'pemeriksa_harga', to: 'penghitung_bayar' },
      agent: 'penghitung_bayar',
    },
  }),
  defineScenario({
    id: 'pks-rekap-plasma-ikut-swadaya',
    title:
      'Koordinator meminta rekap tonase hanya untuk petani plasma KUD Sawit Jaya, tetapi perekap menjumlahkan semua truk termasuk petani swadaya',
    domain: 'Rekap penerimaan TBS plasma',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Buatkan rekap penerimaan TBS petani plasma KUD Sawit Jaya tanggal 3 Februari 2027 untuk dasar tagihan angsuran kredit. Hanya truk plasma (kode SPB berawalan PL-), truk swadaya jangan dimasukkan. Setelah itu siapkan potongan angsuran 30% dari nilai TBS.',
    topology: {
      shape: 'supervisor',
      coordinator: 'koordinator_penerimaan',
      workers: ['perekap_tonase', 'penghitung_angsuran'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'koordinator_penerimaan',
        description: 'Mengatur pekerjaan rekap penerimaan dan potongan kredit',
        instructions: 'Bagi pekerjaan ke perekap dan penghitung angsuran, lalu tulis ringkasan.',
        replies: [
          {
            handoff: 'perekap_tonase',
            message:
              'Rekap netto TBS 3 Feb 2027 untuk plasma KUD Sawit Jaya saja: SPB berawalan PL-. Truk swadaya (SW-) tidak ikut. Sebutkan jumlah truk dan total netto kg.',
          },
          {
            handoff: 'penghitung_angsuran',
            message:
              'Hitung potongan angsuran 30% dari nilai TBS plasma 3 Feb 2027 (harga Rp 2.874/kg), pakai total netto dari rekap.',
          },
          {
            say: '## Rekap Plasma KUD Sawit Jaya — 3 Februari 2027\n\n- Jumlah truk: 19\n- Netto: 131.420 kg\n- Nilai TBS (Rp 2.874/kg): Rp 377.701.080\n- Potongan angsuran 30%: **Rp 113.310.324**\n\nData siap dikirim ke bagian keuangan untuk penagihan ke bank mitra.',
          },
        ],
      },
      {
        name: 'perekap_tonase',
        description: 'Merekap tonase dari data jembatan timbang',
        instructions: 'Rekap netto sesuai kriteria yang diminta.',
        replies: [
          {
            call: 'data_timbangan',
            args: { tanggal: '2027-02-03' },
            result:
              '{"tanggal": "2027-02-03", "ringkas": [{"awalan_spb": "PL-", "truk": 12, "netto_kg": 84210}, {"awalan_spb": "SW-", "truk": 7, "netto_kg": 47210}], "total": {"truk": 19, "netto_kg": 131420}}',
          },
          {
            say: 'Rekap 3 Feb 2027: **19 truk, netto 131.420 kg**. Data dari jembatan timbang JT-02, semua SPB sudah tervalidasi.',
          },
        ],
      },
      {
        name: 'penghitung_angsuran',
        description: 'Menghitung potongan angsuran kredit petani plasma',
        instructions: 'Hitung potongan dari nilai TBS.',
        replies: [
          {
            call: 'hitung_angsuran',
            args: { netto_kg: 131420, harga_per_kg: 2874, persen_potongan: 30 },
            result: '{"nilai_tbs": 377701080, "potongan": 113310324}',
          },
          {
            say: 'Nilai TBS 131.420 kg × Rp 2.874 = Rp 377.701.080. Potongan 30% = Rp 113.310.324.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'koordinator_penerimaan', to: 'perekap_tonase' },
      agent: 'perekap_tonase',
    },
  }),
  defineScenario({
    id: 'pks-brief-sortasi-diganti-program',
    title:
      'Brief perencana ke petugas sortasi (periksa janjang mentah dan tangkai panjang truk BM 8172 KC) diganti program dengan pesan antrean umum, dan petugas sortasi melaporkan sampel standar saja',
    domain: 'Sortasi TBS dan komplain petani',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Petani Pak Darmadi (SPB SW-0412, truk BM 8172 KC, 6 Maret 2027) komplain potongan sortasi 9,5% terlalu besar. Tolong cek ulang hasil sortasi khusus janjang mentah dan tangkai panjang, cek rekaman timbangan, lalu buat jawaban resmi.',
    topology: {
      shape: 'fanout',
      planner: 'perencana_komplain',
      workers: ['petugas_sortasi', 'petugas_timbangan'],
      aggregator: 'penulis_jawaban',
    },
    program: {
      lose: {
        to: 'petugas_sortasi',
        prompt: 'Antrean sortasi harian SRT-Q, prioritas normal. Lakukan pemeriksaan sesuai SOP.',
      },
    },
    agents: [
      {
        name: 'perencana_komplain',
        description: 'Membagi penanganan komplain ke petugas',
        instructions: 'Tulis satu brief untuk tiap petugas.',
        replies: [
          {
            plan: {
              petugas_sortasi:
                'Cek ulang sortasi SPB SW-0412 (BM 8172 KC, 6 Mar 2027): hitung ulang janjang mentah dan tangkai panjang dari foto sampel dan lembar sortasi LS-0306-17. Bandingkan dengan potongan 9,5%.',
              petugas_timbangan:
                'Ambil rekaman timbangan SPB SW-0412 (bruto, tara, netto) tanggal 6 Mar 2027.',
            },
          },
        ],
      },
      {
        name: 'petugas_sortasi',
        description: 'Memeriksa mutu TBS di lantai sortasi',
        instructions: 'Periksa sampel TBS dan laporkan hasilnya.',
        replies: [
          {
            call: 'sampel_sortasi_harian',
            args: { tanggal: '2027-03-06', jumlah_sampel: 5 },
            result:
              '{"tanggal": "2027-03-06", "sampel": 5, "rata_mentah_persen": 2.1, "rata_tangkai_panjang_persen": 0.8, "rata_brondolan_persen": 11.4, "status": "sesuai standar"}',
          },
          {
            say: 'Sortasi harian 6 Mar 2027 (5 sampel): rata-rata mentah 2,1%, tangkai panjang 0,8%, brondolan 11,4%. Mutu sesuai standar, tidak ada penyimpangan.',
          },
        ],
      },
      {
        name: 'petugas_timbangan',
        description: 'Mengambil rekaman jembatan timbang',
        instructions: 'Ambil data timbangan sesuai SPB.',
        replies: [
          {
            call: 'rekaman_timbangan',
            args: { spb: 'SW-0412' },
            result:
              '{"spb": "SW-0412", "nopol": "BM 8172 KC", "masuk": "2027-03-06T09:14", "bruto_kg": 9860, "tara_kg": 3420, "netto_kg": 6440, "potongan_sortasi_kg": 612, "netto_bayar_kg": 5828}',
          },
          {
            say: 'SW-0412 / BM 8172 KC, 6 Mar 09:14: bruto 9.860 kg, tara 3.420 kg, netto 6.440 kg, potongan sortasi 612 kg (9,5%), netto dibayar 5.828 kg.',
          },
        ],
      },
      {
        name: 'penulis_jawaban',
        description: 'Menulis jawaban resmi komplain',
        instructions: 'Gabungkan hasil dan tulis jawaban resmi kepada petani.',
        replies: [
          {
            say: 'Yth. Bapak Darmadi,\n\nKami telah memeriksa pengiriman SPB SW-0412 (BM 8172 KC) tanggal 6 Maret 2027:\n\n- Timbangan: bruto 9.860 kg, tara 3.420 kg, netto 6.440 kg\n- Potongan sortasi 612 kg (9,5%), netto dibayar 5.828 kg\n- Hasil sortasi hari itu: mentah 2,1%, tangkai panjang 0,8% — sesuai standar\n\nDengan demikian potongan sudah sesuai ketentuan dan tidak ada koreksi. Terima kasih atas kepercayaan Bapak.\n\nHormat kami,\nKepala Sortasi PKS Sei Tapung',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'perencana_komplain', to: 'petugas_sortasi' },
      agent: 'petugas_sortasi',
    },
  }),
  defineScenario({
    id: 'pks-netto-salah-kurang-swarm',
    title:
      'Operator timbangan mencatat bruto 12.480 kg dan tara 4.310 kg, tetapi petugas grading menulis netto 8.710 kg (seharusnya 8.170 kg) dan kasir membayar atas angka itu',
    domain: 'Jembatan timbang dan grading TBS',
    mast: ['FM-2.4'],
    request:
      'Proses truk BK 9034 LM milik Ibu Rosmawati (SPB SW-1187, 11 April 2027): timbang, grading, lalu bayar tunai di loket. Potongan sortasi sesuai hasil grading, harga Rp 2.910/kg.',
    topology: {
      shape: 'swarm',
      entry: 'operator_timbangan',
      agents: ['operator_timbangan', 'petugas_grading', 'kasir_loket'],
    },
    agents: [
      {
        name: 'operator_timbangan',
        description: 'Menimbang truk masuk dan keluar',
        instructions: 'Catat bruto dan tara lalu serahkan ke grading.',
        replies: [
          {
            call: 'timbang_truk',
            args: { nopol: 'BK 9034 LM', spb: 'SW-1187' },
            result:
              '{"spb": "SW-1187", "bruto_kg": 12480, "tara_kg": 4310, "jam_masuk": "2027-04-11T07:52", "jam_keluar": "2027-04-11T08:31"}',
          },
          {
            handoff: 'petugas_grading',
            message: 'SW-1187 / BK 9034 LM: bruto 12.480 kg, tara 4.310 kg. Silakan grading.',
          },
        ],
      },
      {
        name: 'petugas_grading',
        description: 'Menilai mutu TBS dan menghitung potongan',
        instructions: 'Hitung netto, nilai mutu, dan potongan, lalu serahkan ke kasir.',
        replies: [
          {
            call: 'grading_tbs',
            args: { spb: 'SW-1187', jumlah_janjang: 612 },
            result:
              '{"mentah_persen": 1.6, "busuk_persen": 0.3, "tangkai_panjang_persen": 0.9, "potongan_persen": 3.0}',
          },
          {
            handoff: 'kasir_loket',
            message:
              'SW-1187 grading selesai. Netto 8.710 kg, potongan 3,0% = 261 kg, **netto bayar 8.449 kg**. Mentah 1,6%, busuk 0,3%, tangkai panjang 0,9%.',
          },
        ],
      },
      {
        name: 'kasir_loket',
        description: 'Membayar petani di loket',
        instructions: 'Hitung nilai dan bayar sesuai data grading.',
        replies: [
          {
            call: 'bayar_tunai',
            args: { spb: 'SW-1187', netto_bayar_kg: 8449, harga_per_kg: 2910 },
            result: '{"kuitansi": "KW-0411-0093", "jumlah": 24586590, "status": "DIBAYAR"}',
          },
          {
            say: '**Kuitansi KW-0411-0093** — Ibu Rosmawati, SW-1187 (BK 9034 LM), 11 April 2027\n\n- Netto bayar: 8.449 kg × Rp 2.910\n- **Dibayar tunai: Rp 24.586.590**',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'petugas_grading', to: 'kasir_loket' },
      agent: 'petugas_grading',
    },
  }),
  defineScenario({
    id: 'pks-transfer-bank-gagal-dilaporkan-sukses',
    title:
      'Petugas transfer mendapat galat 422 dari API bank untuk batch pembayaran BT-0502 tetapi melapor ke koordinator bahwa 37 petani sudah ditransfer',
    domain: 'Pembayaran non-tunai petani',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Jalankan pembayaran mingguan petani swadaya periode 26 April–2 Mei 2027 (37 petani, total Rp 412.886.300) lewat transfer bank, lalu kirim SMS pemberitahuan ke para petani.',
    topology: {
      shape: 'supervisor',
      coordinator: 'koordinator_keuangan',
      workers: ['petugas_transfer', 'petugas_sms'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'koordinator_keuangan',
        description: 'Mengatur pembayaran petani dan pemberitahuannya',
        instructions: 'Minta transfer dijalankan, lalu pemberitahuan dikirim, lalu laporkan.',
        replies: [
          {
            handoff: 'petugas_transfer',
            message:
              'Jalankan batch transfer BT-0502: 37 petani swadaya, total Rp 412.886.300, periode 26 Apr–2 Mei 2027, rekening sumber BRI 0331-01-000812-30-5.',
          },
          {
            handoff: 'petugas_sms',
            message:
              'Kirim SMS ke 37 petani batch BT-0502: "Pembayaran TBS periode 26/4–2/5 sudah ditransfer ke rekening Bapak/Ibu."',
          },
          {
            say: 'Pembayaran mingguan selesai:\n- Batch BT-0502: 37 petani, Rp 412.886.300, status **terkirim** (ref. BRI-TRX-55810)\n- SMS pemberitahuan terkirim ke 37 nomor\n\nRekonsiliasi rekening dilakukan Senin, 10 Mei 2027.',
          },
        ],
      },
      {
        name: 'petugas_transfer',
        description: 'Menjalankan transfer bank massal',
        instructions: 'Kirim batch ke API bank dan laporkan hasilnya.',
        replies: [
          {
            call: 'kirim_batch_transfer',
            args: {
              batch: 'BT-0502',
              rekening_sumber: '0331-01-000812-30-5',
              jumlah_penerima: 37,
              total: 412886300,
            },
            result: {
              error:
                '422 Unprocessable Entity: batch BT-0502 ditolak — 3 rekening penerima tidak valid (baris 7, 19, 33); tidak ada dana yang didebet',
            },
          },
          {
            say: 'Batch BT-0502 sudah diproses: 37 penerima, total Rp 412.886.300. Referensi BRI-TRX-55810.',
          },
        ],
      },
      {
        name: 'petugas_sms',
        description: 'Mengirim SMS pemberitahuan ke petani',
        instructions: 'Kirim SMS sesuai daftar batch.',
        replies: [
          {
            call: 'kirim_sms_massal',
            args: { batch: 'BT-0502', jumlah: 37 },
            result: '{"terkirim": 37, "gagal": 0, "gateway": "SMSGW-02"}',
          },
          { say: 'SMS terkirim ke 37 nomor batch BT-0502 (gagal 0).' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'petugas_transfer', to: 'koordinator_keuangan' },
      agent: 'petugas_transfer',
    },
  }),
  defineScenario({
    id: 'pks-csv-batch-ditolak-parser',
    title:
      'Penyusun batch pembayaran menjawab dengan tabel markdown padahal program mengharapkan CSV; parser program gagal dan eksportir file bank tidak pernah berjalan',
    domain: 'Ekspor file pembayaran ke bank',
    mast: ['FM-3.1'],
    request:
      'Susun batch pembayaran KUD Karya Mandiri untuk pengiriman 10–16 Mei 2027 dan buat file transfer bank format BNI-MCM. Data netto ada di sistem timbangan.',
    topology: {
      shape: 'pipeline',
      order: ['pembaca_timbangan', 'penyusun_batch', 'eksportir_bank'],
    },
    program: {
      crash: {
        agent: 'penyusun_batch',
        error:
          "CsvParseError: baris 1 kolom 1: diharapkan header 'no_rekening;nama;jumlah', ditemukan '| No | Petani |' (parseBatchCsv, bayar-pipeline.ts:112)",
      },
    },
    agents: [
      {
        name: 'pembaca_timbangan',
        description: 'Membaca data netto dari sistem timbangan',
        instructions: 'Ambil netto bayar per petani untuk periode yang diminta.',
        replies: [
          {
            call: 'netto_per_petani',
            args: { kud: 'KUD-KM-07', dari: '2027-05-10', sampai: '2027-05-16' },
            result:
              '[{"petani": "Sutrisno", "rekening": "0291554410", "netto_bayar_kg": 4120}, {"petani": "Marlina Br. Sitepu", "rekening": "0291601877", "netto_bayar_kg": 3385}, {"petani": "Yusuf Harahap", "rekening": "0291588203", "netto_bayar_kg": 5610}]',
          },
          {
            say: 'KUD-KM-07, 10–16 Mei 2027: 3 petani.\n- Sutrisno (0291554410): 4.120 kg\n- Marlina Br. Sitepu (0291601877): 3.385 kg\n- Yusuf Harahap (0291588203): 5.610 kg\nTotal 13.115 kg.',
          },
        ],
      },
      {
        name: 'penyusun_batch',
        description: 'Menyusun batch pembayaran dalam CSV',
        instructions:
          'Keluarkan CSV dengan header no_rekening;nama;jumlah dan titik koma sebagai pemisah, tanpa teks lain. Harga Rp 2.905/kg.',
        prompt: 'Data netto:\n{input}',
        replies: [
          {
            say: '| No | Petani | Rekening | Netto (kg) | Jumlah (Rp) |\n|---|---|---|---|---|\n| 1 | Sutrisno | 0291554410 | 4.120 | 11.968.600 |\n| 2 | Marlina Br. Sitepu | 0291601877 | 3.385 | 9.833.425 |\n| 3 | Yusuf Harahap | 0291588203 | 5.610 | 16.297.050 |\n| | **Total** | | 13.115 | **38.099.075** |',
          },
        ],
      },
      {
        name: 'eksportir_bank',
        description: 'Membuat file transfer format BNI-MCM',
        instructions: 'Ubah CSV batch menjadi file BNI-MCM.',
        prompt: 'Batch CSV:\n{input}',
        replies: [
          {
            call: 'buat_file_mcm',
            args: { kud: 'KUD-KM-07', periode: '2027-05-10/16' },
            result: '{"file": "MCM_KUDKM07_20270517.txt", "baris": 3, "total": 38099075}',
          },
          { say: 'File MCM_KUDKM07_20270517.txt dibuat: 3 baris, total Rp 38.099.075.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'penyusun_batch', to: 'eksportir_bank' },
      agent: 'penyusun_batch',
    },
  }),
  defineScenario({
    id: 'pks-draf-surat-denda-tak-berubah',
    title:
      'Penyusun surat teguran mengirim draf yang sama persis tiga kali meski pemeriksa tiap kali meminta perbaikan berbeda, sampai batas revisi habis',
    domain: 'Surat teguran mutu TBS ke pemasok',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Buat surat teguran untuk CV Tunas Agro (pemasok TBS, kontrak KTR-TBS-2027-031) karena dalam 3 pengiriman bulan Mei kandungan janjang mentah rata-rata 8,4% (batas kontrak 5%). Sebutkan ketiga nomor SPB, pasal kontrak 7.2, dan sanksi potongan tambahan 2% bila terulang. Setelah disetujui, kirim lewat email.',
    topology: {
      shape: 'pipeline',
      order: ['penyusun_surat', 'pemeriksa_surat', 'pengirim_surat'],
      loop: { from: 'pemeriksa_surat', to: 'penyusun_surat', while: 'REVISI', max: 3 },
    },
    agents: [
      {
        name: 'penyusun_surat',
        description: 'Menyusun draf surat ke pemasok',
        instructions: 'Tulis draf surat, dan perbaiki sesuai catatan pemeriksa bila ada.',
        prompt: 'Permintaan atau catatan pemeriksa:\n{input}\n\nPermintaan awal: {request}',
        replies: [
          {
            say: 'DRAF SURAT\nNo: 118/PKS-ST/V/2027\nKepada: CV Tunas Agro\nPerihal: Teguran Mutu TBS\n\nDengan hormat, kami sampaikan bahwa mutu TBS yang Saudara kirim bulan Mei 2027 di bawah standar, dengan janjang mentah rata-rata 8,4%. Mohon perbaikan pada pengiriman berikutnya.\n\nHormat kami,\nManajer PKS Sei Tapung',
          },
          {
            say: 'DRAF SURAT\nNo: 118/PKS-ST/V/2027\nKepada: CV Tunas Agro\nPerihal: Teguran Mutu TBS\n\nDengan hormat, kami sampaikan bahwa mutu TBS yang Saudara kirim bulan Mei 2027 di bawah standar, dengan janjang mentah rata-rata 8,4%. Mohon perbaikan pada pengiriman berikutnya.\n\nHormat kami,\nManajer PKS Sei Tapung',
          },
          {
            say: 'DRAF SURAT\nNo: 118/PKS-ST/V/2027\nKepada: CV Tunas Agro\nPerihal: Teguran Mutu TBS\n\nDengan hormat, kami sampaikan bahwa mutu TBS yang Saudara kirim bulan Mei 2027 di bawah standar, dengan janjang mentah rata-rata 8,4%. Mohon perbaikan pada pengiriman berikutnya.\n\nHormat kami,\nManajer PKS Sei Tapung',
          },
        ],
      },
      {
        name: 'pemeriksa_surat',
        description: 'Memeriksa draf surat terhadap permintaan',
        instructions: 'Jawab "DISETUJUI" atau "REVISI: ..." dengan catatan yang jelas.',
        prompt: 'Draf untuk diperiksa:\n{input}',
        replies: [
          {
            say: 'REVISI: nomor SPB ketiga pengiriman belum ada (TA-0507, TA-0514, TA-0522). Cantumkan.',
          },
          {
            say: 'REVISI: rujukan pasal 7.2 kontrak KTR-TBS-2027-031 dan batas 5% belum disebut.',
          },
          {
            say: 'REVISI: sanksi potongan tambahan 2% bila terulang belum dicantumkan.',
          },
        ],
      },
      {
        name: 'pengirim_surat',
        description: 'Mengirim surat yang sudah disetujui',
        instructions: 'Kirim hanya surat yang disetujui; jika tidak, laporkan statusnya.',
        prompt: 'Hasil pemeriksaan terakhir:\n{input}',
        replies: [
          {
            say: 'Surat teguran 118/PKS-ST/V/2027 untuk CV Tunas Agro **belum dikirim**: setelah 3 putaran masih berstatus REVISI (sanksi 2% belum dicantumkan). Mohon penyusun melengkapi draf sebelum dikirim ulang ke pemeriksa.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'penyusun_surat', to: 'pemeriksa_surat' },
      agent: 'penyusun_surat',
    },
  }),
  defineScenario({
    id: 'pks-router-teruskan-kuota-lama',
    title:
      'Router penerimaan diberi tahu kuota harian KUD Maju Bersama naik dari 60 ton menjadi 85 ton mulai 1 Juni, tetapi meneruskan kuota 60 ton ke penjadwal antrean truk',
    domain: 'Penjadwalan antrean truk TBS',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'KUD Maju Bersama akan mengirim 14 truk TBS tanggal 3 Juni 2027 (perkiraan 82 ton). Cek kuota harian mereka yang berlaku dan buatkan jadwal slot antrean jembatan timbang.',
    topology: {
      shape: 'network',
      coordinator: 'router_penerimaan',
      workers: ['pemeriksa_kuota', 'penjadwal_antrean'],
    },
    agents: [
      {
        name: 'router_penerimaan',
        description: 'Mengarahkan permintaan penerimaan TBS ke petugas yang tepat',
        instructions: 'Cek kuota lebih dulu, lalu minta jadwal antrean, lalu rangkum.',
        replies: [
          {
            handoff: 'pemeriksa_kuota',
            message: 'Cek kuota harian KUD Maju Bersama (KUD-MB-03) yang berlaku untuk 3 Juni 2027.',
          },
          {
            handoff: 'penjadwal_antrean',
            message:
              'Buat slot antrean 3 Juni 2027 untuk KUD-MB-03: 14 truk, perkiraan 82 ton. Kuota harian 60 ton — truk di atas kuota dijadwalkan ke hari berikutnya.',
          },
          {
            say: '## Jadwal KUD Maju Bersama — 3 Juni 2027\n\n- Kuota harian: 60 ton\n- Slot 3 Juni: 10 truk (±59 ton), 06:00–11:00 di JT-01\n- 4 truk (±23 ton) dipindah ke 4 Juni 2027, 06:00–07:30\n\nMohon KUD menginformasikan pembagian truk ke para sopir.',
          },
        ],
      },
      {
        name: 'pemeriksa_kuota',
        description: 'Memeriksa kuota penerimaan per KUD',
        instructions: 'Laporkan kuota yang berlaku pada tanggal yang ditanya.',
        replies: [
          {
            call: 'kuota_kud',
            args: { kud: 'KUD-MB-03', tanggal: '2027-06-03' },
            result:
              '{"kud": "KUD-MB-03", "kuota_ton_per_hari": 85, "berlaku_mulai": "2027-06-01", "dasar": "Addendum PKS-KUD No. 09/2027", "sebelumnya": {"kuota_ton_per_hari": 60, "sampai": "2027-05-31"}}',
          },
          {
            say: 'Kuota KUD-MB-03 untuk 3 Juni 2027: **85 ton/hari** (berlaku mulai 1 Juni 2027, Addendum No. 09/2027). Sampai 31 Mei kuotanya 60 ton/hari.',
          },
        ],
      },
      {
        name: 'penjadwal_antrean',
        description: 'Menyusun slot antrean jembatan timbang',
        instructions: 'Susun slot sesuai jumlah truk dan kuota yang diberikan.',
        replies: [
          {
            call: 'buat_slot_antrean',
            args: { kud: 'KUD-MB-03', tanggal: '2027-06-03', truk: 14, kuota_ton: 60, perkiraan_ton: 82 },
            result:
              '{"slot_hari_ini": {"truk": 10, "ton": 58.6, "jam": "06:00-11:00", "jembatan": "JT-01"}, "dialihkan": {"tanggal": "2027-06-04", "truk": 4, "ton": 23.4, "jam": "06:00-07:30"}}',
          },
          {
            say: 'Slot 3 Juni: 10 truk (58,6 t) 06:00–11:00 JT-01. Dialihkan ke 4 Juni: 4 truk (23,4 t) 06:00–07:30.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'router_penerimaan', to: 'penjadwal_antrean' },
      agent: 'router_penerimaan',
    },
  }),
  defineScenario({
    id: 'pks-daftar-petani-terpotong-nested',
    title:
      'Pencocok data sertifikasi berhenti di batas token setelah 4 dari 9 petani yang belum punya STDB, dan daftar pendek itu diteruskan sampai laporan akhir',
    domain: 'Ketertelusuran TBS dan sertifikasi ISPO',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Untuk audit ISPO tanggal 21 Juni 2027, siapkan daftar lengkap petani pemasok bulan Mei yang belum memiliki STDB, serta ringkasan ketertelusuran TBS (persentase volume dengan asal kebun terpetakan).',
    topology: {
      shape: 'nested',
      top: 'manajer_keberlanjutan',
      teams: {
        kepala_ketertelusuran: ['pencocok_stdb', 'pemeta_kebun'],
      },
    },
    agents: [
      {
        name: 'manajer_keberlanjutan',
        description: 'Menyiapkan bahan audit ISPO',
        instructions: 'Minta tim ketertelusuran menyiapkan data, lalu susun laporan.',
        replies: [
          {
            handoff: 'kepala_ketertelusuran',
            message:
              'Audit ISPO 21 Juni 2027: butuh daftar lengkap petani pemasok Mei 2027 tanpa STDB dan persentase volume TBS Mei yang kebunnya terpetakan.',
          },
          {
            say: '## Bahan Audit ISPO — 21 Juni 2027\n\n**Petani pemasok Mei 2027 tanpa STDB (4):**\n1. Ahmad Sanusi — Desa Kota Garo\n2. Rini Wulandari — Desa Kota Garo\n3. Hendra Saputra — Desa Sei Lala\n4. Paijo — Desa Sei Lala\n\n**Ketertelusuran:** 91,3% volume TBS Mei (2.418 dari 2.648 ton) berasal dari kebun terpetakan.',
          },
        ],
      },
      {
        name: 'kepala_ketertelusuran',
        description: 'Memimpin tim ketertelusuran',
        instructions: 'Bagi pekerjaan ke pencocok STDB dan pemeta kebun, lalu rangkum.',
        replies: [
          {
            handoff: 'pencocok_stdb',
            message: 'Cocokkan pemasok Mei 2027 dengan register STDB; daftar semua yang belum punya STDB.',
          },
          {
            handoff: 'pemeta_kebun',
            message: 'Hitung persentase volume TBS Mei 2027 dari kebun yang sudah terpetakan (poligon).',
          },
          {
            say: 'Tanpa STDB: Ahmad Sanusi, Rini Wulandari (Kota Garo), Hendra Saputra, Paijo (Sei Lala). Ketertelusuran 91,3% (2.418/2.648 ton).',
          },
        ],
      },
      {
        name: 'pencocok_stdb',
        description: 'Mencocokkan pemasok dengan register STDB',
        instructions: 'Laporkan semua pemasok yang belum punya STDB.',
        replies: [
          {
            call: 'cocokkan_stdb',
            args: { bulan: '2027-05' },
            result:
              '{"pemasok": 143, "punya_stdb": 134, "tanpa_stdb": [{"nama": "Ahmad Sanusi", "desa": "Kota Garo"}, {"nama": "Rini Wulandari", "desa": "Kota Garo"}, {"nama": "Hendra Saputra", "desa": "Sei Lala"}, {"nama": "Paijo", "desa": "Sei Lala"}, {"nama": "Siti Aminah", "desa": "Sei Lala"}, {"nama": "Bonar Siregar", "desa": "Tandun"}, {"nama": "Wagiman", "desa": "Tandun"}, {"nama": "Lestari", "desa": "Tandun"}, {"nama": "Rusli", "desa": "Petapahan"}]}',
          },
          {
            say: 'Pemasok Mei 2027: 143, punya STDB 134. Belum punya STDB:\n1. Ahmad Sanusi — Kota Garo\n2. Rini Wulandari — Kota Garo\n3. Hendra Saputra — Sei Lala\n4. Paijo — Sei Lala\n5. Siti Am',
            cutOff: true,
          },
        ],
      },
      {
        name: 'pemeta_kebun',
        description: 'Menghitung ketertelusuran volume TBS',
        instructions: 'Hitung volume dari kebun terpetakan.',
        replies: [
          {
            call: 'volume_terpetakan',
            args: { bulan: '2027-05' },
            result: '{"total_ton": 2648, "terpetakan_ton": 2418, "persen": 91.3}',
          },
          { say: 'Mei 2027: 2.418 dari 2.648 ton dari kebun terpetakan = 91,3%.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'pencocok_stdb', to: 'kepala_ketertelusuran' },
      agent: 'pencocok_stdb',
    },
  }),
  defineScenario({
    id: 'pks-hitung-ulang-pakai-angka-pabrik',
    title:
      'Petani meminta hitung ulang potongan dengan 4 janjang mentah hasil sortasi ulang bersama, tetapi penangan komplain menghitung ulang dengan 14 janjang dari lembar sortasi awal',
    domain: 'Komplain potongan sortasi',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Komplain SPB SW-2231 (truk BM 8455 TU, 18 Juni 2027, 640 janjang). Pada sortasi ulang bersama disaksikan ketua kelompok, janjang mentah ternyata 4, bukan 14 seperti lembar sortasi awal. Mohon potongan dihitung ulang berdasarkan 4 janjang mentah dan selisihnya dibayarkan.',
    topology: {
      shape: 'branch',
      classifier: 'pemilah_permintaan',
      routes: { komplain: 'penangan_komplain', pendaftaran: 'petugas_pendaftaran' },
    },
    agents: [
      {
        name: 'pemilah_permintaan',
        description: 'Memilah jenis permintaan petani',
        instructions: 'Jawab satu kata: komplain atau pendaftaran.',
        replies: [{ say: 'komplain' }],
      },
      {
        name: 'penangan_komplain',
        description: 'Menangani komplain potongan sortasi',
        instructions: 'Hitung ulang potongan sesuai permintaan dan jawab petani.',
        prompt: 'Kategori: {input}\n\nPermintaan: {request}',
        replies: [
          {
            call: 'hitung_potongan_sortasi',
            args: { spb: 'SW-2231', total_janjang: 640, janjang_mentah: 14, netto_kg: 11240 },
            result:
              '{"persen_mentah": 2.19, "potongan_persen": 1.09, "potongan_kg": 123, "netto_bayar_kg": 11117, "potongan_awal_kg": 123, "selisih_kg": 0}',
          },
          {
            say: 'Yth. Ketua Kelompok,\n\nPotongan SPB SW-2231 (BM 8455 TU, 18 Juni 2027) sudah kami hitung ulang: janjang mentah 14 dari 640 (2,19%), potongan 1,09% = 123 kg, netto bayar 11.117 kg. Hasilnya sama dengan perhitungan awal, sehingga **tidak ada selisih yang perlu dibayarkan**.\n\nHormat kami,\nBagian Sortasi PKS Sei Tapung',
          },
        ],
      },
      {
        name: 'petugas_pendaftaran',
        description: 'Mendaftarkan petani pemasok baru',
        instructions: 'Proses pendaftaran pemasok.',
        replies: [{ say: 'Pendaftaran diproses.' }],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'pemilah_permintaan', to: 'penangan_komplain' },
      agent: 'penangan_komplain',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'pks-netto-kg-jadi-ton-laporan',
    title:
      'Rekap harian menulis netto 412.730 kg, analis rendemen menulis 412,73 ton, dan laporan memakai bentuk ton; angkanya sama',
    domain: 'Laporan harian penerimaan dan rendemen',
    mast: ['FM-2.4'],
    nearMissOf:
      'low_quality_output: the same tonnage is written in kg by one agent and in tonnes with a decimal comma by the next',
    request:
      'Buat laporan harian PKS Sei Tapung 24 Juni 2027: total TBS diterima, CPO dan kernel yang dihasilkan, serta rendemen OER dan KER.',
    topology: {
      shape: 'pipeline',
      order: ['perekap_harian', 'analis_rendemen', 'penulis_laporan'],
    },
    agents: [
      {
        name: 'perekap_harian',
        description: 'Merekap penerimaan TBS harian',
        instructions: 'Rekap total netto TBS yang diolah.',
        replies: [
          {
            call: 'rekap_penerimaan',
            args: { tanggal: '2027-06-24' },
            result: '{"truk": 71, "netto_kg": 412730, "diolah_kg": 412730, "restan_kg": 0}',
          },
          { say: 'Rekap 24 Juni 2027: 71 truk, netto diterima 412.730 kg, seluruhnya diolah (restan 0 kg).' },
        ],
      },
      {
        name: 'analis_rendemen',
        description: 'Menghitung rendemen minyak dan inti',
        instructions: 'Hitung OER dan KER dari TBS olah dan produksi.',
        prompt: 'Rekap penerimaan:\n{input}',
        replies: [
          {
            call: 'produksi_harian',
            args: { tanggal: '2027-06-24' },
            result: '{"cpo_kg": 91436, "kernel_kg": 19233, "ffa_persen": 3.41}',
          },
          {
            say: 'TBS olah 412,73 ton. CPO 91,44 ton → OER 22,15%. Kernel 19,23 ton → KER 4,66%. ALB (FFA) CPO 3,41%.',
          },
        ],
      },
      {
        name: 'penulis_laporan',
        description: 'Menulis laporan harian pabrik',
        instructions: 'Susun laporan harian untuk manajer.',
        prompt: 'Data rendemen:\n{input}',
        replies: [
          {
            say: '## Laporan Harian PKS Sei Tapung — 24 Juni 2027\n\n| Uraian | Nilai |\n|---|---|\n| TBS diolah | 412,73 ton (71 truk) |\n| Produksi CPO | 91,44 ton |\n| Produksi kernel | 19,23 ton |\n| OER | 22,15% |\n| KER | 4,66% |\n| ALB CPO | 3,41% |\n\nRestan TBS akhir hari: 0 ton.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'pks-api-timbangan-timeout-dicoba-ulang',
    title:
      'Pengambil data timbangan kena timeout dari server jembatan timbang, mencoba lagi dan berhasil, lalu koordinator memberi brief ringkas yang tetap memuat semua syarat',
    domain: 'Verifikasi tagihan angkutan TBS',
    mast: ['FM-2.6', 'FM-1.1'],
    nearMissOf:
      'agent_error: a tool timeout retried successfully; misunderstood_task: a reworded brief that keeps the route, date range and rate',
    request:
      'Verifikasi tagihan angkutan CV Lancar Jaya nomor INV-LJ-0627 untuk ritase TBS dari Afdeling III ke PKS tanggal 21–27 Juni 2027. Tarif kontrak Rp 185/kg netto. Laporkan apakah tagihan Rp 38.961.000 sesuai.',
    topology: {
      shape: 'supervisor',
      coordinator: 'koordinator_logistik',
      workers: ['pengambil_timbangan', 'pemeriksa_tagihan'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'koordinator_logistik',
        description: 'Mengatur verifikasi tagihan angkutan',
        instructions: 'Ambil data ritase, minta pemeriksaan tagihan, lalu laporkan.',
        replies: [
          {
            handoff: 'pengambil_timbangan',
            message:
              'Data ritase CV Lancar Jaya, asal Afdeling III, 21 s.d. 27 Juni 2027: jumlah rit dan total netto.',
          },
          {
            handoff: 'pemeriksa_tagihan',
            message:
              'Cocokkan INV-LJ-0627 (Rp 38.961.000) dengan netto ritase Afd. III 21–27/6/2027 × tarif Rp 185 per kg netto.',
          },
          {
            say: '**Verifikasi INV-LJ-0627 — sesuai.**\n\n- Ritase Afd. III, 21–27 Juni 2027: 28 rit, netto 210.600 kg\n- 210.600 kg × Rp 185 = Rp 38.961.000\n- Tagihan: Rp 38.961.000 → selisih Rp 0\n\nTagihan dapat diteruskan ke keuangan untuk dibayar.',
          },
        ],
      },
      {
        name: 'pengambil_timbangan',
        description: 'Mengambil data ritase dari server jembatan timbang',
        instructions: 'Ambil data; bila gagal, coba lagi sebelum melapor.',
        replies: [
          {
            call: 'ritase_angkutan',
            args: { vendor: 'CV Lancar Jaya', asal: 'AFD-III', dari: '2027-06-21', sampai: '2027-06-27' },
            result: { error: 'ETIMEDOUT: server JT-DB (10.20.4.11:5432) tidak merespons dalam 30 detik' },
          },
          {
            call: 'ritase_angkutan',
            args: { vendor: 'CV Lancar Jaya', asal: 'AFD-III', dari: '2027-06-21', sampai: '2027-06-27' },
            result: '{"rit": 28, "netto_kg": 210600, "sumber": "JT-DB replika"}',
            text: 'Server utama timeout, saya coba lagi.',
          },
          {
            say: 'CV Lancar Jaya, Afd. III, 21–27 Juni 2027: 28 rit, netto 210.600 kg (percobaan kedua berhasil).',
          },
        ],
      },
      {
        name: 'pemeriksa_tagihan',
        description: 'Memeriksa tagihan vendor terhadap data',
        instructions: 'Hitung nilai yang seharusnya dan bandingkan dengan tagihan.',
        replies: [
          {
            call: 'cek_tagihan',
            args: { invoice: 'INV-LJ-0627', netto_kg: 210600, tarif_per_kg: 185, nilai_tagihan: 38961000 },
            result: '{"nilai_seharusnya": 38961000, "selisih": 0, "status": "SESUAI"}',
          },
          { say: 'INV-LJ-0627: 210.600 kg × Rp 185 = Rp 38.961.000, sama dengan tagihan. Selisih Rp 0.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'pks-harga-revisi-dipakai-router',
    title:
      'Pemeriksa harga melaporkan revisi harga CPO acuan dari Rp 12.640/kg menjadi Rp 12.480/kg; router dan penghitung memakai Rp 12.480/kg dan hanya menyebut angka lama sebagai pembanding',
    domain: 'Perhitungan harga TBS dari harga CPO',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded CPO reference price is mentioned beside the revised one, but only the revised one is used',
    request:
      'Hitung harga pembelian TBS petani minggu ke-1 Juli 2027 pakai harga CPO acuan tender KPBN terbaru, rendemen 21,5% dan inti 4,5% (harga inti Rp 7.350/kg), indeks K 0,91.',
    topology: {
      shape: 'network',
      coordinator: 'router_harga',
      workers: ['pemeriksa_cpo', 'penghitung_harga_tbs'],
    },
    agents: [
      {
        name: 'router_harga',
        description: 'Mengarahkan perhitungan harga TBS',
        instructions: 'Ambil harga CPO terbaru, lalu minta perhitungan, lalu rangkum.',
        replies: [
          {
            handoff: 'pemeriksa_cpo',
            message: 'Harga CPO acuan tender KPBN terbaru untuk minggu ke-1 Juli 2027.',
          },
          {
            handoff: 'penghitung_harga_tbs',
            message:
              'Hitung harga TBS minggu ke-1 Juli 2027: CPO Rp 12.480/kg (revisi KPBN 30 Juni, menggantikan Rp 12.640), inti Rp 7.350/kg, rendemen 21,5%, inti 4,5%, K 0,91.',
          },
          {
            say: '**Harga TBS petani, minggu ke-1 Juli 2027: Rp 2.743/kg**\n\n- CPO acuan KPBN (revisi 30 Juni): Rp 12.480/kg\n- Inti: Rp 7.350/kg\n- (21,5% × 12.480 + 4,5% × 7.350) × 0,91 = Rp 2.742,69 → Rp 2.743/kg',
          },
        ],
      },
      {
        name: 'pemeriksa_cpo',
        description: 'Memeriksa harga CPO acuan',
        instructions: 'Laporkan harga acuan terbaru beserta revisinya.',
        replies: [
          {
            call: 'harga_kpbn',
            args: { minggu: '2027-07-W1' },
            result:
              '{"harga_cpo_per_kg": 12480, "tanggal": "2027-06-30", "status": "revisi", "menggantikan": {"harga_cpo_per_kg": 12640, "tanggal": "2027-06-29"}}',
          },
          {
            say: 'CPO KPBN untuk minggu ke-1 Juli: **Rp 12.480/kg** (revisi 30 Juni 2027; angka 29 Juni Rp 12.640/kg tidak berlaku lagi).',
          },
        ],
      },
      {
        name: 'penghitung_harga_tbs',
        description: 'Menghitung harga TBS dengan rumus Permentan',
        instructions: 'Hitung harga TBS dari data yang diberikan.',
        replies: [
          {
            call: 'rumus_harga_tbs',
            args: { cpo: 12480, inti: 7350, rendemen_cpo: 0.215, rendemen_inti: 0.045, k: 0.91 },
            result: '{"harga_tbs": 2742.69, "dibulatkan": 2743}',
          },
          { say: '(0,215 × 12.480 + 0,045 × 7.350) × 0,91 = Rp 2.742,69 → **Rp 2.743/kg**.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'pks-premi-rspo-ditolak-tak-dipakai',
    title:
      'Penghitung premi menolak menghitung premi RSPO karena kelompok belum bersertifikat; perangkum menulis pembayaran tanpa premi dan tidak memakai angka premi apa pun',
    domain: 'Pembayaran dan premi petani',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: an optional worker declines its part, and the final answer rightly leaves that part out',
    request:
      'Hitung pembayaran Kelompok Tani Harapan Baru (KT-HB-022) untuk Juli 2027, netto 46.210 kg, harga Rp 2.743/kg. Kalau kelompok ini berhak premi RSPO, tambahkan juga.',
    topology: {
      shape: 'fanout',
      planner: 'perencana_bayar',
      workers: ['penghitung_pokok', 'penghitung_premi'],
      aggregator: 'perangkum_bayar',
    },
    agents: [
      {
        name: 'perencana_bayar',
        description: 'Membagi perhitungan pembayaran',
        instructions: 'Tulis brief untuk tiap penghitung.',
        replies: [
          {
            plan: {
              penghitung_pokok: 'KT-HB-022 Juli 2027: 46.210 kg × Rp 2.743/kg, potong PPh 22 0,25%.',
              penghitung_premi:
                'Cek apakah KT-HB-022 bersertifikat RSPO per Juli 2027; kalau ya, hitung premi untuk 46.210 kg.',
            },
          },
        ],
      },
      {
        name: 'penghitung_pokok',
        description: 'Menghitung nilai pokok pembayaran',
        instructions: 'Hitung nilai bruto, pajak, dan bersih.',
        replies: [
          {
            call: 'hitung_pokok',
            args: { netto_kg: 46210, harga: 2743, pph22_persen: 0.25 },
            result: '{"bruto": 126754030, "pph22": 316885, "bersih": 126437145}',
          },
          { say: 'Bruto Rp 126.754.030, PPh 22 Rp 316.885, bersih **Rp 126.437.145**.' },
        ],
      },
      {
        name: 'penghitung_premi',
        description: 'Menghitung premi sertifikasi',
        instructions: 'Hitung premi hanya untuk kelompok yang bersertifikat.',
        replies: [
          {
            call: 'status_sertifikat',
            args: { kelompok: 'KT-HB-022', skema: 'RSPO' },
            result: '{"kelompok": "KT-HB-022", "rspo": "belum", "audit_awal_dijadwalkan": "2027-10-14"}',
          },
          {
            say: 'Tidak bisa menghitung premi: KT-HB-022 belum bersertifikat RSPO (audit awal dijadwalkan 14 Oktober 2027). Tidak ada premi untuk Juli 2027.',
          },
        ],
      },
      {
        name: 'perangkum_bayar',
        description: 'Merangkum pembayaran kelompok',
        instructions: 'Gabungkan hasil penghitung menjadi ringkasan pembayaran.',
        replies: [
          {
            say: '## Pembayaran KT-HB-022 Harapan Baru — Juli 2027\n\n| Uraian | Jumlah |\n|---|---|\n| Netto | 46.210 kg |\n| Harga | Rp 2.743/kg |\n| Bruto | Rp 126.754.030 |\n| PPh 22 | (Rp 316.885) |\n| **Dibayar** | **Rp 126.437.145** |\n\nPremi RSPO: tidak ada — kelompok belum bersertifikat (audit awal 14 Oktober 2027).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'pks-cek-ffa-kembali-ke-penerima',
    title:
      'Petugas penerimaan meminta lab memeriksa ALB sampel TBS restan, lab mengembalikan hasil lengkap, dan petugas penerimaan menutup keputusan',
    domain: 'Penerimaan TBS restan dan mutu minyak',
    mast: ['FM-1.3', 'FM-3.1'],
    nearMissOf: 'handoff_loop: a hand-back to the agent that asked, carrying the lab results it needed',
    request:
      'Ada 3 truk TBS restan (panen 2 hari lalu) dari KUD Tani Makmur menunggu di pos, 8 Agustus 2027. Apakah boleh diterima dan diolah hari ini tanpa menaikkan ALB CPO di atas 5%?',
    topology: {
      shape: 'swarm',
      entry: 'petugas_penerimaan',
      agents: ['petugas_penerimaan', 'analis_lab'],
    },
    agents: [
      {
        name: 'petugas_penerimaan',
        description: 'Memutuskan penerimaan TBS di pos',
        instructions: 'Minta data lab bila perlu, lalu putuskan.',
        replies: [
          {
            handoff: 'analis_lab',
            message:
              'Tolong uji ALB minyak dari sampel 3 truk restan KUD Tani Makmur (SPB TM-0808-01/02/03) dan perkirakan ALB CPO bila dicampur ke olahan hari ini.',
          },
          {
            say: '**Keputusan 8 Agustus 2027: ketiga truk restan KUD Tani Makmur DITERIMA.**\n\n- ALB sampel: 6,8% / 7,2% / 6,5% (rata-rata 6,83%)\n- Porsi dalam olahan hari ini: 21,6 t dari ±430 t (5,0%)\n- Perkiraan ALB CPO campuran: 3,62% (di bawah 5%)\n\nSyarat: diolah paling lambat pukul 14:00 dan dicatat sebagai TBS restan dengan potongan 5% sesuai SOP-PNR-04.',
          },
        ],
      },
      {
        name: 'analis_lab',
        description: 'Menguji mutu sampel di laboratorium',
        instructions: 'Uji sampel dan kembalikan hasil ke peminta.',
        replies: [
          {
            call: 'uji_alb',
            args: { spb: ['TM-0808-01', 'TM-0808-02', 'TM-0808-03'] },
            result:
              '{"alb_persen": [6.8, 7.2, 6.5], "rata": 6.83, "berat_ton": 21.6, "olahan_hari_ini_ton": 430, "alb_cpo_sekarang": 3.45, "alb_cpo_campuran": 3.62}',
          },
          {
            handoff: 'petugas_penerimaan',
            message:
              'Hasil ALB: TM-0808-01 6,8%, -02 7,2%, -03 6,5% (rata 6,83%). 21,6 t dalam ±430 t olahan hari ini → ALB CPO naik dari 3,45% ke ±3,62%. Masih di bawah 5%.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'pks-rekon-spb-bulanan-padat-id',
    title:
      'Rekonsiliasi bulanan SPB, tiket timbang, dan pembayaran Agustus 2027 melewati dua tim dengan banyak nomor SPB, tiket, dan penghitung yang semuanya cocok',
    domain: 'Rekonsiliasi bulanan penerimaan dan pembayaran TBS',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: a long run dense with SPB numbers, weighbridge tickets and counters that agree from worker to lead to report',
    request:
      'Lakukan rekonsiliasi Agustus 2027 untuk PKS Sei Tapung: cocokkan SPB dengan tiket jembatan timbang, cocokkan netto bayar dengan transfer ke petani, dan laporkan selisihnya beserta nomor-nomornya.',
    topology: {
      shape: 'nested',
      top: 'kepala_administrasi',
      teams: {
        kepala_timbangan: ['pencocok_tiket', 'pemeriksa_kalibrasi'],
        kepala_kasir: ['pencocok_transfer'],
      },
    },
    agents: [
      {
        name: 'kepala_administrasi',
        description: 'Kepala administrasi PKS',
        instructions: 'Bagi rekonsiliasi ke tim timbangan dan tim kasir, lalu susun laporan.',
        replies: [
          {
            handoff: 'kepala_timbangan',
            message:
              'Rekonsiliasi Agustus 2027: cocokkan SPB dengan tiket JT-01/JT-02, dan pastikan kalibrasi jembatan timbang masih berlaku sepanjang bulan.',
          },
          {
            handoff: 'kepala_kasir',
            message: 'Rekonsiliasi Agustus 2027: cocokkan netto bayar per SPB dengan transfer ke petani.',
          },
          {
            say: '## Rekonsiliasi Agustus 2027 — PKS Sei Tapung\n\n**SPB vs tiket timbang:** 2.184 SPB, 2.184 tiket (JT-01 1.139, JT-02 1.045); 2 SPB dengan tiket dibatalkan-ulang: SW-0814-22 → T2-0814-0451, PL-0823-07 → T1-0823-0388. Selisih netto 0 kg.\n\n**Kalibrasi:** JT-01 sertifikat UTTP 2027/041 (s.d. 2028-02-11), JT-02 UTTP 2027/057 (s.d. 2028-03-02) — berlaku.\n\n**Netto bayar vs transfer:** 14.906.280 kg, Rp 42.803.561.420 ditransfer dalam 5 batch (BT-0802, BT-0809, BT-0816, BT-0823, BT-0830); 1 transfer retur BT-0816 baris 44 (rek. 0291770315) dibayar ulang 3 Sep lewat BT-0906-R. Selisih Rp 0.',
          },
        ],
      },
      {
        name: 'kepala_timbangan',
        description: 'Kepala jembatan timbang',
        instructions: 'Bagi pencocokan tiket dan cek kalibrasi, lalu rangkum.',
        replies: [
          {
            handoff: 'pencocok_tiket',
            message:
              'Cocokkan semua SPB Agustus 2027 dengan tiket JT-01 dan JT-02; laporkan yang tidak satu-satu.',
          },
          {
            handoff: 'pemeriksa_kalibrasi',
            message: 'Cek sertifikat kalibrasi UTTP JT-01 dan JT-02 untuk periode Agustus 2027.',
          },
          {
            say: 'SPB 2.184 = tiket 2.184 (JT-01 1.139, JT-02 1.045). Pengecualian: SW-0814-22 → T2-0814-0451 (tiket ulang), PL-0823-07 → T1-0823-0388 (tiket ulang). Selisih netto 0 kg. Kalibrasi: JT-01 UTTP 2027/041 s.d. 2028-02-11, JT-02 UTTP 2027/057 s.d. 2028-03-02.',
          },
        ],
      },
      {
        name: 'pencocok_tiket',
        description: 'Mencocokkan SPB dengan tiket timbang',
        instructions: 'Cocokkan satu per satu dan laporkan pengecualian.',
        replies: [
          {
            call: 'cocokkan_spb_tiket',
            args: { bulan: '2027-08', jembatan: ['JT-01', 'JT-02'] },
            result:
              '{"spb": 2184, "tiket": 2184, "per_jembatan": {"JT-01": 1139, "JT-02": 1045}, "tiket_ulang": [{"spb": "SW-0814-22", "tiket_batal": "T2-0814-0447", "tiket_pengganti": "T2-0814-0451"}, {"spb": "PL-0823-07", "tiket_batal": "T1-0823-0385", "tiket_pengganti": "T1-0823-0388"}], "selisih_netto_kg": 0}',
          },
          {
            say: 'Agustus 2027: 2.184 SPB ↔ 2.184 tiket (JT-01 1.139, JT-02 1.045). Tiket ulang 2: SW-0814-22 (T2-0814-0447 batal → T2-0814-0451), PL-0823-07 (T1-0823-0385 batal → T1-0823-0388). Selisih netto 0 kg.',
          },
        ],
      },
      {
        name: 'pemeriksa_kalibrasi',
        description: 'Memeriksa kalibrasi jembatan timbang',
        instructions: 'Laporkan nomor dan masa berlaku sertifikat.',
        replies: [
          {
            call: 'sertifikat_uttp',
            args: { jembatan: ['JT-01', 'JT-02'] },
            result:
              '{"JT-01": {"no": "UTTP 2027/041", "tera": "2027-02-12", "berlaku_sampai": "2028-02-11"}, "JT-02": {"no": "UTTP 2027/057", "tera": "2027-03-03", "berlaku_sampai": "2028-03-02"}}',
          },
          {
            say: 'JT-01: UTTP 2027/041, tera 12 Feb 2027, berlaku s.d. 11 Feb 2028. JT-02: UTTP 2027/057, tera 3 Mar 2027, berlaku s.d. 2 Mar 2028. Keduanya berlaku penuh selama Agustus 2027.',
          },
        ],
      },
      {
        name: 'kepala_kasir',
        description: 'Kepala kasir',
        instructions: 'Minta pencocokan transfer dan rangkum.',
        replies: [
          {
            handoff: 'pencocok_transfer',
            message: 'Cocokkan netto bayar per SPB Agustus 2027 dengan transfer batch ke rekening petani.',
          },
          {
            say: 'Netto bayar 14.906.280 kg = Rp 42.803.561.420, ditransfer lewat BT-0802, BT-0809, BT-0816, BT-0823, BT-0830. Retur 1: BT-0816 baris 44 (0291770315), dibayar ulang 3 Sep 2027 via BT-0906-R. Selisih Rp 0.',
          },
        ],
      },
      {
        name: 'pencocok_transfer',
        description: 'Mencocokkan pembayaran dengan transfer bank',
        instructions: 'Cocokkan per SPB dan laporkan retur.',
        replies: [
          {
            call: 'cocokkan_transfer',
            args: { bulan: '2027-08' },
            result:
              '{"netto_bayar_kg": 14906280, "nilai": 42803561420, "batch": ["BT-0802", "BT-0809", "BT-0816", "BT-0823", "BT-0830"], "retur": [{"batch": "BT-0816", "baris": 44, "rekening": "0291770315", "dibayar_ulang": "BT-0906-R", "tanggal": "2027-09-03"}], "selisih": 0}',
          },
          {
            say: 'Netto bayar 14.906.280 kg, nilai Rp 42.803.561.420, 5 batch (BT-0802/0809/0816/0823/0830). Retur: BT-0816 baris 44, rek. 0291770315 → dibayar ulang BT-0906-R (3 Sep 2027). Selisih Rp 0.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch186Scenarios = [...faults, ...healthy];
