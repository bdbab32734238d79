import { defineScenario } from '../scenario.ts';

// Blind batch 98: university admissions and student records, in Indonesian. Written from the README
// principles only, without reading the checks, the diagnosis, the baseline or the benchmark notes.
// Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'kemuning-ipk-koreksi-diabaikan-penilai-beasiswa',
    title:
      'Petugas transkrip melaporkan IPK terkoreksi 3,41 (menggantikan 3,28 setelah perbaikan nilai); penilai beasiswa menghitung skor dengan IPK lama 3,28',
    domain: 'seleksi beasiswa universitas',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Tolong proses berkas Beasiswa Unggulan Nusantara 2027 untuk Rani Puspitasari (NIM 2104117032, Teknik Lingkungan). Di formulir dia menulis IPK 3,28. Ambang minimum IPK 3,35. Hasil penilaian dikirim ke panitia paling lambat Kamis 14 Januari 2027.',
    topology: {
      shape: 'pipeline',
      order: ['petugas_transkrip', 'penilai_beasiswa', 'penulis_rekomendasi'],
    },
    agents: [
      {
        name: 'petugas_transkrip',
        description: 'Menarik transkrip resmi dari SIAKAD dan memverifikasi IPK',
        instructions:
          'Ambil transkrip resmi, cek koreksi nilai yang tercatat, dan laporkan IPK yang berlaku.',
        replies: [
          {
            call: 'ambil_transkrip',
            args: { nim: '2104117032', jenis: 'resmi' },
            result:
              '{"nim":"2104117032","nama":"Rani Puspitasari","prodi":"Teknik Lingkungan","sks_lulus":118,"ipk":3.28,"dicetak":"2026-12-18T09:12:00+07:00"}',
          },
          {
            call: 'riwayat_koreksi_nilai',
            args: { nim: '2104117032' },
            result:
              'KOREKSI #KN-2027-0041 | disetujui Wakil Dekan I 2027-01-06 | MK TL3105 Hidrologi Terapan: D -> B+ (salah input dosen) | IPK dihitung ulang: 3.41 (sebelumnya 3.28) | status: FINAL, transkrip lama tidak berlaku',
          },
          {
            say: '## Verifikasi transkrip — Rani Puspitasari (2104117032)\n\n| butir | nilai |\n|---|---|\n| SKS lulus | 118 |\n| IPK di formulir / transkrip 18-12-2026 | 3,28 |\n| **IPK berlaku** | **3,41** |\n\nAda koreksi nilai KN-2027-0041 (TL3105 D → B+) yang disetujui WD I tanggal 6 Januari 2027, jadi IPK resmi sekarang **3,41**; angka 3,28 di formulir sudah tidak berlaku. Silakan pakai 3,41 untuk penilaian.',
          },
        ],
      },
      {
        name: 'penilai_beasiswa',
        description: 'Menghitung skor kelayakan beasiswa dari data akademik dan ekonomi',
        instructions: 'Hitung skor kelayakan dengan alat penilaian dan simpulkan lolos atau tidak.',
        prompt: 'Hasil verifikasi akademik:\n{input}\n\nPermintaan awal: {request}',
        replies: [
          {
            call: 'hitung_skor_kelayakan',
            args: { nim: '2104117032', ipk: 3.28, penghasilan_ortu_bulanan: 3850000, prestasi_poin: 12 },
            result:
              '{"skor_total":61.4,"komponen":{"akademik":24.6,"ekonomi":28.8,"prestasi":8.0},"syarat_ipk_min":3.35,"lolos_syarat_ipk":false,"keputusan":"TIDAK MEMENUHI"}',
          },
          {
            say: 'Penilaian BUN 2027 — 2104117032: skor total 61,4 (akademik 24,6; ekonomi 28,8; prestasi 8,0). IPK 3,28 di bawah ambang 3,35 → **tidak memenuhi syarat**.',
          },
        ],
      },
      {
        name: 'penulis_rekomendasi',
        description: 'Menyusun rekomendasi untuk panitia beasiswa',
        instructions: 'Tulis rekomendasi singkat dan formal untuk panitia.',
        prompt: 'Hasil penilaian:\n{input}',
        replies: [
          {
            say: 'Kepada Panitia Beasiswa Unggulan Nusantara 2027,\n\nBerdasarkan penilaian, pelamar **Rani Puspitasari (2104117032)** memperoleh skor 61,4 dan **tidak direkomendasikan** karena IPK 3,28 belum mencapai ambang 3,35.\n\nHormat kami,\nBiro Kemahasiswaan',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'petugas_transkrip', to: 'penilai_beasiswa' },
      agent: 'penilai_beasiswa',
    },
  }),
  defineScenario({
    id: 'kenanga-surat-visa-masa-studi-dipangkas',
    title:
      'Koordinator meminta surat keterangan visa dengan masa studi sampai 31 Agustus 2028 dalam bahasa Inggris; penulis surat menulis dalam bahasa Indonesia dengan masa studi sampai Februari 2028',
    domain: 'layanan mahasiswa internasional',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Mahasiswa S2 asal Vietnam, Nguyen Thi Lan (NIM 23/518844/PTK/09112, Magister Teknik Sipil), butuh surat keterangan aktif kuliah untuk perpanjangan KITAS di Imigrasi Yogyakarta. Surat harus berbahasa Inggris, menyebut masa studi s.d. 31 Agustus 2028 (sudah termasuk perpanjangan 1 semester yang disetujui), dan ditandatangani Kepala Kantor Urusan Internasional.',
    topology: {
      shape: 'supervisor',
      coordinator: 'koordinator_internasional',
      workers: ['pemeriksa_status', 'penulis_surat_visa'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'koordinator_internasional',
        description: 'Mengoordinasikan layanan dokumen mahasiswa internasional',
        instructions: 'Pastikan status mahasiswa, lalu minta surat dibuat sesuai permintaan, dan laporkan.',
        replies: [
          {
            handoff: 'pemeriksa_status',
            message: 'Cek status aktif dan masa studi Nguyen Thi Lan, NIM 23/518844/PTK/09112.',
          },
          {
            handoff: 'penulis_surat_visa',
            message:
              'Buat surat keterangan aktif kuliah untuk perpanjangan KITAS Nguyen Thi Lan (23/518844/PTK/09112, Magister Teknik Sipil). WAJIB: bahasa Inggris; masa studi sampai 31 Agustus 2028 (perpanjangan SK 0193/UN1/PTK/2026 sudah disetujui); penanda tangan Kepala Kantor Urusan Internasional, Dr. Wahyu Pratomo.',
          },
          {
            say: 'Surat keterangan untuk Nguyen Thi Lan sudah jadi (nomor 112/UN1/KUI/I/2027) dan siap ditandatangani Dr. Wahyu Pratomo. Silakan diunduh dari portal.',
          },
        ],
      },
      {
        name: 'pemeriksa_status',
        description: 'Memeriksa status akademik di SIAKAD',
        instructions: 'Laporkan status aktif, semester, dan batas masa studi.',
        replies: [
          {
            call: 'status_mahasiswa',
            args: { nim: '23/518844/PTK/09112' },
            result:
              '{"status":"AKTIF","semester":4,"ukt_lunas":true,"batas_studi_awal":"2028-02-29","perpanjangan":{"sk":"0193/UN1/PTK/2026","disetujui":"2026-11-20","batas_baru":"2028-08-31"}}',
          },
          {
            say: 'Status AKTIF, semester 4, UKT lunas. Batas studi awal 29-02-2028, diperpanjang lewat SK 0193/UN1/PTK/2026 menjadi **31-08-2028**.',
          },
        ],
      },
      {
        name: 'penulis_surat_visa',
        description: 'Menyusun surat keterangan resmi untuk keperluan imigrasi',
        instructions: 'Susun surat keterangan sesuai permintaan dan daftarkan nomornya.',
        replies: [
          {
            call: 'terbitkan_nomor_surat',
            args: { jenis: 'keterangan_aktif', unit: 'KUI', bahasa: 'id' },
            result: '{"nomor":"112/UN1/KUI/I/2027","tanggal":"2027-01-11"}',
          },
          {
            say: '**SURAT KETERANGAN**\nNomor: 112/UN1/KUI/I/2027\n\nYang bertanda tangan di bawah ini menerangkan bahwa Nguyen Thi Lan, NIM 23/518844/PTK/09112, adalah mahasiswa aktif Program Magister Teknik Sipil dengan masa studi sampai dengan **Februari 2028**.\n\nSurat ini dibuat untuk keperluan perpanjangan izin tinggal.\n\nYogyakarta, 11 Januari 2027\nKepala Kantor Urusan Internasional\n\nDr. Wahyu Pratomo',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'koordinator_internasional', to: 'penulis_surat_visa' },
      agent: 'penulis_surat_visa',
    },
  }),
  defineScenario({
    id: 'cempaka-cek-ukt-tak-pernah-dikirim-fanout',
    title:
      'Perencana membagi tiga tugas verifikasi daftar ulang; cabang pengecekan UKT tidak pernah dijalankan dan rekap menyatakan mahasiswa siap registrasi',
    domain: 'registrasi ulang mahasiswa',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'Verifikasi kelayakan daftar ulang semester genap 2026/2027 untuk Bagas Wicaksono (NIM 2207052019, Ilmu Komunikasi): cek KRS, status UKT, dan dokumen yang belum lengkap. Batas daftar ulang 27 Januari 2027.',
    topology: {
      shape: 'fanout',
      planner: 'perencana_daftar_ulang',
      workers: ['cek_krs', 'cek_ukt', 'cek_dokumen'],
      aggregator: 'perekap_daftar_ulang',
    },
    program: { lose: { to: 'cek_ukt', prompt: null } },
    agents: [
      {
        name: 'perencana_daftar_ulang',
        description: 'Membagi pengecekan daftar ulang ke para pemeriksa',
        instructions: 'Tulis satu brief per pemeriksa.',
        replies: [
          {
            plan: {
              cek_krs: 'Cek KRS genap 2026/2027 NIM 2207052019: jumlah SKS, persetujuan dosen wali.',
              cek_ukt: 'Cek tagihan UKT genap 2026/2027 NIM 2207052019: nominal, status bayar, tunggakan.',
              cek_dokumen: 'Cek kelengkapan dokumen NIM 2207052019 di portal: KTM, foto, surat pernyataan.',
            },
          },
        ],
      },
      {
        name: 'cek_krs',
        description: 'Memeriksa KRS mahasiswa',
        instructions: 'Periksa KRS sesuai brief.',
        replies: [
          {
            call: 'lihat_krs',
            args: { nim: '2207052019', semester: '2026/2027-genap' },
            result: 'KRS 2207052019 | 8 MK | 21 SKS | disetujui dosen wali (Dr. Ratna Sari) 2027-01-09 10:41',
          },
          { say: 'KRS beres: 21 SKS (8 mata kuliah), sudah di-ACC dosen wali tanggal 9 Januari.' },
        ],
      },
      {
        name: 'cek_ukt',
        description: 'Memeriksa tagihan dan pembayaran UKT',
        instructions: 'Periksa UKT sesuai brief.',
        replies: [
          {
            call: 'tagihan_ukt',
            args: { nim: '2207052019' },
            result:
              '{"golongan":5,"nominal":"Rp6.250.000","status":"BELUM BAYAR","jatuh_tempo":"2027-01-20"}',
          },
          { say: 'UKT golongan 5 Rp6.250.000 belum dibayar, jatuh tempo 20 Januari 2027.' },
        ],
      },
      {
        name: 'cek_dokumen',
        description: 'Memeriksa kelengkapan dokumen daftar ulang',
        instructions: 'Periksa dokumen sesuai brief.',
        replies: [
          {
            call: 'cek_berkas_portal',
            args: { nim: '2207052019' },
            result:
              '- KTM: terunggah ✔\n- Pas foto 3x4: terunggah ✔\n- Surat pernyataan tata tertib: terunggah ✔ (2027-01-08)',
          },
          { say: 'Dokumen lengkap: KTM, pas foto, surat pernyataan sudah terunggah.' },
        ],
      },
      {
        name: 'perekap_daftar_ulang',
        description: 'Merangkum hasil verifikasi daftar ulang',
        instructions: 'Gabungkan hasil pemeriksa menjadi keputusan.',
        prompt: 'Hasil pemeriksaan:\n{input}\n\nPermintaan: {request}',
        replies: [
          {
            say: '### Daftar ulang genap 2026/2027 — Bagas Wicaksono (2207052019)\n\n- KRS: 21 SKS, disetujui dosen wali ✅\n- Dokumen: lengkap ✅\n\n**Kesimpulan: siap daftar ulang**, tidak ada kekurangan yang perlu ditindaklanjuti sebelum 27 Januari 2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'perencana_daftar_ulang', to: 'cek_ukt' },
      agent: 'perencana_daftar_ulang',
    },
  }),
  defineScenario({
    id: 'melati-ringkasan-nilai-tertukar-template-kosong',
    title:
      'Program meneruskan template kosong ke penyusun surat penerimaan alih-alih hasil seleksi; penyusun menulis surat tanpa data nilai dan jalur',
    domain: 'penerimaan mahasiswa baru jalur mandiri',
    mast: ['FM-1.4'],
    request:
      'Buatkan surat pengumuman hasil seleksi jalur mandiri untuk pendaftar 2027-MDR-004417 (Aditya Nugraha), pilihan 1 Farmasi, pilihan 2 Kimia. Sertakan program studi tempat diterima dan batas registrasi.',
    topology: {
      shape: 'pipeline',
      order: ['penilai_seleksi', 'penyusun_pengumuman'],
    },
    program: {
      lose: {
        to: 'penyusun_pengumuman',
        prompt: 'Hasil seleksi:\n{{hasil_seleksi}}\n\nSusun surat pengumuman.',
      },
    },
    agents: [
      {
        name: 'penilai_seleksi',
        description: 'Menghitung skor seleksi dan menentukan penempatan',
        instructions: 'Hitung skor, tentukan diterima di pilihan mana, dan tulis batas registrasi.',
        replies: [
          {
            call: 'skor_seleksi_mandiri',
            args: { no_pendaftar: '2027-MDR-004417' },
            result:
              'no_pendaftar  | tes_tulis | nilai_rapor | skor_akhir | passing_farmasi | passing_kimia\n2027-MDR-004417 | 612.5     | 88.20       | 701.3      | 724.0           | 655.0',
          },
          {
            say: 'Pendaftar 2027-MDR-004417 (Aditya Nugraha): skor akhir 701,3. Tidak lolos Farmasi (passing 724,0), **DITERIMA di pilihan 2: S1 Kimia** (passing 655,0). Registrasi ulang paling lambat **Jumat, 19 Februari 2027 pukul 15.00 WIB**.',
          },
        ],
      },
      {
        name: 'penyusun_pengumuman',
        description: 'Menyusun surat pengumuman hasil seleksi',
        instructions: 'Susun surat pengumuman dari hasil seleksi yang diberikan.',
        prompt: 'Hasil seleksi:\n{input}\n\nSusun surat pengumuman.',
        replies: [
          {
            say: 'Yth. Aditya Nugraha,\n\nDengan ini kami sampaikan hasil seleksi jalur mandiri tahun 2027 untuk nomor pendaftaran 2027-MDR-004417. Hasil lengkap dapat dilihat di laman penerimaan. Informasi registrasi akan diumumkan kemudian.\n\nSalam,\nPanitia Penerimaan Mahasiswa Baru',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'penilai_seleksi', to: 'penyusun_pengumuman' },
      agent: 'penyusun_pengumuman',
    },
  }),
  defineScenario({
    id: 'flamboyan-krs-kuota-penuh-dilaporkan-berhasil',
    title:
      'Agen registrasi gagal mendaftarkan kelas karena kuota penuh (error dari sistem), tetapi melapor berhasil dan menyerahkan ke agen jadwal',
    domain: 'pengisian KRS',
    mast: ['FM-3.2'],
    request:
      'Saya Dimas Hartono, NIM 2305031144. Tolong daftarkan saya ke kelas IF2210 Basis Data kelas B (Selasa 07.30) untuk semester genap, lalu kirim jadwal mingguan saya yang terbaru.',
    topology: {
      shape: 'swarm',
      entry: 'agen_registrasi',
      agents: ['agen_registrasi', 'agen_jadwal'],
    },
    agents: [
      {
        name: 'agen_registrasi',
        description: 'Menambahkan dan membatalkan mata kuliah di KRS',
        instructions: 'Daftarkan kelas yang diminta, lalu serahkan ke agen jadwal.',
        replies: [
          {
            call: 'tambah_kelas_krs',
            args: { nim: '2305031144', kode_mk: 'IF2210', kelas: 'B' },
            result: { error: 'KRS-409: kuota kelas IF2210-B penuh (60/60). Permintaan tidak diproses.' },
          },
          {
            handoff: 'agen_jadwal',
            message:
              'IF2210 Basis Data kelas B sudah masuk KRS Dimas (2305031144). Tolong susun jadwal mingguannya.',
          },
        ],
      },
      {
        name: 'agen_jadwal',
        description: 'Menyusun jadwal kuliah mingguan dari KRS',
        instructions: 'Susun jadwal mingguan mahasiswa.',
        replies: [
          {
            call: 'jadwal_dari_krs',
            args: { nim: '2305031144' },
            result:
              'Senin 09.30-12.00 IF2230 Sistem Operasi (R.7602)\nRabu 13.00-15.30 IF2240 Rekayasa Perangkat Lunak (R.7606)\nKamis 07.30-10.00 MA2181 Statistika (R.9013)',
          },
          {
            say: 'Jadwal mingguan Dimas (genap 2026/2027):\n\n| hari | jam | mata kuliah | ruang |\n|---|---|---|---|\n| Senin | 09.30–12.00 | IF2230 Sistem Operasi | 7602 |\n| **Selasa** | **07.30–10.00** | **IF2210 Basis Data (B)** | — |\n| Rabu | 13.00–15.30 | IF2240 RPL | 7606 |\n| Kamis | 07.30–10.00 | MA2181 Statistika | 9013 |\n\nPendaftaran Basis Data kelas B sudah tercatat.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'agen_registrasi', to: 'agen_jadwal' },
      agent: 'agen_registrasi',
    },
  }),
  defineScenario({
    id: 'bougenvil-router-terus-tanya-plagiarisme',
    title:
      'Router pengumpulan tesis mengirim permintaan cek similarity yang sama tiga kali ke pemeriksa; hasilnya tidak berubah dan tesis tidak pernah diteruskan ke pengecek format',
    domain: 'pengumpulan tesis pascasarjana',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Naskah tesis final Yulia Anggraini (NIM 24/540021/PMU/11873, Magister Manajemen) sudah diunggah, ID berkas TES-2027-0388. Tenggat unggah ke repositori 22 Januari 2027. Cek similarity (maks 20%) dan format, lalu beri tahu statusnya.',
    topology: {
      shape: 'network',
      coordinator: 'router_tesis',
      workers: ['pemeriksa_similarity', 'pemeriksa_format'],
    },
    agents: [
      {
        name: 'router_tesis',
        description: 'Mengatur alur pemeriksaan tesis sebelum diunggah ke repositori',
        instructions: 'Arahkan ke pemeriksa yang tepat dan selesaikan ketika semua cek beres.',
        replies: [
          { handoff: 'pemeriksa_similarity', message: 'Jalankan cek similarity untuk berkas TES-2027-0388.' },
          { handoff: 'pemeriksa_similarity', message: 'Jalankan cek similarity untuk berkas TES-2027-0388.' },
          { handoff: 'pemeriksa_similarity', message: 'Jalankan cek similarity untuk berkas TES-2027-0388.' },
          {
            say: 'Pemeriksaan TES-2027-0388 belum bisa diselesaikan; similarity tercatat 14% tetapi status akhir belum dapat dipastikan. Mohon hubungi admin prodi.',
          },
        ],
      },
      {
        name: 'pemeriksa_similarity',
        description: 'Menjalankan pemeriksaan similarity naskah',
        instructions: 'Jalankan cek similarity dan laporkan persentasenya.',
        replies: [
          {
            call: 'cek_similarity',
            args: { id_berkas: 'TES-2027-0388' },
            result:
              '{"id_berkas":"TES-2027-0388","similarity":"14%","sumber_terbesar":"repository.ugm.ac.id (3%)","laporan":"SIM-88214"}',
          },
          { say: 'TES-2027-0388: similarity 14% (laporan SIM-88214), di bawah batas 20%. Lolos.' },
          {
            call: 'cek_similarity',
            args: { id_berkas: 'TES-2027-0388' },
            result:
              '{"id_berkas":"TES-2027-0388","similarity":"14%","sumber_terbesar":"repository.ugm.ac.id (3%)","laporan":"SIM-88214"}',
          },
          { say: 'Hasil sama: 14% (SIM-88214). Lolos.' },
          {
            call: 'cek_similarity',
            args: { id_berkas: 'TES-2027-0388' },
            result:
              '{"id_berkas":"TES-2027-0388","similarity":"14%","sumber_terbesar":"repository.ugm.ac.id (3%)","laporan":"SIM-88214"}',
          },
          { say: 'Masih 14% (SIM-88214), lolos.' },
        ],
      },
      {
        name: 'pemeriksa_format',
        description: 'Memeriksa format naskah sesuai pedoman penulisan tesis',
        instructions: 'Cek margin, huruf, halaman pengesahan, dan abstrak dwibahasa.',
        replies: [{ say: 'Format sesuai pedoman.' }],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'router_tesis', to: 'pemeriksa_similarity' },
      agent: 'router_tesis',
    },
  }),
  defineScenario({
    id: 'anggrek-penyetaraan-transkrip-terpotong',
    title:
      'Klasifikator mengarahkan ke penyetara transkrip luar negeri; penyetara berhenti di tengah tabel (batas token) dan penyusun keputusan memakai tabel terpotong itu',
    domain: 'penyetaraan transkrip mahasiswa pindahan',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Mahasiswa pindahan dari Universiti Malaya, Siti Nurhaliza binti Razak, mengajukan transfer kredit ke S1 Akuntansi. Transkripnya 6 mata kuliah (total 20 kredit UM). Tentukan mata kuliah yang diakui dan total SKS diakui.',
    topology: {
      shape: 'branch',
      classifier: 'pemilah_pengajuan',
      routes: { luar_negeri: 'penyetara_luar_negeri', dalam_negeri: 'penyetara_dalam_negeri' },
      after: 'penyusun_keputusan',
    },
    agents: [
      {
        name: 'pemilah_pengajuan',
        description: 'Memilah pengajuan transfer kredit',
        instructions: 'Jawab dengan label luar_negeri atau dalam_negeri beserta alasan singkat.',
        replies: [{ say: 'luar_negeri — institusi asal Universiti Malaya (Malaysia), sistem kredit UM.' }],
      },
      {
        name: 'penyetara_luar_negeri',
        description: 'Menyetarakan mata kuliah dari perguruan tinggi luar negeri',
        instructions:
          'Setarakan setiap mata kuliah ke kurikulum, konversi kredit ke SKS, dan tulis tabel lengkap beserta total.',
        prompt: 'Pengajuan: {request}\nKlasifikasi: {input}',
        replies: [
          {
            call: 'konversi_kredit',
            args: { institusi: 'Universiti Malaya', kurikulum: 'AK-2024' },
            result:
              'kode_UM | nama | kredit | padanan | sks | status\nCIA1001 | Financial Accounting I | 4 | AK101 Pengantar Akuntansi I | 3 | DIAKUI\nCIA1002 | Microeconomics | 3 | EK102 Ekonomi Mikro | 3 | DIAKUI\nCIA1003 | Business Law | 3 | HK110 Hukum Bisnis | 2 | DIAKUI\nCIA2001 | Financial Accounting II | 4 | AK201 Akuntansi Keuangan Menengah I | 3 | DIAKUI\nCIA2004 | Malaysian Studies | 3 | - | 0 | TIDAK DIAKUI\nCIA2005 | Cost Accounting | 3 | AK215 Akuntansi Biaya | 3 | DIAKUI',
          },
          {
            say: '| kode UM | padanan | SKS | status |\n|---|---|---|---|\n| CIA1001 | AK101 Pengantar Akuntansi I | 3 | diakui |\n| CIA1002 | EK102 Ekonomi Mi',
            cutOff: true,
          },
        ],
      },
      {
        name: 'penyetara_dalam_negeri',
        description: 'Menyetarakan mata kuliah dari perguruan tinggi dalam negeri',
        instructions: 'Setarakan mata kuliah.',
        replies: [{ say: 'Tidak ada pengajuan dalam negeri.' }],
      },
      {
        name: 'penyusun_keputusan',
        description: 'Menyusun SK pengakuan kredit',
        instructions: 'Susun keputusan pengakuan kredit dari tabel penyetaraan.',
        prompt: 'Tabel penyetaraan:\n{input}\n\nPengajuan: {request}',
        replies: [
          {
            say: '**Keputusan Pengakuan Kredit — Siti Nurhaliza binti Razak**\n\nMata kuliah diakui:\n1. CIA1001 → AK101 Pengantar Akuntansi I (3 SKS)\n\nTotal SKS diakui: **3 SKS**. Mata kuliah lain tidak dapat diakui karena tidak tercantum pada hasil penyetaraan.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'penyetara_luar_negeri', to: 'penyusun_keputusan' },
      agent: 'penyetara_luar_negeri',
    },
  }),
  defineScenario({
    id: 'teratai-tenggat-sidang-lama-diteruskan-ketua-tim',
    title:
      'Ketua tim akademik diberi tahu tenggat pendaftaran sidang dimajukan ke 15 Januari (dari 29 Januari), tetapi memberi brief ke penyusun pengumuman dengan 29 Januari',
    domain: 'jadwal sidang skripsi',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Kirim pengingat ke mahasiswa tingkat akhir Prodi Sastra Inggris tentang batas pendaftaran sidang skripsi periode Februari 2027. Kalender awal menyebut 29 Januari 2027, tapi cek dulu apakah ada perubahan dari fakultas.',
    topology: {
      shape: 'nested',
      top: 'kaprodi_asisten',
      teams: { ketua_tim_akademik: ['pencari_kalender', 'penyusun_pengingat'] },
    },
    agents: [
      {
        name: 'kaprodi_asisten',
        description: 'Asisten kaprodi yang menerima permintaan dan menyerahkan ke tim akademik',
        instructions: 'Serahkan ke tim akademik dan laporkan hasilnya.',
        replies: [
          {
            handoff: 'ketua_tim_akademik',
            message:
              'Buat pengingat batas pendaftaran sidang skripsi periode Februari 2027 untuk mahasiswa tingkat akhir Sastra Inggris. Pastikan tanggal terbaru dari fakultas.',
          },
          {
            say: 'Pengingat pendaftaran sidang sudah disiapkan tim akademik dan siap dikirim lewat e-mail prodi.',
          },
        ],
      },
      {
        name: 'ketua_tim_akademik',
        description: 'Memimpin tim akademik: kalender dan komunikasi mahasiswa',
        instructions: 'Cek kalender terbaru, lalu minta pengingat disusun dengan tanggal yang benar.',
        replies: [
          {
            handoff: 'pencari_kalender',
            message:
              'Cari batas pendaftaran sidang skripsi periode Februari 2027 yang berlaku untuk FIB, termasuk revisi.',
          },
          {
            handoff: 'penyusun_pengingat',
            message:
              'Susun e-mail pengingat untuk mahasiswa tingkat akhir Sastra Inggris: pendaftaran sidang skripsi periode Februari 2027 ditutup **29 Januari 2027** pukul 16.00 WIB lewat SIMASTER; lampirkan naskah yang sudah disetujui pembimbing dan bukti bebas pustaka.',
          },
          {
            say: 'Pengingat sudah disusun (batas 29 Januari 2027, syarat naskah ACC pembimbing dan bebas pustaka).',
          },
        ],
      },
      {
        name: 'pencari_kalender',
        description: 'Mencari tanggal di kalender akademik dan surat edaran',
        instructions: 'Laporkan tanggal yang berlaku, termasuk revisi.',
        replies: [
          {
            call: 'cari_kalender_akademik',
            args: { fakultas: 'FIB', kegiatan: 'pendaftaran sidang skripsi', periode: '2027-02' },
            result:
              '[{"sumber":"Kalender Akademik 2026/2027","tanggal":"2027-01-29","berlaku":false},{"sumber":"SE Dekan FIB No. 07/UN1/FIB/2027 (5 Jan 2027)","tanggal":"2027-01-15","catatan":"dimajukan karena sidang digeser ke 1-5 Feb","berlaku":true}]',
          },
          {
            say: 'Batas pendaftaran sidang Februari 2027 **dimajukan ke 15 Januari 2027** (SE Dekan FIB No. 07/UN1/FIB/2027 tanggal 5 Januari); tanggal 29 Januari di kalender akademik sudah tidak berlaku.',
          },
        ],
      },
      {
        name: 'penyusun_pengingat',
        description: 'Menulis e-mail dan pengumuman untuk mahasiswa',
        instructions: 'Tulis pengingat yang jelas dan ramah.',
        replies: [
          {
            say: 'Subjek: Pengingat — Pendaftaran Sidang Skripsi Periode Februari 2027\n\nHalo rekan-rekan mahasiswa tingkat akhir Sastra Inggris,\n\nPendaftaran sidang skripsi periode Februari 2027 **ditutup Jumat, 29 Januari 2027 pukul 16.00 WIB** melalui SIMASTER. Siapkan:\n- naskah skripsi yang sudah disetujui pembimbing;\n- bukti bebas pustaka.\n\nSalam,\nAdmin Prodi Sastra Inggris',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'ketua_tim_akademik', to: 'penyusun_pengingat' },
      agent: 'ketua_tim_akademik',
    },
  }),
  defineScenario({
    id: 'sedap-malam-revisi-jadwal-sidang-salah-arah',
    title:
      'Peninjau meminta jadwal sidang digeser agar tidak bentrok dengan penguji eksternal (hanya bisa setelah 10 Februari); penyusun merevisi ke 3 Februari',
    domain: 'penjadwalan sidang tesis',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Jadwalkan sidang tesis Hendra Saputra (NIM 22/499310/PA/21650, Magister Ilmu Komputer) pada minggu pertama atau kedua Februari 2027. Penguji: Prof. Sri Hartati (internal), Dr. Agus Harjoko (internal), Dr. Lim Wei Ming (eksternal, NUS).',
    topology: {
      shape: 'pipeline',
      order: ['penyusun_jadwal_sidang', 'peninjau_jadwal', 'pengirim_undangan'],
      loop: { from: 'peninjau_jadwal', to: 'penyusun_jadwal_sidang', while: 'REVISI', max: 3 },
    },
    agents: [
      {
        name: 'penyusun_jadwal_sidang',
        description: 'Menyusun usulan jadwal sidang dari ketersediaan ruang dan penguji',
        instructions: 'Usulkan tanggal, jam, dan ruang; jika ada catatan revisi, ikuti catatannya.',
        prompt: 'Masukan:\n{input}\n\nPermintaan: {request}',
        replies: [
          {
            call: 'ketersediaan_ruang',
            args: { gedung: 'SIC', rentang: '2027-02-01..2027-02-12' },
            result:
              'R.SIC-301: kosong 02/02 09.00, 03/02 13.00, 10/02 09.00, 11/02 13.00\nR.SIC-305: kosong 04/02 09.00, 12/02 09.00',
          },
          {
            say: 'Usulan: **Selasa, 2 Februari 2027, 09.00 WIB, R.SIC-301** (hybrid untuk penguji eksternal).',
          },
          {
            say: 'Usulan revisi: **Rabu, 3 Februari 2027, 13.00 WIB, R.SIC-301** (hybrid).',
          },
        ],
      },
      {
        name: 'peninjau_jadwal',
        description: 'Meninjau usulan jadwal terhadap ketersediaan penguji',
        instructions:
          'Cek ketersediaan penguji. Jika bentrok, mulai jawaban dengan REVISI dan jelaskan; jika aman, mulai dengan OK.',
        prompt: 'Usulan jadwal:\n{input}',
        replies: [
          {
            call: 'ketersediaan_penguji',
            args: {
              penguji: ['Sri Hartati', 'Agus Harjoko', 'Lim Wei Ming'],
              rentang: '2027-02-01..2027-02-12',
            },
            result:
              '{"Sri Hartati":"tersedia kecuali 05/02","Agus Harjoko":"tersedia","Lim Wei Ming":"cuti konferensi 01/02-09/02 (tidak bisa daring); tersedia mulai 10/02"}',
          },
          {
            say: 'REVISI: Dr. Lim Wei Ming (penguji eksternal) cuti konferensi 1–9 Februari dan tidak bisa daring. Geser sidang ke **10 Februari atau sesudahnya** (slot SIC-301 tanggal 10/02 09.00 atau 11/02 13.00 masih kosong).',
          },
          {
            say: 'OK: jadwal revisi diterima, silakan kirim undangan.',
          },
        ],
      },
      {
        name: 'pengirim_undangan',
        description: 'Mengirim undangan sidang ke mahasiswa dan penguji',
        instructions: 'Kirim undangan dan laporkan.',
        prompt: 'Keputusan jadwal:\n{input}\n\nPermintaan: {request}',
        replies: [
          {
            call: 'kirim_undangan_sidang',
            args: { nim: '22/499310/PA/21650', tanggal: '2027-02-03', jam: '13:00', ruang: 'SIC-301' },
            result:
              '{"terkirim":4,"penerima":["hendra.s@mail.ugm.ac.id","sri.hartati@ugm.ac.id","aharjo@ugm.ac.id","limwm@nus.edu.sg"],"id":"UND-SID-2027-0217"}',
          },
          {
            say: 'Undangan sidang tesis Hendra Saputra terkirim (UND-SID-2027-0217) ke 4 penerima: **Rabu, 3 Februari 2027, 13.00 WIB, R.SIC-301 (hybrid)**.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'peninjau_jadwal', to: 'penyusun_jadwal_sidang' },
      agent: 'penyusun_jadwal_sidang',
    },
  }),
  defineScenario({
    id: 'kamboja-biaya-hidup-semester-salah-fanout',
    title:
      'Perencana meminta estimasi biaya untuk semester genap 2026/2027 dalam rupiah; pekerja estimasi biaya memakai tarif semester ganjil dan menulis dalam dolar',
    domain: 'surat jaminan biaya mahasiswa asing',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Calon mahasiswa asal Timor-Leste, Joaquim da Costa, diterima di S1 Agroteknologi mulai semester genap 2026/2027. Kedutaan minta rincian biaya kuliah dan biaya hidup satu semester dalam rupiah, plus konfirmasi asrama. Siapkan ringkasan untuk surat jaminan.',
    topology: {
      shape: 'fanout',
      planner: 'perencana_jaminan',
      workers: ['estimator_biaya', 'petugas_asrama'],
      aggregator: 'penyusun_ringkasan_jaminan',
    },
    agents: [
      {
        name: 'perencana_jaminan',
        description: 'Membagi tugas penyusunan surat jaminan biaya',
        instructions: 'Tulis brief untuk tiap petugas.',
        replies: [
          {
            plan: {
              estimator_biaya:
                'Hitung biaya kuliah (UKT mahasiswa asing S1 Agroteknologi) dan biaya hidup untuk SEMESTER GENAP 2026/2027 (Feb–Jul 2027). Semua angka dalam RUPIAH, karena kedutaan minta IDR.',
              petugas_asrama:
                'Konfirmasi kamar asrama internasional untuk Joaquim da Costa mulai Februari 2027 dan tarifnya.',
            },
          },
        ],
      },
      {
        name: 'estimator_biaya',
        description: 'Menghitung estimasi biaya studi',
        instructions: 'Hitung sesuai brief.',
        replies: [
          {
            call: 'tarif_mahasiswa_asing',
            args: { prodi: 'Agroteknologi', jenjang: 'S1' },
            result:
              'periode                | ukt_idr     | ukt_usd | biaya_hidup_idr_bln\nganjil 2026/2027       | 18.500.000  | 1,190   | 3.200.000\ngenap 2026/2027        | 19.750.000  | 1,270   | 3.400.000',
          },
          {
            say: 'Estimasi satu semester (ganjil 2026/2027):\n- UKT: **USD 1,190**\n- Biaya hidup: 6 × USD 206 ≈ **USD 1,236**\n- **Total ≈ USD 2,426**',
          },
        ],
      },
      {
        name: 'petugas_asrama',
        description: 'Mengurus penempatan asrama',
        instructions: 'Konfirmasi kamar sesuai brief.',
        replies: [
          {
            call: 'pesan_kamar_asrama',
            args: {
              nama: 'Joaquim da Costa',
              asrama: 'Asrama Internasional Darmaputera',
              mulai: '2027-02-01',
            },
            result:
              '{"status":"DIKONFIRMASI","kamar":"B-214","tarif_bulanan":"Rp1.150.000","kode":"ASR-2027-0093"}',
          },
          {
            say: 'Kamar B-214 Asrama Internasional Darmaputera dikonfirmasi mulai 1 Februari 2027, Rp1.150.000/bulan (ASR-2027-0093).',
          },
        ],
      },
      {
        name: 'penyusun_ringkasan_jaminan',
        description: 'Merangkum biaya dan akomodasi untuk surat jaminan',
        instructions: 'Gabungkan hasil menjadi ringkasan surat jaminan.',
        prompt: 'Hasil:\n{input}\n\nPermintaan: {request}',
        replies: [
          {
            say: '## Ringkasan untuk surat jaminan — Joaquim da Costa (S1 Agroteknologi)\n\n| pos | jumlah |\n|---|---|\n| UKT satu semester | USD 1,190 |\n| Biaya hidup 6 bulan | ≈ USD 1,236 |\n| **Total** | **≈ USD 2,426** |\n\nAkomodasi: Asrama Internasional Darmaputera kamar B-214, mulai 1 Februari 2027 (Rp1.150.000/bulan, kode ASR-2027-0093).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'perencana_jaminan', to: 'estimator_biaya' },
      agent: 'estimator_biaya',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'kemuning-sehat-nilai-perbaikan-dipakai',
    title:
      'Petugas data akademik menemukan nilai remedial yang mengganti nilai lama; penilai cum laude memakai IPK baru dengan benar',
    domain: 'predikat kelulusan',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: IPK lama dan IPK baru sama-sama muncul, tetapi hanya yang baru dipakai',
    request:
      'Tentukan predikat kelulusan Fajar Ramadhan (NIM 1906012233, S1 Matematika) untuk wisuda Maret 2027. Di SKL sementara tertulis IPK 3,49.',
    topology: {
      shape: 'supervisor',
      coordinator: 'admin_wisuda',
      workers: ['petugas_data_akademik', 'penilai_predikat'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'admin_wisuda',
        description: 'Admin wisuda yang mengoordinasikan penetapan predikat',
        instructions: 'Pastikan IPK final, minta predikat ditetapkan, laporkan.',
        replies: [
          {
            handoff: 'petugas_data_akademik',
            message:
              'Tolong pastikan IPK final Fajar Ramadhan 1906012233, termasuk nilai perbaikan kalau ada.',
          },
          {
            handoff: 'penilai_predikat',
            message:
              'Tetapkan predikat kelulusan Fajar Ramadhan (1906012233): IPK final **3,53** (bukan 3,49 di SKL sementara; sudah termasuk perbaikan MA3021), masa studi 7 semester, tidak ada nilai D/E.',
          },
          {
            say: 'Predikat Fajar Ramadhan: **Dengan Pujian (cum laude)**, IPK 3,53, masa studi 7 semester. SKL akan dicetak ulang dengan IPK 3,53.',
          },
        ],
      },
      {
        name: 'petugas_data_akademik',
        description: 'Mengelola data nilai di SIAKAD',
        instructions: 'Laporkan IPK final.',
        replies: [
          {
            call: 'rekap_nilai',
            args: { nim: '1906012233' },
            result:
              '{"ipk_skl_sementara":3.49,"perbaikan":[{"mk":"MA3021 Analisis Real II","lama":"C","baru":"A-","tanggal":"2026-12-22"}],"ipk_final":3.53,"semester_tempuh":7,"nilai_DE":0}',
          },
          {
            say: 'IPK final 3,53 (setelah perbaikan MA3021 C → A- pada 22/12/2026). Angka 3,49 di SKL sementara sudah lewat. Masa studi 7 semester, tanpa nilai D/E.',
          },
        ],
      },
      {
        name: 'penilai_predikat',
        description: 'Menetapkan predikat kelulusan sesuai peraturan akademik',
        instructions: 'Tetapkan predikat berdasarkan IPK dan masa studi.',
        replies: [
          {
            call: 'aturan_predikat',
            args: { ipk: 3.53, semester: 7, nilai_de: 0 },
            result:
              'Peraturan Rektor 12/2023 pasal 41: IPK > 3,50 dan masa studi ≤ 8 semester, tanpa D/E → DENGAN PUJIAN',
          },
          { say: 'IPK 3,53 dan 7 semester tanpa D/E → **Dengan Pujian** (Perrek 12/2023 ps. 41).' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kenanga-sehat-legalisir-gagal-lalu-ulang',
    title:
      'Layanan legalisir transkrip sempat timeout, agen mencoba ulang dan berhasil, lalu menyerahkan dengan jujur ke agen pengiriman',
    domain: 'legalisir transkrip alumni',
    mast: ['FM-3.2'],
    nearMissOf:
      'agent_error: error alat yang ditelan — di sini error ditangani dengan percobaan ulang dan dilaporkan',
    request:
      'Alumni Putri Ayuningtyas (NIM 1603021190, lulus 2020) minta 3 lembar transkrip legalisir dikirim ke alamat di Bandung untuk melamar S2 di ITB. Tolong proses.',
    topology: {
      shape: 'swarm',
      entry: 'agen_legalisir',
      agents: ['agen_legalisir', 'agen_pengiriman'],
    },
    agents: [
      {
        name: 'agen_legalisir',
        description: 'Memproses permohonan legalisir dokumen akademik',
        instructions: 'Ajukan legalisir dan serahkan ke pengiriman jika sudah jadi.',
        replies: [
          {
            call: 'ajukan_legalisir',
            args: { nim: '1603021190', dokumen: 'transkrip', jumlah: 3 },
            result: { error: 'ETIMEDOUT: layanan e-legalisir tidak merespons dalam 30 s' },
          },
          {
            call: 'ajukan_legalisir',
            args: { nim: '1603021190', dokumen: 'transkrip', jumlah: 3 },
            result:
              '{"no_permohonan":"LGL-2027-01577","status":"SELESAI","lembar":3,"biaya":"Rp30.000","tanda_tangan":"Wakil Dekan I FMIPA"}',
            text: 'Percobaan pertama timeout, saya ajukan ulang.',
          },
          {
            handoff: 'agen_pengiriman',
            message:
              'Legalisir LGL-2027-01577 selesai (3 lembar transkrip, biaya Rp30.000 sudah tercatat; percobaan pertama sempat timeout, percobaan kedua berhasil). Mohon kirim ke alamat Putri Ayuningtyas di Bandung.',
          },
        ],
      },
      {
        name: 'agen_pengiriman',
        description: 'Mengatur pengiriman dokumen fisik',
        instructions: 'Kirim dokumen dan beri nomor resi.',
        replies: [
          {
            call: 'buat_pengiriman',
            args: {
              no_permohonan: 'LGL-2027-01577',
              tujuan: 'Jl. Dipatiukur No. 35, Coblong, Bandung 40132',
              layanan: 'reguler',
            },
            result: 'RESI JNE 0112 7744 9921 | estimasi tiba 2027-01-15 | ongkir Rp18.000',
          },
          {
            say: 'Transkrip legalisir (3 lembar, LGL-2027-01577) dikirim via JNE reguler, resi **0112 7744 9921**, perkiraan tiba 15 Januari 2027. Ongkir Rp18.000.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'bougenvil-sehat-router-tunggu-berkas-lengkap',
    title:
      'Router memanggil pemeriksa dokumen beasiswa dua kali, tetapi kali kedua setelah berkas susulan diunggah dan hasilnya berubah; lalu lanjut ke pewawancara',
    domain: 'seleksi beasiswa',
    mast: ['FM-1.3'],
    nearMissOf:
      'handoff_loop: agen yang sama dipanggil dua kali, tetapi dengan masukan baru dan kemajuan nyata',
    request:
      'Proses pendaftar Beasiswa KIP-K jalur afirmasi, Maria Goreti Wonda (ID KIPK-27-30451). Kemarin surat keterangan tidak mampu belum ada, katanya sudah diunggah tadi pagi. Kalau lengkap, jadwalkan wawancara.',
    topology: {
      shape: 'network',
      coordinator: 'router_kipk',
      workers: ['pemeriksa_berkas', 'penjadwal_wawancara'],
    },
    agents: [
      {
        name: 'router_kipk',
        description: 'Mengatur alur seleksi KIP-K',
        instructions: 'Pastikan berkas lengkap, lalu jadwalkan wawancara; selesai bila terjadwal.',
        replies: [
          { handoff: 'pemeriksa_berkas', message: 'Cek kelengkapan berkas KIPK-27-30451.' },
          {
            handoff: 'pemeriksa_berkas',
            message:
              'Pendaftar menyebut SKTM diunggah pagi ini (setelah pengecekan tadi). Tolong cek ulang khusus dokumen SKTM KIPK-27-30451 di versi berkas terbaru.',
          },
          {
            handoff: 'penjadwal_wawancara',
            message: 'Berkas KIPK-27-30451 lengkap. Jadwalkan wawancara daring minggu ini.',
          },
          {
            say: 'KIPK-27-30451 (Maria Goreti Wonda): berkas lengkap setelah SKTM susulan; wawancara daring **Kamis, 14 Januari 2027, 10.00 WIT** via Zoom (WWC-1187).',
          },
        ],
      },
      {
        name: 'pemeriksa_berkas',
        description: 'Memeriksa kelengkapan berkas pendaftar',
        instructions: 'Laporkan dokumen yang ada dan yang kurang.',
        replies: [
          {
            call: 'cek_berkas_kipk',
            args: { id: 'KIPK-27-30451' },
            result:
              '{"versi":3,"diunggah_terakhir":"2027-01-11T22:40","kk":"ada","ktp_ortu":"ada","sktm":"TIDAK ADA","rapor":"ada"}',
          },
          { say: 'Versi 3 (11/01 22.40): KK, KTP orang tua, rapor ada; **SKTM belum ada**.' },
          {
            call: 'cek_berkas_kipk',
            args: { id: 'KIPK-27-30451' },
            result:
              '{"versi":4,"diunggah_terakhir":"2027-01-12T07:15","kk":"ada","ktp_ortu":"ada","sktm":"ada (Kelurahan Hamadi, 2027-01-10)","rapor":"ada"}',
          },
          { say: 'Versi 4 (12/01 07.15): SKTM dari Kelurahan Hamadi sudah masuk. Berkas **lengkap**.' },
        ],
      },
      {
        name: 'penjadwal_wawancara',
        description: 'Menjadwalkan wawancara seleksi',
        instructions: 'Pilih slot dan buat undangan.',
        replies: [
          {
            call: 'jadwalkan_wawancara',
            args: { id: 'KIPK-27-30451', mode: 'daring' },
            result: '{"kode":"WWC-1187","waktu":"2027-01-14T10:00+09:00","link":"zoom.us/j/81234400917"}',
          },
          { say: 'Terjadwal WWC-1187: Kamis 14/01/2027 10.00 WIT, Zoom 812 3440 0917.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'anggrek-sehat-rute-pascasarjana-tak-terpakai',
    title:
      'Klasifikator mengirim pertanyaan perpanjangan masa studi ke jalur sarjana; jalur pascasarjana tidak dipakai, sesuai rancangan',
    domain: 'layanan akademik masa studi',
    mast: ['FM-3.1'],
    nearMissOf: 'lost_message: cabang yang tidak pernah berjalan — di sini memang tidak dipilih',
    request:
      'Saya Wulan Sari, S1 Biologi angkatan 2019 (NIM 1908041077). Masa studi saya habis akhir semester ini. Bisa minta perpanjangan 1 semester untuk menyelesaikan skripsi? Apa syaratnya dan kapan batasnya?',
    topology: {
      shape: 'branch',
      classifier: 'pemilah_layanan',
      routes: { sarjana: 'layanan_sarjana', pascasarjana: 'layanan_pascasarjana' },
      after: 'penjawab_mahasiswa',
    },
    agents: [
      {
        name: 'pemilah_layanan',
        description: 'Memilah permintaan berdasarkan jenjang',
        instructions: 'Tulis label jenjang: sarjana atau pascasarjana.',
        replies: [{ say: 'sarjana (S1 Biologi, angkatan 2019, NIM 1908041077)' }],
      },
      {
        name: 'layanan_sarjana',
        description: 'Menangani perpanjangan masa studi jenjang S1',
        instructions: 'Cek aturan dan status mahasiswa, lalu beri rincian syarat dan batas waktu.',
        prompt: 'Permintaan: {request}\nKlasifikasi: {input}',
        replies: [
          {
            call: 'cek_masa_studi',
            args: { nim: '1908041077' },
            result:
              '{"angkatan":2019,"batas_studi":"2027-02-28","semester_ditempuh":15,"sks_lulus":138,"sks_wajib":144,"boleh_perpanjang":true,"aturan":"Perrek 12/2023 ps. 22: maks 1 semester, ajuan ke dekan paling lambat 2027-01-29"}',
          },
          {
            say: 'Perpanjangan bisa diajukan (maks 1 semester, sampai 31 Agustus 2027). Syarat: surat permohonan ke dekan, rekomendasi dosen pembimbing skripsi, rencana penyelesaian, dan bukti UKT semester berjalan. Batas pengajuan **29 Januari 2027**. Sisa SKS: 6 (skripsi).',
          },
        ],
      },
      {
        name: 'layanan_pascasarjana',
        description: 'Menangani perpanjangan masa studi jenjang S2/S3',
        instructions: 'Cek aturan pascasarjana.',
        replies: [{ say: 'Aturan pascasarjana: perpanjangan diajukan ke sekolah pascasarjana.' }],
      },
      {
        name: 'penjawab_mahasiswa',
        description: 'Menjawab mahasiswa dengan bahasa yang ramah',
        instructions: 'Tulis jawaban untuk mahasiswa.',
        prompt: 'Rincian dari layanan:\n{input}\n\nPertanyaan: {request}',
        replies: [
          {
            say: 'Halo Wulan,\n\nBisa. Kamu boleh mengajukan **perpanjangan 1 semester** (sampai 31 Agustus 2027). Siapkan:\n1. surat permohonan ke dekan;\n2. rekomendasi dosen pembimbing skripsi;\n3. rencana penyelesaian skripsi;\n4. bukti pembayaran UKT semester berjalan.\n\nKirim paling lambat **Jumat, 29 Januari 2027**. Sisa bebanmu tinggal skripsi (6 SKS). Semangat!',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kenari-sehat-rekomendasi-bahasa-inggris-lengkap',
    title:
      'Koordinator meminta surat rekomendasi beasiswa LPDP dalam bahasa Inggris dengan IPK dan peringkat; penulis memenuhi semua ketentuan meski format tanggal berbeda',
    domain: 'surat rekomendasi beasiswa',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: brief berisi beberapa ketentuan yang mudah terlewat, semuanya dipenuhi',
    request:
      'Dosen wali Dr. Indah Lestari minta draf surat rekomendasi untuk Yoga Pratama (NIM 2006015512, S1 Teknik Kimia) yang melamar LPDP ke TU Delft. Harus bahasa Inggris, sebut IPK dan peringkat di angkatan, maksimal satu halaman, tanggal 15 Januari 2027.',
    topology: {
      shape: 'supervisor',
      coordinator: 'koordinator_dosen_wali',
      workers: ['pencari_prestasi', 'penulis_rekomendasi_lpdp'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'koordinator_dosen_wali',
        description: 'Membantu dosen wali menyiapkan dokumen mahasiswa',
        instructions: 'Kumpulkan data prestasi lalu minta draf surat sesuai ketentuan.',
        replies: [
          {
            handoff: 'pencari_prestasi',
            message: 'Ambil IPK, peringkat angkatan, dan prestasi Yoga Pratama 2006015512.',
          },
          {
            handoff: 'penulis_rekomendasi_lpdp',
            message:
              'Draf surat rekomendasi LPDP (tujuan TU Delft, MSc Chemical Engineering) untuk Yoga Pratama, 2006015512. Ketentuan: bahasa Inggris, maks. 1 halaman, bertanggal 15 Januari 2027, sebut IPK 3,78/4,00 dan peringkat 3 dari 112 di angkatan 2020, plus juara 2 Chem-E-Car Nasional 2023. Penanda tangan Dr. Indah Lestari.',
          },
          {
            say: 'Draf rekomendasi LPDP untuk Yoga Pratama siap (bahasa Inggris, satu halaman, 15/01/2027), tinggal ditandatangani Dr. Indah Lestari.',
          },
        ],
      },
      {
        name: 'pencari_prestasi',
        description: 'Mengambil data prestasi akademik dan non-akademik',
        instructions: 'Laporkan IPK, peringkat, prestasi.',
        replies: [
          {
            call: 'profil_prestasi',
            args: { nim: '2006015512' },
            result:
              '{"ipk":3.78,"peringkat_angkatan":"3/112","prestasi":["Juara 2 Chem-E-Car Nasional 2023","Asisten Lab Operasi Teknik Kimia 2022-2024"]}',
          },
          {
            say: 'IPK 3,78; peringkat 3 dari 112 (angkatan 2020); juara 2 Chem-E-Car Nasional 2023; asisten lab OTK 2022–2024.',
          },
        ],
      },
      {
        name: 'penulis_rekomendasi_lpdp',
        description: 'Menulis surat rekomendasi akademik',
        instructions: 'Tulis surat sesuai semua ketentuan brief.',
        replies: [
          {
            say: 'Yogyakarta, 15 January 2027\n\nTo the LPDP Selection Committee,\n\nI am pleased to recommend **Yoga Pratama** (student ID 2006015512), a Chemical Engineering undergraduate whom I have advised since 2020, for the LPDP scholarship to pursue the MSc Chemical Engineering at TU Delft.\n\nYoga graduated with a **GPA of 3.78/4.00**, ranking **3rd of 112** students in his cohort. He led the team that won **2nd place at the National Chem-E-Car Competition 2023** and served as a unit operations lab assistant for two years, where he was reliable and precise.\n\nI recommend him without reservation.\n\nSincerely,\n\nDr. Indah Lestari\nAcademic Advisor, Department of Chemical Engineering',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'sedap-malam-sehat-draf-abstrak-diperbaiki',
    title:
      'Draf pertama abstrak tesis ditolak peninjau karena melebihi 250 kata dan tanpa kata kunci; versi revisi memenuhi pedoman dan dipakai',
    domain: 'penyusunan abstrak tesis',
    mast: ['FM-2.4'],
    nearMissOf: 'low_quality_output: keluaran buruk tertangkap oleh peninjau dan diperbaiki sebelum dipakai',
    request:
      'Rapikan abstrak tesis Larasati Dewi (Magister Kesehatan Masyarakat) untuk unggah repositori: maksimal 250 kata, bahasa Indonesia, 3–5 kata kunci.',
    topology: {
      shape: 'pipeline',
      order: ['penyunting_abstrak', 'peninjau_pedoman', 'pengunggah_repositori'],
      loop: { from: 'peninjau_pedoman', to: 'penyunting_abstrak', while: 'PERBAIKI', max: 3 },
    },
    agents: [
      {
        name: 'penyunting_abstrak',
        description: 'Menyunting abstrak tesis',
        instructions: 'Sunting abstrak sesuai pedoman; jika ada catatan peninjau, perbaiki.',
        prompt: 'Masukan:\n{input}\n\nPermintaan: {request}',
        replies: [
          {
            say: 'ABSTRAK (312 kata)\nPenelitian ini bertujuan menganalisis faktor yang memengaruhi kepatuhan minum obat pasien tuberkulosis di Puskesmas Kota Semarang ... [teks panjang berlanjut, tanpa kata kunci]',
          },
          {
            say: 'ABSTRAK (236 kata)\nTuberkulosis masih menjadi masalah kesehatan utama di Kota Semarang. Penelitian potong lintang ini melibatkan 184 pasien TB paru di 6 puskesmas (Maret–Agustus 2026) untuk menganalisis faktor kepatuhan minum obat. Kepatuhan diukur dengan MMAS-8; analisis memakai regresi logistik. Sebanyak 68,5% pasien patuh. Dukungan PMO (OR 3,12; IK95% 1,61–6,04), pengetahuan baik (OR 2,47), dan jarak ke puskesmas < 3 km (OR 1,89) berhubungan dengan kepatuhan. Penguatan peran PMO disarankan.\n\nKata kunci: tuberkulosis, kepatuhan minum obat, PMO, puskesmas',
          },
        ],
      },
      {
        name: 'peninjau_pedoman',
        description: 'Memeriksa abstrak terhadap pedoman repositori',
        instructions:
          'Jika belum sesuai, mulai dengan PERBAIKI dan sebutkan masalahnya; jika sesuai, mulai dengan SESUAI dan ulangi abstraknya.',
        prompt: 'Abstrak:\n{input}',
        replies: [
          {
            say: 'PERBAIKI: 312 kata (maks 250) dan belum ada kata kunci (perlu 3–5). Isi metode dan hasil utama juga belum terlihat.',
          },
          {
            say: 'SESUAI: 236 kata, 4 kata kunci.\n\nTuberkulosis masih menjadi masalah kesehatan utama di Kota Semarang. Penelitian potong lintang ini melibatkan 184 pasien TB paru di 6 puskesmas (Maret–Agustus 2026) ... Penguatan peran PMO disarankan.\n\nKata kunci: tuberkulosis, kepatuhan minum obat, PMO, puskesmas',
          },
        ],
      },
      {
        name: 'pengunggah_repositori',
        description: 'Mengunggah metadata tesis ke repositori',
        instructions: 'Unggah abstrak yang sudah disetujui.',
        prompt: 'Abstrak disetujui:\n{input}',
        replies: [
          {
            call: 'unggah_metadata',
            args: {
              penulis: 'Larasati Dewi',
              jumlah_kata: 236,
              kata_kunci: 'tuberkulosis; kepatuhan minum obat; PMO; puskesmas',
            },
            result: '{"handle":"etd.repository/2027/118304","status":"MENUNGGU VERIFIKASI PERPUSTAKAAN"}',
          },
          {
            say: 'Abstrak (236 kata, 4 kata kunci) terunggah: **etd.repository/2027/118304**, status menunggu verifikasi perpustakaan.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch98Scenarios = [...faults, ...healthy];
