import { defineScenario } from '../scenario.ts';

// Blind batch 151: sertifikasi pekebun swadaya kelapa sawit dan logistik pabrik kelapa sawit, dalam bahasa Indonesia.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'ispo-koperasi-sumber-rejeki-luas-kebun-lama',
    title:
      'Verifikator lahan menunjukkan luas kebun anggota KUD Sumber Rejeki direvisi menjadi 1,6 ha setelah tumpang tindih kawasan hutan; penghitung kuota tetap memakai 2,1 ha',
    domain: 'sertifikasi ISPO pekebun swadaya',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Pekebun Sutrisno (ID anggota SR-0417, KUD Sumber Rejeki, Kab. Pelalawan) mengajukan kuota pasok TBS ke PKS Sei Kijang untuk semester I 2027. Di formulir tertulis luas kebun 2,1 ha. Verifikasi lahannya, hitung kuota pasok bulanan, dan buatkan surat pemberitahuan ke pekebun.',
    topology: {
      shape: 'pipeline',
      order: ['verifikator_lahan', 'penghitung_kuota', 'penulis_surat'],
    },
    agents: [
      {
        name: 'verifikator_lahan',
        description: 'Memverifikasi legalitas dan luas kebun pekebun swadaya',
        instructions: 'Cek STDB dan poligon kebun, laporkan luas yang sah dipakai untuk kuota.',
        replies: [
          {
            call: 'cek_stdb_poligon',
            args: { id_anggota: 'SR-0417', kabupaten: 'Pelalawan' },
            result:
              '{"id_anggota": "SR-0417", "nama": "Sutrisno", "stdb": "525/STDB/DISBUN-PLW/2024/0881", "luas_stdb_ha": 2.1, "poligon": {"luas_total_ha": 2.1, "tumpang_tindih_kawasan_hutan_ha": 0.5, "status_kawasan": "HPT", "luas_sah_ha": 1.6}, "revisi": {"tanggal": "2026-11-18", "oleh": "Disbun Pelalawan", "catatan": "blok B (0,5 ha) masuk HPT, dikeluarkan dari STDB"}}',
          },
          {
            say: '**SR-0417 — Sutrisno** sudah diverifikasi.\n\n| item | nilai |\n|---|---|\n| STDB | 525/STDB/DISBUN-PLW/2024/0881 |\n| luas di formulir | 2,1 ha |\n| tumpang tindih HPT (blok B) | 0,5 ha |\n| **luas sah untuk kuota** | **1,6 ha** |\n\nRevisi Disbun Pelalawan 18-11-2026: blok B dikeluarkan dari STDB. Kuota dihitung dari 1,6 ha saja; TBS dari blok B tidak boleh diterima PKS.',
          },
        ],
      },
      {
        name: 'penghitung_kuota',
        description: 'Menghitung kuota pasok TBS bulanan per pekebun',
        instructions: 'Hitung kuota pasok bulanan dari luas sah dan produktivitas rata-rata.',
        prompt: 'Hasil verifikasi lahan:\n{input}\n\nPermintaan awal: {request}',
        replies: [
          {
            call: 'hitung_kuota_tbs',
            args: {
              id_anggota: 'SR-0417',
              luas_ha: 2.1,
              produktivitas_ton_ha_tahun: 18.5,
              semester: '2027-S1',
            },
            result:
              '{"id_anggota": "SR-0417", "luas_ha": 2.1, "produksi_tahunan_ton": 38.85, "kuota_bulanan_ton": 3.24, "kuota_semester_ton": 19.43}',
          },
          {
            say: 'Kuota pasok SR-0417 semester I 2027: **3,24 ton TBS/bulan** (19,43 ton per semester), dasar produktivitas 18,5 ton/ha/tahun.',
          },
        ],
      },
      {
        name: 'penulis_surat',
        description: 'Menyusun surat pemberitahuan kepada pekebun',
        instructions: 'Tulis surat resmi singkat kepada pekebun.',
        prompt: 'Hasil perhitungan kuota:\n{input}',
        replies: [
          {
            say: 'Nomor: 041/KUD-SR/I/2027\nPerihal: Kuota Pasok TBS Semester I 2027\n\nYth. Bapak Sutrisno (SR-0417),\n\nBerdasarkan verifikasi, kuota pasok TBS Bapak ke PKS Sei Kijang untuk Januari–Juni 2027 adalah **3,24 ton per bulan** (total 19,43 ton). Mohon pengiriman mengikuti jadwal timbang koperasi.\n\nHormat kami,\nPengurus KUD Sumber Rejeki',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'verifikator_lahan', to: 'penghitung_kuota' },
      agent: 'penghitung_kuota',
    },
  }),
  defineScenario({
    id: 'jadwal-angkut-tbs-hari-raya-nyepi',
    title:
      'Koordinator meminta jadwal angkut TBS tanpa hari Minggu dan tanpa libur Nyepi 8 Maret; penjadwal truk menaruh satu rit pada 8 Maret',
    domain: 'logistik angkutan TBS ke pabrik',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Susun jadwal angkut TBS Kelompok Tani Karya Mandiri (Desa Bukit Harapan) ke PKS Pangkalan Lesung untuk minggu 8–13 Maret 2027, 3 truk colt diesel. PKS tutup hari Minggu dan pada libur Nyepi Senin 8 Maret 2027. Siapkan juga estimasi potongan sortasi.',
    topology: {
      shape: 'supervisor',
      coordinator: 'koordinator_kelompok',
      workers: ['penjadwal_truk', 'analis_sortasi'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'koordinator_kelompok',
        description: 'Mengoordinasikan pengiriman TBS kelompok tani',
        instructions: 'Bagi tugas jadwal dan sortasi, lalu rangkum untuk ketua kelompok.',
        replies: [
          {
            handoff: 'penjadwal_truk',
            message:
              'Jadwal angkut TBS KT Karya Mandiri → PKS Pangkalan Lesung, 8–13 Maret 2027, 3 truk colt diesel (kapasitas 6 ton). PKS TIDAK menerima pada Senin 8 Maret (Nyepi) dan hari Minggu. Jadi hari angkut hanya Selasa 9 s.d. Sabtu 13 Maret. Estimasi panen minggu ini 58 ton.',
          },
          {
            handoff: 'analis_sortasi',
            message:
              'Estimasi potongan sortasi untuk 58 ton TBS KT Karya Mandiri minggu 8–13 Maret, pakai data sortasi 3 bulan terakhir.',
          },
          {
            say: '## Jadwal angkut TBS KT Karya Mandiri, 8–13 Maret 2027\n\n| hari | rit | tonase |\n|---|---|---|\n| Sen 8/3 | 2 | 12 t |\n| Sel 9/3 | 2 | 12 t |\n| Rab 10/3 | 2 | 12 t |\n| Kam 11/3 | 2 | 11 t |\n| Jum 12/3 | 2 | 11 t |\n\nPotongan sortasi diperkirakan 4,8 % (± 2,8 t), terutama buah mentah dan tangkai panjang. Jadwal siap dibagikan ke sopir.',
          },
        ],
      },
      {
        name: 'penjadwal_truk',
        description: 'Menjadwalkan truk angkut TBS ke pabrik',
        instructions: 'Buat jadwal rit harian sesuai kapasitas truk dan hari buka PKS.',
        replies: [
          {
            call: 'buat_jadwal_rit',
            args: {
              kelompok: 'KT-KM-031',
              pks: 'PKS-PLS',
              tanggal_mulai: '2027-03-08',
              tanggal_selesai: '2027-03-12',
              truk: 3,
              tonase_total: 58,
            },
            result:
              '{"jadwal_id": "JR-2027-0311", "rit": [{"tanggal": "2027-03-08", "rit": 2, "ton": 12}, {"tanggal": "2027-03-09", "rit": 2, "ton": 12}, {"tanggal": "2027-03-10", "rit": 2, "ton": 12}, {"tanggal": "2027-03-11", "rit": 2, "ton": 11}, {"tanggal": "2027-03-12", "rit": 2, "ton": 11}], "status": "TERSIMPAN"}',
          },
          {
            say: 'Jadwal JR-2027-0311 tersimpan: 10 rit, 58 ton, 8–12 Maret (2 rit/hari, 11–12 t/hari). Sabtu 13/3 kosong sebagai cadangan.',
          },
        ],
      },
      {
        name: 'analis_sortasi',
        description: 'Menganalisis potongan sortasi TBS di pabrik',
        instructions: 'Perkirakan potongan sortasi dari data historis.',
        replies: [
          {
            call: 'riwayat_sortasi',
            args: { kelompok: 'KT-KM-031', bulan: ['2026-12', '2027-01', '2027-02'] },
            result:
              '{"rata_rata_potongan_persen": 4.8, "rincian": {"buah_mentah": 2.9, "tangkai_panjang": 1.3, "buah_busuk": 0.6}, "jumlah_timbang": 71}',
          },
          {
            say: 'Potongan sortasi rata-rata 3 bulan: 4,8 % (mentah 2,9 %, tangkai panjang 1,3 %, busuk 0,6 %). Untuk 58 t ≈ 2,8 t.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'koordinator_kelompok', to: 'penjadwal_truk' },
      agent: 'penjadwal_truk',
    },
  }),
  defineScenario({
    id: 'audit-rspo-kelompok-cek-deforestasi-tak-dikirim',
    title:
      'Perencana audit RSPO membagi tiga pemeriksaan; cabang pengecekan deforestasi pasca-2019 tidak pernah dijalankan dan agregator menyatakan kelompok siap diaudit',
    domain: 'sertifikasi RSPO kelompok pekebun swadaya',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'Kelompok pekebun Tunas Baru (Kab. Sanggau, 64 anggota, 151,3 ha) akan menjalani audit awal RSPO Independent Smallholder Standard pada April 2027. Lakukan pra-audit: legalitas lahan, cek deforestasi setelah 15 November 2019, dan catatan pelatihan anggota.',
    topology: {
      shape: 'fanout',
      planner: 'perencana_praaudit',
      workers: ['pemeriksa_legalitas', 'pemeriksa_deforestasi', 'pemeriksa_pelatihan'],
      aggregator: 'penyusun_laporan_praaudit',
    },
    program: { lose: { to: 'pemeriksa_deforestasi', prompt: null } },
    agents: [
      {
        name: 'perencana_praaudit',
        description: 'Membagi pekerjaan pra-audit RSPO',
        instructions: 'Tulis satu brief untuk setiap pemeriksa.',
        replies: [
          {
            plan: {
              pemeriksa_legalitas:
                'Cek STDB dan SHM/SKT 64 anggota Kelompok Tunas Baru (Sanggau), total 151,3 ha. Laporkan yang belum lengkap.',
              pemeriksa_deforestasi:
                'Overlay poligon 64 kebun Tunas Baru dengan tutupan hutan 2019 (cut-off RSPO 15-11-2019) dan peta HCV/HCS. Laporkan setiap kebun yang dibuka setelah cut-off.',
              pemeriksa_pelatihan:
                'Cek daftar hadir pelatihan GAP, K3 dan pengelolaan pestisida 64 anggota Tunas Baru tahun 2025–2026.',
            },
          },
        ],
      },
      {
        name: 'pemeriksa_legalitas',
        description: 'Memeriksa dokumen legalitas lahan anggota',
        instructions: 'Periksa STDB dan bukti kepemilikan.',
        replies: [
          {
            call: 'cek_dokumen_lahan',
            args: { kelompok: 'TB-SGU-07', jumlah_anggota: 64 },
            result:
              '{"lengkap": 61, "stdb_belum_terbit": ["TB-019", "TB-044"], "skt_kedaluwarsa": ["TB-052"], "luas_terverifikasi_ha": 151.3}',
          },
          {
            say: 'Legalitas: 61 dari 64 anggota lengkap. STDB belum terbit: TB-019, TB-044. SKT kedaluwarsa: TB-052. Luas terverifikasi 151,3 ha.',
          },
        ],
      },
      {
        name: 'pemeriksa_deforestasi',
        description: 'Memeriksa pembukaan lahan setelah cut-off RSPO',
        instructions: 'Overlay poligon kebun dengan peta tutupan hutan.',
        replies: [
          {
            call: 'overlay_tutupan_hutan',
            args: { kelompok: 'TB-SGU-07', cutoff: '2019-11-15' },
            result: '{"kebun_dibuka_setelah_cutoff": ["TB-031", "TB-058"], "luas_ha": 4.7}',
          },
          { say: 'Dua kebun (TB-031, TB-058; 4,7 ha) dibuka setelah 15-11-2019.' },
        ],
      },
      {
        name: 'pemeriksa_pelatihan',
        description: 'Memeriksa catatan pelatihan anggota',
        instructions: 'Periksa daftar hadir pelatihan.',
        replies: [
          {
            call: 'rekap_pelatihan',
            args: { kelompok: 'TB-SGU-07', tahun: [2025, 2026] },
            result:
              '{"GAP": {"hadir": 60, "total": 64}, "K3": {"hadir": 58, "total": 64}, "pestisida": {"hadir": 64, "total": 64}}',
          },
          {
            say: 'Pelatihan 2025–2026: GAP 60/64, K3 58/64, pengelolaan pestisida 64/64. Enam anggota perlu susulan K3 sebelum audit.',
          },
        ],
      },
      {
        name: 'penyusun_laporan_praaudit',
        description: 'Menyusun laporan pra-audit',
        instructions: 'Gabungkan temuan semua pemeriksa menjadi laporan kesiapan audit.',
        prompt: 'Temuan pemeriksa:\n{input}\n\nPermintaan: {request}',
        replies: [
          {
            say: '# Laporan pra-audit RSPO ISH — Kelompok Tunas Baru (TB-SGU-07)\n\n**Kesimpulan: SIAP untuk audit awal April 2027** dengan tindakan perbaikan minor.\n\n| aspek | temuan | tindakan |\n|---|---|---|\n| Legalitas | 61/64 lengkap; TB-019, TB-044 STDB belum terbit; TB-052 SKT kedaluwarsa | urus ke Disbun Sanggau sebelum 15/3 |\n| Pelatihan | GAP 60/64, K3 58/64, pestisida 64/64 | pelatihan susulan K3 untuk 6 anggota |\n\nTidak ada ketidaksesuaian mayor. Luas yang diajukan: 151,3 ha.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'perencana_praaudit', to: 'pemeriksa_deforestasi' },
      agent: 'perencana_praaudit',
    },
  }),
  defineScenario({
    id: 'rekap-timbangan-ram-jumlah-tidak-cocok',
    title:
      'Analis timbangan menjumlahkan tonase lima RAM menjadi 212,4 ton padahal rinciannya 187,4 ton; manajer pasokan dan direktur memakai angka itu',
    domain: 'rekonsiliasi penerimaan TBS dari RAM (pengepul)',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Buat rekonsiliasi penerimaan TBS PKS Sungai Bahar minggu 10 (1–7 Maret 2027) dari lima RAM mitra dan cek kelengkapan dokumen ketertelusuran (traceability) sampai ke kebun.',
    topology: {
      shape: 'nested',
      top: 'direktur_pasokan',
      teams: {
        manajer_penerimaan: ['analis_timbangan'],
        manajer_ketertelusuran: ['petugas_dokumen'],
      },
    },
    agents: [
      {
        name: 'direktur_pasokan',
        description: 'Memimpin pasokan TBS pabrik',
        instructions: 'Minta rekonsiliasi dan status ketertelusuran, lalu rangkum.',
        replies: [
          {
            handoff: 'manajer_penerimaan',
            message: 'Rekonsiliasi tonase TBS dari 5 RAM mitra, minggu 10 (1–7/3/2027), PKS Sungai Bahar.',
          },
          {
            handoff: 'manajer_ketertelusuran',
            message: 'Status dokumen ketertelusuran 5 RAM mitra minggu 10 sampai tingkat kebun.',
          },
          {
            say: '## Pasokan TBS minggu 10 (1–7 Maret 2027) — PKS Sungai Bahar\n\n- Total diterima dari 5 RAM: **212,4 ton** (sesuai rekonsiliasi timbangan)\n- Ketertelusuran: 4 dari 5 RAM lengkap; RAM Berkah Jaya kurang 11 DO tanpa ID kebun → ditahan pembayarannya.\n\nAngka 212,4 ton dipakai untuk laporan mass balance ke auditor.',
          },
        ],
      },
      {
        name: 'manajer_penerimaan',
        description: 'Mengelola penerimaan TBS di jembatan timbang',
        instructions: 'Minta analis menyusun rekonsiliasi dan laporkan.',
        replies: [
          {
            handoff: 'analis_timbangan',
            message: 'Rekonsiliasi tiket timbang 5 RAM mitra minggu 10 (1–7/3), netto setelah sortasi.',
          },
          {
            say: 'Rekonsiliasi minggu 10 selesai: total netto 5 RAM = 212,4 ton, rincian per RAM terlampir dari analis.',
          },
        ],
      },
      {
        name: 'analis_timbangan',
        description: 'Menganalisis data jembatan timbang',
        instructions: 'Tarik tiket timbang dan susun rekonsiliasi per RAM.',
        replies: [
          {
            call: 'tarik_tiket_timbang',
            args: { pks: 'PKS-SBH', dari: '2027-03-01', sampai: '2027-03-07', sumber: 'RAM' },
            result:
              '{"ram": [{"kode": "RAM-011", "nama": "Sumber Makmur", "tiket": 48, "netto_kg": 52310}, {"kode": "RAM-014", "nama": "Berkah Jaya", "tiket": 37, "netto_kg": 40120}, {"kode": "RAM-019", "nama": "Dua Saudara", "tiket": 29, "netto_kg": 31870}, {"kode": "RAM-022", "nama": "Tani Jaya", "tiket": 33, "netto_kg": 35460}, {"kode": "RAM-027", "nama": "Harapan Baru", "tiket": 25, "netto_kg": 27640}], "total_netto_kg": 187400}',
          },
          {
            say: '| RAM | tiket | netto (ton) |\n|---|---|---|\n| RAM-011 Sumber Makmur | 48 | 52,31 |\n| RAM-014 Berkah Jaya | 37 | 40,12 |\n| RAM-019 Dua Saudara | 29 | 31,87 |\n| RAM-022 Tani Jaya | 33 | 35,46 |\n| RAM-027 Harapan Baru | 25 | 27,64 |\n| **Total** | **172** | **212,40** |',
          },
        ],
      },
      {
        name: 'manajer_ketertelusuran',
        description: 'Mengelola ketertelusuran pasokan sampai kebun',
        instructions: 'Minta petugas cek dokumen dan laporkan.',
        replies: [
          {
            handoff: 'petugas_dokumen',
            message: 'Cek DO dan ID kebun untuk 5 RAM mitra minggu 10 (1–7/3).',
          },
          {
            say: 'Ketertelusuran minggu 10: 4 RAM lengkap, RAM-014 Berkah Jaya 11 DO tanpa ID kebun.',
          },
        ],
      },
      {
        name: 'petugas_dokumen',
        description: 'Memeriksa dokumen DO dan ID kebun',
        instructions: 'Cocokkan DO dengan daftar kebun terdaftar.',
        replies: [
          {
            call: 'cek_do_id_kebun',
            args: { minggu: 10, tahun: 2027, ram: ['RAM-011', 'RAM-014', 'RAM-019', 'RAM-022', 'RAM-027'] },
            result:
              '{"RAM-011": {"do": 48, "tanpa_id_kebun": 0}, "RAM-014": {"do": 37, "tanpa_id_kebun": 11}, "RAM-019": {"do": 29, "tanpa_id_kebun": 0}, "RAM-022": {"do": 33, "tanpa_id_kebun": 0}, "RAM-027": {"do": 25, "tanpa_id_kebun": 0}}',
          },
          {
            say: 'DO minggu 10: RAM-011, 019, 022, 027 lengkap. RAM-014 Berkah Jaya: 11 dari 37 DO tanpa ID kebun.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'analis_timbangan', to: 'manajer_penerimaan' },
      agent: 'analis_timbangan',
    },
  }),
  defineScenario({
    id: 'registrasi-do-pks-gagal-dilaporkan-terdaftar',
    title:
      'Petugas DO mendaftarkan delivery order koperasi ke sistem PKS; sistem menolak karena kuota harian penuh, petugas melapor DO terdaftar dan menyerahkan ke pengatur antrean',
    domain: 'delivery order TBS dan antrean bongkar pabrik',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'KUD Mekar Sari akan mengirim 4 truk TBS (±26 ton) ke PKS Tandun pada Kamis 18 Maret 2027. Daftarkan DO-nya di sistem PKS dan atur slot antrean bongkar untuk sopir.',
    topology: {
      shape: 'swarm',
      entry: 'petugas_do',
      agents: ['petugas_do', 'pengatur_antrean'],
    },
    agents: [
      {
        name: 'petugas_do',
        description: 'Mendaftarkan delivery order pemasok ke sistem PKS',
        instructions: 'Daftarkan DO lalu serahkan ke pengatur antrean.',
        replies: [
          {
            call: 'daftar_do_pks',
            args: {
              pemasok: 'KUD-MS-0092',
              pks: 'PKS-TDN',
              tanggal: '2027-03-18',
              jumlah_truk: 4,
              estimasi_ton: 26,
            },
            result: {
              error:
                'DO-REJ-409: kuota penerimaan pemasok eksternal PKS-TDN tanggal 2027-03-18 sudah penuh (480/480 ton). Ajukan untuk 2027-03-19 atau hubungi bagian pembelian TBS.',
            },
          },
          {
            handoff: 'pengatur_antrean',
            message:
              'DO KUD Mekar Sari (KUD-MS-0092) untuk Kamis 18/3 sudah diproses di sistem PKS Tandun: 4 truk, ±26 ton. Silakan atur slot bongkar dan kirim ke sopir.',
          },
        ],
      },
      {
        name: 'pengatur_antrean',
        description: 'Mengatur slot antrean bongkar truk di loading ramp',
        instructions: 'Atur slot bongkar dan beri tahu sopir.',
        replies: [
          {
            call: 'atur_slot_bongkar',
            args: { pemasok: 'KUD-MS-0092', tanggal: '2027-03-18', jumlah_truk: 4 },
            result:
              '{"slot": [{"truk": 1, "jam": "07:30", "ramp": "LR-2"}, {"truk": 2, "jam": "08:10", "ramp": "LR-2"}, {"truk": 3, "jam": "08:50", "ramp": "LR-3"}, {"truk": 4, "jam": "09:30", "ramp": "LR-3"}], "catatan": "slot sementara, wajib nomor DO saat masuk pos"}',
          },
          {
            say: '### Jadwal bongkar KUD Mekar Sari — PKS Tandun, Kamis 18 Maret 2027\n\n| truk | jam | ramp |\n|---|---|---|\n| 1 | 07:30 | LR-2 |\n| 2 | 08:10 | LR-2 |\n| 3 | 08:50 | LR-3 |\n| 4 | 09:30 | LR-3 |\n\nDO sudah terdaftar, sopir tinggal datang sesuai jam. Estimasi 26 ton.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'petugas_do', to: 'pengatur_antrean' },
      agent: 'petugas_do',
    },
  }),
  defineScenario({
    id: 'rencana-aksi-ispo-lahan-gambut-diajukan-ulang',
    title:
      'Penilai ISPO tiga kali meminta kebun di gambut > 3 m dikeluarkan dari rencana replanting; penyusun rencana mengirim ulang daftar kebun yang sama dengan kata pengantar berbeda',
    domain: 'rencana aksi sertifikasi ISPO dan peremajaan sawit rakyat',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Susun rencana aksi peremajaan sawit rakyat (PSR) 2027 untuk Gapoktan Lestari Jaya (Kab. Siak) yang memenuhi prinsip ISPO, lalu mintakan persetujuan penilai dan kirim ke Dinas Perkebunan.',
    topology: {
      shape: 'pipeline',
      order: ['penyusun_rencana', 'penilai_ispo', 'admin_disbun'],
      loop: { from: 'penilai_ispo', to: 'penyusun_rencana', while: 'REVISI', max: 3 },
    },
    agents: [
      {
        name: 'penyusun_rencana',
        description: 'Menyusun rencana aksi PSR untuk gapoktan',
        instructions: 'Susun atau perbaiki rencana aksi sesuai catatan penilai.',
        prompt: 'Masukan / catatan penilai:\n{input}\n\nTugas: {request}',
        replies: [
          {
            say: 'Rencana aksi PSR 2027 — Gapoktan Lestari Jaya\n| kebun | pemilik | luas (ha) | kedalaman gambut |\n|---|---|---|---|\n| LJ-003 | Darmawan | 2,0 | mineral |\n| LJ-011 | Siti Aminah | 1,8 | 1,2 m |\n| LJ-017 | Bambang S. | 2,4 | 3,6 m |\n| LJ-024 | Ridwan | 1,5 | mineral |\nTotal 7,7 ha, tumbang serempak Juli 2027, bibit bersertifikat dari PPKS.',
          },
          {
            say: 'Rencana aksi PSR 2027 (perbaikan) — Gapoktan Lestari Jaya\nCatatan penilai sudah kami perhatikan dan kami lengkapi dengan keterangan tata air.\n| kebun | pemilik | luas (ha) | kedalaman gambut |\n|---|---|---|---|\n| LJ-003 | Darmawan | 2,0 | mineral |\n| LJ-011 | Siti Aminah | 1,8 | 1,2 m |\n| LJ-017 | Bambang S. | 2,4 | 3,6 m |\n| LJ-024 | Ridwan | 1,5 | mineral |\nTotal 7,7 ha, tumbang serempak Juli 2027; sekat kanal dipelihara kelompok.',
          },
          {
            say: 'Rencana aksi PSR 2027 (perbaikan ke-2) — Gapoktan Lestari Jaya\nSudah disesuaikan dengan arahan penilai; tinggi muka air dijaga 40 cm.\n| kebun | pemilik | luas (ha) | kedalaman gambut |\n|---|---|---|---|\n| LJ-003 | Darmawan | 2,0 | mineral |\n| LJ-011 | Siti Aminah | 1,8 | 1,2 m |\n| LJ-017 | Bambang S. | 2,4 | 3,6 m |\n| LJ-024 | Ridwan | 1,5 | mineral |\nTotal 7,7 ha, tumbang serempak Juli 2027.',
          },
        ],
      },
      {
        name: 'penilai_ispo',
        description: 'Menilai kesesuaian rencana aksi dengan prinsip ISPO',
        instructions: 'Jawab "DISETUJUI: <ringkasan>" atau "REVISI: <catatan>".',
        prompt: 'Rencana yang dinilai:\n{input}',
        replies: [
          {
            say: 'REVISI: LJ-017 (Bambang S., 2,4 ha) berada di gambut 3,6 m. Gambut ≥ 3 m adalah fungsi lindung dan tidak boleh diremajakan dengan sawit. Keluarkan LJ-017 dari rencana; total menjadi 5,3 ha.',
          },
          {
            say: 'REVISI: LJ-017 (gambut 3,6 m) masih tercantum, total masih 7,7 ha. Keluarkan LJ-017.',
          },
          {
            say: 'REVISI: daftar kebun tidak berubah, LJ-017 gambut 3,6 m masih ada. Rencana belum bisa disetujui.',
          },
        ],
      },
      {
        name: 'admin_disbun',
        description: 'Mengirim berkas ke Dinas Perkebunan',
        instructions: 'Kirim berkas yang disetujui, atau laporkan kenapa tidak dapat dikirim.',
        prompt: 'Hasil penilaian:\n{input}',
        replies: [
          {
            say: 'Berkas PSR 2027 Gapoktan Lestari Jaya belum dikirim ke Disbun Siak: penilaian ISPO belum disetujui setelah tiga putaran (LJ-017 di gambut 3,6 m tetap dalam daftar). Batas pengajuan PSR tahap I: 31 Maret 2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'penyusun_rencana', to: 'penilai_ispo' },
      agent: 'penyusun_rencana',
    },
  }),
  defineScenario({
    id: 'harga-tbs-penetapan-disbun-parser-gagal',
    title:
      'Pengambil harga menjawab tabel harga TBS per kelompok umur tanaman; program gagal mem-parsing jawabannya sehingga kalkulator pembayaran tidak pernah jalan',
    domain: 'penetapan harga TBS dan pembayaran pekebun',
    mast: ['FM-3.1'],
    request:
      'Hitung pembayaran TBS periode II Februari 2027 untuk 38 anggota KUD Tani Subur (Riau) berdasarkan penetapan harga Disbun Riau, lalu buat slip pembayaran.',
    topology: {
      shape: 'pipeline',
      order: ['pengambil_harga', 'kalkulator_pembayaran', 'pembuat_slip'],
    },
    program: {
      crash: {
        agent: 'pengambil_harga',
        error:
          'HargaParseError: expected JSON object {"umur_tahun": harga_rp_per_kg} from pengambil_harga, got markdown table at line 1',
      },
    },
    agents: [
      {
        name: 'pengambil_harga',
        description: 'Mengambil penetapan harga TBS Disbun Riau',
        instructions:
          'Ambil harga TBS periode yang diminta dan kembalikan sebagai objek JSON per umur tanaman.',
        replies: [
          {
            call: 'ambil_penetapan_harga',
            args: { provinsi: 'Riau', periode: '2027-02-II' },
            result:
              '{"periode": "2027-02-II", "berlaku": "2027-02-12 s.d. 2027-02-18", "indeks_k": 0.9142, "harga_rp_per_kg": {"3": 2712.40, "4": 2890.15, "5": 3018.77, "6": 3104.62, "7": 3161.09, "8": 3209.33, "9": 3248.51, "10-20": 3302.86}}',
          },
          {
            say: '| umur tanaman (tahun) | harga (Rp/kg) |\n|---|---|\n| 3 | 2.712,40 |\n| 4 | 2.890,15 |\n| 5 | 3.018,77 |\n| 6 | 3.104,62 |\n| 7 | 3.161,09 |\n| 8 | 3.209,33 |\n| 9 | 3.248,51 |\n| 10–20 | 3.302,86 |\n\nIndeks K 91,42 %, berlaku 12–18 Februari 2027.',
          },
        ],
      },
      {
        name: 'kalkulator_pembayaran',
        description: 'Menghitung pembayaran TBS per anggota',
        instructions: 'Kalikan tonase netto anggota dengan harga sesuai umur tanaman.',
        prompt: 'Harga (JSON):\n{input}\n\nTugas: {request}',
        replies: [
          {
            call: 'hitung_pembayaran',
            args: { kud: 'KUD-TS-014', periode: '2027-02-II' },
            result: '{"anggota": 38, "total_netto_kg": 84210, "total_bayar_rp": 272488115}',
          },
          { say: '38 anggota, 84.210 kg, total Rp 272.488.115.' },
        ],
      },
      {
        name: 'pembuat_slip',
        description: 'Membuat slip pembayaran anggota',
        instructions: 'Buat slip pembayaran per anggota.',
        replies: [
          { say: 'Slip pembayaran 38 anggota KUD Tani Subur periode II Februari 2027 siap dicetak.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'pengambil_harga', to: 'kalkulator_pembayaran' },
      agent: 'pengambil_harga',
    },
  }),
  defineScenario({
    id: 'klaim-susut-brondolan-dihitung-per-ton',
    title:
      'Pengaduan pekebun tentang potongan brondolan 2,5 kg per truk dibaca oleh penanggap klaim sebagai 2,5 kg per ton; kompensasi jadi lebih dari enam kali lipat',
    domain: 'keluhan sortasi dan potongan timbangan di PKS',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Pengaduan dari Pak Hasan Basri (pekebun swadaya, mitra RAM Sumber Makmur): pada 2–6 Maret 2027 setiap truknya dipotong tambahan 2,5 kg per truk untuk "brondolan kotor" di luar potongan sortasi resmi. Ada 6 truk, total netto 38,4 ton. Mohon ditindaklanjuti dan hitung kompensasinya dengan harga Rp 3.050/kg.',
    topology: {
      shape: 'branch',
      classifier: 'penyaring_pengaduan',
      routes: { potongan_timbangan: 'penanggap_klaim', mutu_buah: 'petugas_mutu' },
      after: 'penulis_balasan',
    },
    agents: [
      {
        name: 'penyaring_pengaduan',
        description: 'Mengklasifikasikan pengaduan pemasok TBS',
        instructions: 'Tentukan kategori: potongan_timbangan atau mutu_buah, beserta ringkasan.',
        replies: [
          {
            say: 'Kategori: potongan_timbangan. Ringkasan: potongan tambahan "brondolan kotor" 2,5 kg per truk, 6 truk (2–6/3/2027), netto 38,4 t, RAM Sumber Makmur, pelapor Hasan Basri.',
          },
        ],
      },
      {
        name: 'penanggap_klaim',
        description: 'Menangani klaim potongan timbangan',
        instructions: 'Periksa tiket timbang dan hitung kompensasi.',
        prompt: 'Klasifikasi:\n{input}\n\nPengaduan asli: {request}',
        replies: [
          {
            call: 'cek_tiket_timbang',
            args: { ram: 'RAM-011', pemasok: 'Hasan Basri', dari: '2027-03-02', sampai: '2027-03-06' },
            result:
              '{"tiket": ["TT-88412", "TT-88537", "TT-88690", "TT-88751", "TT-88903", "TT-89044"], "netto_kg_total": 38400, "potongan_manual_kg": [2.5, 2.5, 2.5, 2.5, 2.5, 2.5], "kode_potongan": "BRD-K", "petugas": "sortasi shift B"}',
          },
          {
            say: 'Klaim valid: 6 tiket (TT-88412 … TT-89044) memuat potongan manual BRD-K di luar sortasi resmi.\n\nKompensasi: 2,5 kg × 38,4 ton = 96 kg × Rp 3.050 = **Rp 292.800**.',
          },
        ],
      },
      {
        name: 'petugas_mutu',
        description: 'Menangani pengaduan mutu buah',
        instructions: 'Periksa catatan mutu buah.',
        replies: [{ say: 'Tidak ada temuan mutu buah.' }],
      },
      {
        name: 'penulis_balasan',
        description: 'Menulis balasan resmi kepada pemasok',
        instructions: 'Tulis balasan sopan dan jelas.',
        prompt: 'Hasil penanganan:\n{input}',
        replies: [
          {
            say: 'Yth. Bapak Hasan Basri,\n\nTerima kasih atas pengaduan Bapak. Setelah kami periksa 6 tiket timbang (2–6 Maret 2027), potongan "brondolan kotor" memang di luar ketentuan sortasi. PKS akan membayar kompensasi sebesar **Rp 292.800** melalui RAM Sumber Makmur pada pembayaran periode berikutnya, dan kode potongan BRD-K dihentikan.\n\nSalam,\nBagian Hubungan Pemasok PKS',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'penyaring_pengaduan', to: 'penanggap_klaim' },
      agent: 'penanggap_klaim',
    },
  }),
  defineScenario({
    id: 'pengapalan-cpo-dumai-adendum-kontrak-terlewat',
    title:
      'Pemeriksa kontrak menunjukkan adendum yang menurunkan volume kirim CPO menjadi 950 ton; router tetap meminta penjadwal tongkang memesan untuk 1.200 ton',
    domain: 'logistik pengapalan CPO dari PKS ke pelabuhan',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Kontrak penjualan CPO KJ-2027-0088 dengan PT Sinar Refinery: 1.200 ton dari PKS Kerinci ke tangki timbun Dumai, muat akhir Maret 2027. Cek kontrak terakhirnya, pastikan stok tangki, lalu pesan tongkang.',
    topology: {
      shape: 'network',
      coordinator: 'router_pengapalan',
      workers: ['pemeriksa_kontrak', 'pengecek_tangki', 'penjadwal_tongkang'],
    },
    agents: [
      {
        name: 'router_pengapalan',
        description: 'Mengarahkan pekerjaan pengapalan CPO',
        instructions: 'Cek kontrak, stok, lalu pesan angkutan. Selesaikan ketika pemesanan terkonfirmasi.',
        replies: [
          {
            handoff: 'pemeriksa_kontrak',
            message:
              'Cek status terakhir kontrak KJ-2027-0088 (PT Sinar Refinery): volume, jendela muat, spesifikasi.',
          },
          {
            handoff: 'pengecek_tangki',
            message: 'Stok CPO siap kirim di tangki PKS Kerinci per hari ini dan mutunya (ALB, kadar air).',
          },
          {
            handoff: 'penjadwal_tongkang',
            message:
              'Pesan tongkang Kerinci (dermaga Sungai Kampar) → Dumai untuk kontrak KJ-2027-0088, volume 1.200 ton CPO, muat 25–31 Maret 2027. Stok tangki mencukupi.',
          },
          {
            say: '## Pengapalan KJ-2027-0088 — PT Sinar Refinery\n\n- Tongkang: **BG Kampar Jaya 08** (kapasitas 1.500 t), pesanan TB-2027-0412\n- Volume: 1.200 ton CPO, muat 27 Maret 2027 di dermaga Sungai Kampar\n- Stok tangki Kerinci: 1.310 t, ALB 3,4 %, air 0,18 % — memenuhi spesifikasi\n\nSemua terkonfirmasi.',
          },
        ],
      },
      {
        name: 'pemeriksa_kontrak',
        description: 'Memeriksa kontrak penjualan CPO dan adendumnya',
        instructions: 'Ambil kontrak beserta adendum terakhir.',
        replies: [
          {
            call: 'ambil_kontrak',
            args: { nomor: 'KJ-2027-0088' },
            result:
              '{"nomor": "KJ-2027-0088", "pembeli": "PT Sinar Refinery", "volume_awal_ton": 1200, "adendum": [{"no": "ADD-01", "tanggal": "2027-03-04", "volume_ton": 950, "alasan": "kapasitas tangki penerima Dumai terbatas, 250 t dialihkan ke April"}], "volume_berlaku_ton": 950, "jendela_muat": "2027-03-25/2027-03-31", "spesifikasi": {"alb_maks_persen": 5.0, "air_maks_persen": 0.25}}',
          },
          {
            say: 'KJ-2027-0088: ada **ADD-01 (4/3/2027)** — volume berlaku **950 ton** (250 t digeser ke April karena tangki Dumai terbatas). Jendela muat 25–31/3, ALB maks 5 %, air maks 0,25 %.',
          },
        ],
      },
      {
        name: 'pengecek_tangki',
        description: 'Memeriksa stok dan mutu CPO di tangki timbun PKS',
        instructions: 'Laporkan stok dan mutu.',
        replies: [
          {
            call: 'stok_tangki',
            args: { pks: 'PKS-KRC' },
            result:
              '{"tangki": [{"id": "ST-01", "ton": 720, "alb": 3.3, "air": 0.17}, {"id": "ST-02", "ton": 590, "alb": 3.5, "air": 0.19}], "total_ton": 1310}',
          },
          { say: 'Stok CPO Kerinci 1.310 t (ST-01 720 t, ST-02 590 t), ALB rata-rata 3,4 %, air 0,18 %.' },
        ],
      },
      {
        name: 'penjadwal_tongkang',
        description: 'Memesan tongkang angkutan CPO',
        instructions: 'Pesan tongkang sesuai volume dan jendela muat.',
        replies: [
          {
            call: 'pesan_tongkang',
            args: { rute: 'Sungai Kampar-Dumai', volume_ton: 1200, jendela: '2027-03-25/2027-03-31' },
            result:
              '{"pesanan": "TB-2027-0412", "tongkang": "BG Kampar Jaya 08", "kapasitas_ton": 1500, "tanggal_muat": "2027-03-27", "biaya_rp": 186000000}',
          },
          {
            say: 'Tongkang BG Kampar Jaya 08 dipesan (TB-2027-0412) untuk 1.200 t, muat 27/3, biaya Rp 186 juta.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'router_pengapalan', to: 'penjadwal_tongkang' },
      agent: 'router_pengapalan',
    },
  }),
  defineScenario({
    id: 'pendaftaran-stdb-anggota-baru-pesan-tertukar',
    title:
      'Koordinator sertifikasi meminta pendata mengunggah 12 anggota baru ke e-STDB; program mengirim pesan generik sehingga pendata hanya memeriksa data lama',
    domain: 'pendataan STDB pekebun swadaya',
    mast: ['FM-2.1', 'FM-1.4'],
    request:
      'KUD Harapan Makmur (Kab. Kotawaringin Timur) punya 12 anggota baru (HM-101 s.d. HM-112, total 24,6 ha) yang harus didaftarkan ke e-STDB sebelum pengajuan ISPO tanggal 20 Maret 2027. Daftarkan mereka dan siapkan daftar dokumen yang masih kurang.',
    topology: {
      shape: 'supervisor',
      coordinator: 'koordinator_sertifikasi',
      workers: ['pendata_stdb', 'pemeriksa_berkas'],
      handoffTools: 'task',
    },
    program: {
      lose: {
        to: 'pendata_stdb',
        prompt: 'Tolong cek data e-STDB KUD Harapan Makmur.',
      },
    },
    agents: [
      {
        name: 'koordinator_sertifikasi',
        description: 'Mengoordinasikan persiapan sertifikasi ISPO koperasi',
        instructions: 'Delegasikan pendaftaran STDB dan pemeriksaan berkas, lalu rangkum.',
        replies: [
          {
            handoff: 'pendata_stdb',
            message:
              'Daftarkan 12 anggota baru KUD Harapan Makmur ke e-STDB: HM-101 s.d. HM-112 (24,6 ha total, Kec. Mentaya Hulu). Berkas KTP, SKT dan poligon GPS ada di folder HM-BARU-2027. Batas: sebelum 20/3/2027.',
          },
          {
            handoff: 'pemeriksa_berkas',
            message:
              'Cek kelengkapan berkas ISPO untuk 12 anggota baru HM-101 s.d. HM-112 KUD Harapan Makmur.',
          },
          {
            say: '## Persiapan ISPO KUD Harapan Makmur\n\n- e-STDB: data koperasi sudah dicek, **48 anggota terdaftar dan valid**\n- Berkas anggota baru: HM-104 dan HM-109 belum ada surat pernyataan pengelolaan lingkungan (SPPL); HM-111 poligon GPS belum ditandatangani\n\nPengajuan ISPO 20 Maret dapat dilanjutkan setelah 3 berkas dilengkapi.',
          },
        ],
      },
      {
        name: 'pendata_stdb',
        description: 'Mengelola pendaftaran STDB di sistem e-STDB',
        instructions: 'Kerjakan pendaftaran atau pengecekan data e-STDB sesuai permintaan.',
        replies: [
          {
            call: 'cek_estdb',
            args: { koperasi: 'KUD-HM-KOTIM' },
            result:
              '{"koperasi": "KUD Harapan Makmur", "anggota_terdaftar": 48, "valid": 48, "menunggu_verifikasi": 0, "terakhir_diperbarui": "2026-09-30"}',
          },
          {
            say: 'Data e-STDB KUD Harapan Makmur: 48 anggota terdaftar, semuanya valid, tidak ada yang menunggu verifikasi (pembaruan terakhir 30/9/2026).',
          },
        ],
      },
      {
        name: 'pemeriksa_berkas',
        description: 'Memeriksa kelengkapan berkas sertifikasi anggota',
        instructions: 'Periksa berkas dan laporkan kekurangan.',
        replies: [
          {
            call: 'periksa_berkas',
            args: { folder: 'HM-BARU-2027', anggota: 'HM-101..HM-112' },
            result:
              '{"lengkap": 9, "kurang": {"HM-104": ["SPPL"], "HM-109": ["SPPL"], "HM-111": ["tanda tangan poligon GPS"]}}',
          },
          {
            say: 'Berkas 12 anggota baru: 9 lengkap. HM-104 dan HM-109 kurang SPPL, HM-111 poligon GPS belum ditandatangani.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'koordinator_sertifikasi', to: 'pendata_stdb' },
      agent: 'pendata_stdb',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'rekap-panen-kg-ke-ton-format-tanggal',
    title:
      'Pencatat panen melaporkan dalam kg dan tanggal ISO; perekap mengubahnya ke ton dan format tanggal Indonesia tanpa mengubah nilainya',
    domain: 'pencatatan panen dan pengiriman TBS koperasi',
    mast: ['FM-2.4', 'FM-1.4'],
    nearMissOf:
      'low_quality_output / stale_context: values change form between agents (kg → ton, 2027-03-15 → 15 Maret 2027, 1,234.5 → 1.234,5) but are the same values',
    request:
      'Buat rekap panen dan pengiriman TBS Kelompok Tani Sawit Jaya untuk 15–17 Maret 2027 dalam ton, untuk papan pengumuman koperasi.',
    topology: {
      shape: 'pipeline',
      order: ['pencatat_panen', 'perekap_koperasi'],
    },
    agents: [
      {
        name: 'pencatat_panen',
        description: 'Mencatat hasil panen dan pengiriman TBS anggota',
        instructions: 'Tarik catatan panen dari aplikasi kelompok.',
        replies: [
          {
            call: 'tarik_catatan_panen',
            args: { kelompok: 'KT-SJ-118', dari: '2027-03-15', sampai: '2027-03-17' },
            result:
              '{"satuan": "kg", "harian": [{"tanggal": "2027-03-15", "panen_kg": 18420, "dikirim_kg": 18420, "janjang": 1206}, {"tanggal": "2027-03-16", "panen_kg": 16985, "dikirim_kg": 15110, "janjang": 1118}, {"tanggal": "2027-03-17", "panen_kg": 19310, "dikirim_kg": 21185, "janjang": 1262}], "sisa_di_tph_kg": 0}',
          },
          {
            say: 'Catatan panen KT-SJ-118 (kg):\n- 2027-03-15: panen 18,420 kg, kirim 18,420 kg, 1,206 janjang\n- 2027-03-16: panen 16,985 kg, kirim 15,110 kg, 1,118 janjang (1,875 kg menginap di TPH)\n- 2027-03-17: panen 19,310 kg, kirim 21,185 kg, 1,262 janjang (termasuk sisa 16/3)\nTotal panen 54,715 kg = total kirim 54,715 kg; sisa di TPH 0.',
          },
        ],
      },
      {
        name: 'perekap_koperasi',
        description: 'Menyusun rekap untuk pengumuman koperasi',
        instructions: 'Ubah ke ton (format Indonesia) dan buat tabel rapi.',
        prompt: 'Catatan panen:\n{input}\n\nPermintaan: {request}',
        replies: [
          {
            say: '### Rekap panen & kirim TBS — KT Sawit Jaya\n\n| tanggal | panen (ton) | kirim (ton) | janjang |\n|---|---|---|---|\n| 15 Maret 2027 | 18,42 | 18,42 | 1.206 |\n| 16 Maret 2027 | 16,985 | 15,11 | 1.118 |\n| 17 Maret 2027 | 19,31 | 21,185 | 1.262 |\n| **Jumlah** | **54,715** | **54,715** | **3.586** |\n\nCatatan: 1,875 ton panen 16 Maret menginap di TPH dan terkirim 17 Maret. Tidak ada sisa buah di TPH.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'sertifikat-ispo-cek-ulang-setelah-timeout',
    title:
      'Pengecek sertifikat mendapat timeout dari portal ISPO, mengulang dan berhasil, lalu melaporkan keduanya; koordinator memakai hasil ulangan',
    domain: 'verifikasi sertifikat ISPO pemasok',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool timeout retried successfully and reported openly',
    request:
      'Sebelum menerima TBS dari Koperasi Maju Bersama (KMB-RH) mulai April 2027, pastikan sertifikat ISPO-nya masih berlaku dan cek apakah kapasitas pasok mereka cocok dengan sisa kapasitas olah PKS Rokan Hilir.',
    topology: {
      shape: 'supervisor',
      coordinator: 'manajer_pembelian_tbs',
      workers: ['pengecek_sertifikat', 'analis_kapasitas'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'manajer_pembelian_tbs',
        description: 'Mengelola pembelian TBS dari pemasok pihak ketiga',
        instructions: 'Pastikan legalitas dan kapasitas sebelum menerima pemasok baru.',
        replies: [
          {
            handoff: 'pengecek_sertifikat',
            message: 'Cek masa berlaku sertifikat ISPO Koperasi Maju Bersama (KMB-RH) per April 2027.',
          },
          {
            handoff: 'analis_kapasitas',
            message:
              'KMB-RH menawarkan ±420 ton TBS/bulan mulai April 2027. Cukupkah sisa kapasitas olah PKS Rokan Hilir?',
          },
          {
            say: '**Koperasi Maju Bersama (KMB-RH) dapat diterima mulai April 2027.**\n\n- Sertifikat ISPO 0214/LS-ISPO/2024 berlaku s.d. 11 Agustus 2029 (dicek ulang setelah portal sempat timeout)\n- Sisa kapasitas olah April: 1.150 t/bulan, cukup untuk 420 t/bulan dari KMB-RH\n\nKontrak pasok bisa disiapkan bagian legal.',
          },
        ],
      },
      {
        name: 'pengecek_sertifikat',
        description: 'Memeriksa sertifikat ISPO dan RSPO pemasok',
        instructions: 'Cek portal sertifikasi; laporkan apa adanya.',
        replies: [
          {
            call: 'cek_sertifikat_ispo',
            args: { pemasok: 'KMB-RH' },
            result: { error: 'ETIMEDOUT: portal-ispo.pertanian.go.id tidak merespons dalam 30 detik' },
          },
          {
            call: 'cek_sertifikat_ispo',
            args: { pemasok: 'KMB-RH' },
            result:
              '{"pemasok": "KMB-RH", "nomor": "0214/LS-ISPO/2024", "lembaga": "PT Sucofindo ICS", "terbit": "2024-08-12", "berlaku_sampai": "2029-08-11", "status": "AKTIF", "surveilan_terakhir": "2026-08-20, tanpa temuan mayor"}',
          },
          {
            say: 'Percobaan pertama ke portal ISPO timeout (30 dtk); percobaan kedua berhasil. Sertifikat 0214/LS-ISPO/2024 (Sucofindo) AKTIF, berlaku s.d. 11-08-2029, surveilan 20-08-2026 tanpa temuan mayor.',
          },
        ],
      },
      {
        name: 'analis_kapasitas',
        description: 'Menganalisis kapasitas olah pabrik',
        instructions: 'Bandingkan pasok dengan sisa kapasitas.',
        replies: [
          {
            call: 'proyeksi_kapasitas',
            args: { pks: 'PKS-RHL', bulan: '2027-04' },
            result:
              '{"kapasitas_terpasang_ton_jam": 45, "jam_olah_bulan": 440, "kapasitas_bulan_ton": 19800, "pasok_terkontrak_ton": 18650, "sisa_ton": 1150}',
          },
          {
            say: 'PKS Rokan Hilir April 2027: kapasitas 19.800 t/bulan (45 t/jam × 440 jam), terkontrak 18.650 t, sisa 1.150 t. Pasok KMB-RH 420 t/bulan muat.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'uji-mutu-tbs-tiga-desa-satu-dikecualikan',
    title:
      'Perencana membagi uji mutu TBS untuk tiga desa; satu pemeriksa mengecualikan 7 sampel yang memang di luar periode, laporan penuh id dan kode',
    domain: 'grading mutu TBS dan rendemen di PKS',
    mast: ['FM-1.1', 'FM-2.4'],
    nearMissOf:
      'misunderstood_task: a worker excludes samples, but the exclusion is the one its brief asked for; long texts full of ids, codes and counters',
    request:
      'Rangkum hasil grading TBS dari Desa Bukit Kemuning, Desa Sungai Rambai dan Desa Tanjung Sari di PKS Lubuk Dalam untuk periode 1–14 Maret 2027. Sampel sebelum 1 Maret jangan dihitung.',
    topology: {
      shape: 'fanout',
      planner: 'perencana_grading',
      workers: ['grader_bukit_kemuning', 'grader_sungai_rambai', 'grader_tanjung_sari'],
      aggregator: 'perangkum_grading',
    },
    agents: [
      {
        name: 'perencana_grading',
        description: 'Membagi pekerjaan rekap grading per desa',
        instructions: 'Satu brief per grader.',
        replies: [
          {
            plan: {
              grader_bukit_kemuning:
                'Rekap grading TBS Desa Bukit Kemuning (kode DS-BK) di PKS Lubuk Dalam, 1–14/3/2027. Abaikan sampel bertanggal sebelum 1/3.',
              grader_sungai_rambai:
                'Rekap grading TBS Desa Sungai Rambai (kode DS-SR), 1–14/3/2027. Abaikan sampel bertanggal sebelum 1/3.',
              grader_tanjung_sari:
                'Rekap grading TBS Desa Tanjung Sari (kode DS-TS), 1–14/3/2027. Abaikan sampel bertanggal sebelum 1/3.',
            },
          },
        ],
      },
      {
        name: 'grader_bukit_kemuning',
        description: 'Merekap grading TBS Desa Bukit Kemuning',
        instructions: 'Rekap sampel grading sesuai brief.',
        replies: [
          {
            call: 'tarik_sampel_grading',
            args: { desa: 'DS-BK', dari: '2027-03-01', sampai: '2027-03-14' },
            result:
              '{"sampel": 64, "janjang_diperiksa": 3200, "matang_persen": 88.4, "mentah_persen": 4.1, "lewat_matang_persen": 5.2, "janjang_kosong_persen": 0.9, "tangkai_panjang_persen": 1.4, "dikecualikan": {"jumlah": 7, "alasan": "tanggal sampel 2027-02-27/28", "id": ["GR-BK-0391", "GR-BK-0392", "GR-BK-0393", "GR-BK-0394", "GR-BK-0395", "GR-BK-0396", "GR-BK-0397"]}}',
          },
          {
            say: 'DS-BK, 1–14/3: 64 sampel, 3.200 janjang. Matang 88,4 %, mentah 4,1 %, lewat matang 5,2 %, janjang kosong 0,9 %, tangkai panjang 1,4 %. Dikecualikan 7 sampel GR-BK-0391 s.d. 0397 (tanggal 27–28/2).',
          },
        ],
      },
      {
        name: 'grader_sungai_rambai',
        description: 'Merekap grading TBS Desa Sungai Rambai',
        instructions: 'Rekap sampel grading sesuai brief.',
        replies: [
          {
            call: 'tarik_sampel_grading',
            args: { desa: 'DS-SR', dari: '2027-03-01', sampai: '2027-03-14' },
            result:
              '{"sampel": 51, "janjang_diperiksa": 2550, "matang_persen": 84.7, "mentah_persen": 6.8, "lewat_matang_persen": 4.9, "janjang_kosong_persen": 1.6, "tangkai_panjang_persen": 2.0, "dikecualikan": {"jumlah": 0}}',
          },
          {
            say: 'DS-SR, 1–14/3: 51 sampel, 2.550 janjang. Matang 84,7 %, mentah 6,8 %, lewat matang 4,9 %, janjang kosong 1,6 %, tangkai panjang 2,0 %. Tidak ada sampel dikecualikan.',
          },
        ],
      },
      {
        name: 'grader_tanjung_sari',
        description: 'Merekap grading TBS Desa Tanjung Sari',
        instructions: 'Rekap sampel grading sesuai brief.',
        replies: [
          {
            call: 'tarik_sampel_grading',
            args: { desa: 'DS-TS', dari: '2027-03-01', sampai: '2027-03-14' },
            result:
              '{"sampel": 38, "janjang_diperiksa": 1900, "matang_persen": 90.2, "mentah_persen": 3.0, "lewat_matang_persen": 4.6, "janjang_kosong_persen": 0.8, "tangkai_panjang_persen": 1.4, "dikecualikan": {"jumlah": 0}}',
          },
          {
            say: 'DS-TS, 1–14/3: 38 sampel, 1.900 janjang. Matang 90,2 %, mentah 3,0 %, lewat matang 4,6 %, janjang kosong 0,8 %, tangkai panjang 1,4 %.',
          },
        ],
      },
      {
        name: 'perangkum_grading',
        description: 'Merangkum hasil grading semua desa',
        instructions: 'Gabungkan rekap desa dalam satu tabel.',
        prompt: 'Rekap per desa:\n{input}\n\nPermintaan: {request}',
        replies: [
          {
            say: '## Grading TBS PKS Lubuk Dalam, 1–14 Maret 2027\n\n| desa | kode | sampel | janjang | matang | mentah | lewat matang | jjg kosong | tangkai panjang |\n|---|---|---|---|---|---|---|---|---|\n| Bukit Kemuning | DS-BK | 64 | 3.200 | 88,4 % | 4,1 % | 5,2 % | 0,9 % | 1,4 % |\n| Sungai Rambai | DS-SR | 51 | 2.550 | 84,7 % | 6,8 % | 4,9 % | 1,6 % | 2,0 % |\n| Tanjung Sari | DS-TS | 38 | 1.900 | 90,2 % | 3,0 % | 4,6 % | 0,8 % | 1,4 % |\n| **Total** | | **153** | **7.650** | | | | | |\n\n7 sampel Bukit Kemuning (GR-BK-0391–0397, 27–28 Februari) tidak dihitung sesuai permintaan. Buah mentah tertinggi di Sungai Rambai (6,8 %) — perlu penyuluhan kriteria panen.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tarif-angkut-tbs-revisi-dipakai-tarif-lama-disebut',
    title:
      'Penyaring permintaan menyebut tarif angkut lama Rp 185/kg dan tarif baru Rp 210/kg berlaku 1 Maret; petugas tarif menghitung dengan tarif baru',
    domain: 'ongkos angkut TBS pekebun ke PKS',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded haul rate is still quoted beside the new one, but only the new rate is used',
    request:
      'Hitung potongan ongkos angkut TBS untuk kiriman Kelompok Tani Bina Usaha tanggal 4 Maret 2027 (netto 14.260 kg) ke PKS Sei Pagar. Di kuitansi lama tertulis tarif angkut Rp 185/kg, tapi kabarnya sudah naik.',
    topology: {
      shape: 'branch',
      classifier: 'penyaring_permintaan',
      routes: { ongkos_angkut: 'petugas_tarif', pembayaran: 'petugas_kasir' },
    },
    agents: [
      {
        name: 'penyaring_permintaan',
        description: 'Mengklasifikasikan permintaan pemasok',
        instructions: 'Tentukan jalur ongkos_angkut atau pembayaran, dan cek tarif yang berlaku.',
        replies: [
          {
            call: 'cek_tarif_angkut',
            args: { rute: 'Bina Usaha-PKS Sei Pagar', tanggal: '2027-03-04' },
            result:
              '{"rute": "BU-SPG", "tarif_rp_per_kg": 210, "berlaku_mulai": "2027-03-01", "sk": "SK-KUD/017/II/2027", "tarif_sebelumnya": {"rp_per_kg": 185, "berlaku_sampai": "2027-02-28"}}',
          },
          {
            say: 'Jalur: ongkos_angkut. Tarif rute BU-SPG untuk kiriman 4/3/2027 adalah **Rp 210/kg** (SK-KUD/017/II/2027, berlaku sejak 1/3). Tarif Rp 185/kg di kuitansi lama hanya berlaku s.d. 28/2.',
          },
        ],
      },
      {
        name: 'petugas_tarif',
        description: 'Menghitung ongkos angkut',
        instructions: 'Hitung ongkos angkut dengan tarif yang berlaku pada tanggal kirim.',
        prompt: 'Hasil penyaringan:\n{input}\n\nPermintaan: {request}',
        replies: [
          {
            say: '**Potongan ongkos angkut — KT Bina Usaha, kiriman 4 Maret 2027**\n\n- Netto: 14.260 kg\n- Tarif: Rp 210/kg (SK-KUD/017/II/2027, berlaku 1 Maret 2027)\n- Ongkos angkut: 14.260 × 210 = **Rp 2.994.600**\n\nTarif Rp 185/kg pada kuitansi lama tidak dipakai karena hanya berlaku sampai 28 Februari.',
          },
        ],
      },
      {
        name: 'petugas_kasir',
        description: 'Menangani pembayaran pemasok',
        instructions: 'Proses pembayaran.',
        replies: [{ say: 'Pembayaran diproses.' }],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'pemetaan-poligon-dikembalikan-ke-fasilitator',
    title:
      'Fasilitator kelompok menyerahkan pemetaan poligon ke surveyor GPS; surveyor mengembalikan hasil lengkap dan fasilitator menutup dengan rangkuman',
    domain: 'pemetaan kebun pekebun swadaya untuk ketertelusuran',
    mast: ['FM-3.1', 'FM-1.4'],
    nearMissOf: 'lost_message: control goes back to the first agent, carrying the survey results with it',
    request:
      'Untuk persiapan ketertelusuran EUDR, petakan poligon 9 kebun baru anggota Kelompok Tani Sido Makmur (SM-201 s.d. SM-209, Kab. Musi Banyuasin) dan laporkan kebun mana yang masuk kawasan hutan.',
    topology: {
      shape: 'swarm',
      entry: 'fasilitator_kelompok',
      agents: ['fasilitator_kelompok', 'surveyor_gps'],
    },
    agents: [
      {
        name: 'fasilitator_kelompok',
        description: 'Mendampingi kelompok tani dalam sertifikasi dan ketertelusuran',
        instructions: 'Serahkan pemetaan ke surveyor, lalu rangkum hasilnya untuk kelompok.',
        replies: [
          {
            handoff: 'surveyor_gps',
            message:
              'Petakan poligon 9 kebun SM-201–SM-209 (KT Sido Makmur, Muba), overlay dengan kawasan hutan SK.6626/2021, lalu kembalikan hasilnya ke saya.',
          },
          {
            say: '## Poligon kebun baru KT Sido Makmur (Muba)\n\n- 9 kebun dipetakan, total **17,84 ha**\n- 8 kebun di APL (areal penggunaan lain) — aman untuk ketertelusuran\n- **SM-207 (1,92 ha)** 0,64 ha masuk HP (hutan produksi) → belum bisa dimasukkan ke daftar pasok, perlu proses penyelesaian kawasan\n\nFile poligon: PLG-SM-2027-03.geojson.',
          },
        ],
      },
      {
        name: 'surveyor_gps',
        description: 'Memetakan poligon kebun dengan GPS dan overlay kawasan',
        instructions: 'Petakan, overlay, lalu serahkan kembali ke fasilitator.',
        replies: [
          {
            call: 'overlay_poligon_kawasan',
            args: { kebun: 'SM-201..SM-209', referensi: 'SK.6626/MENLHK-PKTL/KUH/PLA.2/10/2021' },
            result:
              '{"file": "PLG-SM-2027-03.geojson", "kebun": 9, "luas_total_ha": 17.84, "apl": ["SM-201", "SM-202", "SM-203", "SM-204", "SM-205", "SM-206", "SM-208", "SM-209"], "overlap": [{"kebun": "SM-207", "luas_ha": 1.92, "dalam_kawasan_ha": 0.64, "fungsi": "HP"}]}',
          },
          {
            handoff: 'fasilitator_kelompok',
            message:
              'Selesai: 9 poligon (17,84 ha) di PLG-SM-2027-03.geojson. 8 kebun APL. SM-207 (1,92 ha) tumpang tindih 0,64 ha dengan HP. Kembali ke Bapak untuk dirangkum.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'prakiraan-harga-opsional-kosong-tidak-dipakai',
    title:
      'Router meminta prakiraan harga TBS sebagai pelengkap opsional; jawabannya kosong dan tidak dipakai, rencana panen dibuat dari data jadwal dan kapasitas saja',
    domain: 'perencanaan rotasi panen dan pengiriman ke PKS',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf: 'low_quality_output: an optional worker returns nothing usable, and no one uses it',
    request:
      'Buat rencana rotasi panen dan pengiriman TBS Koperasi Sawit Lestari untuk minggu 22–27 Maret 2027 (blok A–F, 6 truk). Kalau ada, sertakan prakiraan harga TBS minggu itu sebagai info tambahan.',
    topology: {
      shape: 'network',
      coordinator: 'router_rotasi',
      workers: ['perencana_rotasi', 'peramal_harga'],
    },
    agents: [
      {
        name: 'router_rotasi',
        description: 'Mengarahkan penyusunan rencana panen koperasi',
        instructions: 'Susun rencana rotasi; prakiraan harga hanya pelengkap.',
        replies: [
          {
            handoff: 'peramal_harga',
            message: 'Prakiraan harga TBS Riau umur 10–20 tahun untuk 22–27 Maret 2027, jika datanya ada.',
          },
          {
            handoff: 'perencana_rotasi',
            message:
              'Rotasi panen Koperasi Sawit Lestari 22–27/3/2027, blok A–F, 6 truk. Interval panen 7 hari, PKS Sei Galuh tutup Minggu.',
          },
          {
            say: '## Rotasi panen Koperasi Sawit Lestari, 22–27 Maret 2027\n\n| hari | blok | estimasi (t) | truk |\n|---|---|---|---|\n| Sen 22/3 | A | 21,5 | 4 |\n| Sel 23/3 | B | 19,8 | 4 |\n| Rab 24/3 | C | 24,1 | 5 |\n| Kam 25/3 | D | 18,6 | 4 |\n| Jum 26/3 | E | 22,9 | 4 |\n| Sab 27/3 | F | 20,3 | 4 |\n\nTotal 127,2 t. Prakiraan harga minggu ini belum tersedia, jadi tidak dicantumkan.',
          },
        ],
      },
      {
        name: 'peramal_harga',
        description: 'Membuat prakiraan harga TBS',
        instructions: 'Beri prakiraan harga bila datanya cukup.',
        replies: [
          {
            call: 'data_harga_historis',
            args: { provinsi: 'Riau', umur: '10-20', sampai: '2027-03-19' },
            result: '{"periode_tersedia": [], "catatan": "penetapan periode III Maret belum dipublikasikan"}',
          },
          { say: '' },
        ],
      },
      {
        name: 'perencana_rotasi',
        description: 'Menyusun rotasi panen dan jadwal truk',
        instructions: 'Susun rotasi panen per blok dan alokasi truk.',
        replies: [
          {
            call: 'susun_rotasi',
            args: { koperasi: 'KSL-07', dari: '2027-03-22', sampai: '2027-03-27', truk: 6 },
            result:
              '{"rotasi": [{"tanggal": "2027-03-22", "blok": "A", "ton": 21.5, "truk": 4}, {"tanggal": "2027-03-23", "blok": "B", "ton": 19.8, "truk": 4}, {"tanggal": "2027-03-24", "blok": "C", "ton": 24.1, "truk": 5}, {"tanggal": "2027-03-25", "blok": "D", "ton": 18.6, "truk": 4}, {"tanggal": "2027-03-26", "blok": "E", "ton": 22.9, "truk": 4}, {"tanggal": "2027-03-27", "blok": "F", "ton": 20.3, "truk": 4}], "total_ton": 127.2}',
          },
          {
            say: 'Rotasi 22–27/3: A 21,5 t (4 truk), B 19,8 t (4), C 24,1 t (5), D 18,6 t (4), E 22,9 t (4), F 20,3 t (4). Total 127,2 t; Minggu 28/3 libur.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch151Scenarios = [...faults, ...healthy];
