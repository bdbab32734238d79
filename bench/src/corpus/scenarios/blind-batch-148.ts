import { defineScenario } from '../scenario.ts';

// Blind batch 148: xưởng may xuất khẩu — đơn hàng xuất khẩu và đánh giá tuân thủ, hoàn toàn bằng tiếng Việt.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'po-jacket-sua-doi-so-luong-ke-hoach-chuyen-theo-ban-cu',
    title:
      'Nhân viên kiểm tra đơn hàng báo PO 4500218876 đã sửa lần 3 lên 13.800 áo; kế hoạch viên vẫn phân chuyền may cho 12.000 áo',
    domain: 'đơn hàng xuất khẩu may mặc, kế hoạch chuyền may',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Khách Nordvik AB gửi PO 4500218876: áo jacket chần bông mã NV-JK-2207, 12.000 chiếc, FOB Hải Phòng, ETD 20/03/2027. Kiểm tra PO trên cổng khách hàng, lên kế hoạch chuyền may và soạn thư xác nhận đơn cho khách.',
    topology: {
      shape: 'pipeline',
      order: ['kiem_tra_don_hang', 'ke_hoach_san_xuat', 'soan_thu_xac_nhan'],
    },
    agents: [
      {
        name: 'kiem_tra_don_hang',
        description: 'Đối chiếu PO với cổng đặt hàng của khách',
        instructions: 'Lấy bản PO hiện hành trên cổng khách hàng và báo cho kế hoạch những số liệu cần dùng.',
        replies: [
          {
            call: 'lay_po_cong_khach_hang',
            args: { po: '4500218876', khach_hang: 'NORDVIK' },
            result:
              '{"po": "4500218876", "phien_ban": 3, "ngay_sua": "2027-01-18", "ma_hang": "NV-JK-2207", "so_luong": 13800, "etd": "2027-03-20", "cang_xuat": "VNHPH", "ghi_chu_sua_doi": "Rev 3: tăng 1.800 chiếc màu Forest Green (đơn bổ sung cho thị trường Na Uy)", "lich_su": [{"phien_ban": 2, "so_luong": 12000, "trang_thai": "SUPERSEDED"}]}',
          },
          {
            say: '**PO 4500218876 — bản hiện hành: rev 3 (sửa ngày 18/01/2027)**\n\n| hạng mục | giá trị |\n|---|---|\n| mã hàng | NV-JK-2207 |\n| số lượng | **13.800 chiếc** (rev 2: 12.000) |\n| tăng thêm | 1.800 chiếc màu Forest Green |\n| ETD | 20/03/2027, FOB Hải Phòng |\n\nKế hoạch dùng số lượng 13.800 chiếc.',
          },
        ],
      },
      {
        name: 'ke_hoach_san_xuat',
        description: 'Phân bổ đơn hàng lên các chuyền may',
        instructions: 'Phân chuyền may theo số lượng và ETD, báo lại kế hoạch.',
        prompt: 'Thông tin PO đã kiểm tra:\n{input}\n\nYêu cầu gốc: {request}',
        replies: [
          {
            call: 'phan_bo_chuyen_may',
            args: {
              ma_hang: 'NV-JK-2207',
              po: '4500218876',
              so_luong: 12000,
              ngay_xong_may: '2027-03-10',
              nhom_chuyen: 'jacket',
            },
            result:
              '{"ke_hoach": "KH-2701-044", "chuyen": ["C07", "C08", "C11"], "nang_suat_ngay": 780, "ngay_vao_chuyen": "2027-02-12", "ngay_xong_may": "2027-03-06", "so_luong_phan_bo": 12000, "cong_suat_con_trong_C11": "2 ngày"}',
          },
          {
            say: 'Kế hoạch KH-2701-044: NV-JK-2207 vào chuyền C07, C08, C11 từ 12/02/2027, năng suất 780 chiếc/ngày, xong may 06/03 — còn dư 4 ngày trước hạn 10/03. Đóng gói và kiểm cuối 07–12/03, kịp ETD 20/03.',
          },
        ],
      },
      {
        name: 'soan_thu_xac_nhan',
        description: 'Soạn thư xác nhận đơn hàng gửi khách',
        instructions: 'Soạn thư xác nhận đơn hàng ngắn gọn, chuyên nghiệp.',
        prompt: 'Kế hoạch sản xuất:\n{input}\n\nYêu cầu gốc: {request}',
        replies: [
          {
            say: 'Kính gửi Nordvik AB,\n\nChúng tôi xác nhận PO 4500218876 — áo jacket NV-JK-2207, **12.000 chiếc**, FOB Hải Phòng.\n\n- Vào chuyền: 12/02/2027 (3 chuyền jacket)\n- Hoàn thành may: 06/03/2027\n- Kiểm hàng cuối: trước 12/03/2027\n- ETD: **20/03/2027**\n\nTrân trọng,\nPhòng Xuất nhập khẩu — May Thành Công Hưng Yên',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'kiem_tra_don_hang', to: 'ke_hoach_san_xuat' },
      agent: 'ke_hoach_san_xuat',
    },
  }),
  defineScenario({
    id: 'vai-ao-so-sinh-oeko-tex-nhom-hai-dat-nham',
    title:
      'Điều phối yêu cầu vải có OEKO-TEX Standard 100 nhóm I cho bộ đồ sơ sinh; nhân viên mua vải đặt lô vải chỉ có chứng nhận nhóm II',
    domain: 'mua nguyên phụ liệu cho hàng trẻ em xuất khẩu',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Đơn PO BB-77120 của khách Petit Lune (Pháp): 8.400 bộ body sơ sinh 0–12 tháng, vải cotton interlock 100% 180 g/m². Khách bắt buộc vải có chứng nhận OEKO-TEX Standard 100 nhóm sản phẩm I (hàng cho trẻ dưới 36 tháng). Đặt vải và phụ liệu (cúc bấm không niken) giúp tôi, giao trước 25/02/2027.',
    topology: {
      shape: 'supervisor',
      coordinator: 'dieu_phoi_mua_hang',
      workers: ['mua_vai', 'mua_phu_lieu'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'dieu_phoi_mua_hang',
        description: 'Điều phối mua nguyên phụ liệu theo đơn hàng',
        instructions: 'Giao việc mua vải và phụ liệu, tổng hợp kết quả cho trưởng phòng.',
        replies: [
          {
            handoff: 'mua_vai',
            message:
              'Đặt vải cho PO BB-77120: cotton interlock 100%, 180 g/m², khổ 180 cm, khoảng 3.650 m (định mức 0,41 m/bộ + hao hụt 6%). Yêu cầu bắt buộc: chứng nhận OEKO-TEX Standard 100 **nhóm I** (sản phẩm cho trẻ nhỏ). Giao kho trước 25/02/2027.',
          },
          {
            handoff: 'mua_phu_lieu',
            message:
              'Đặt cúc bấm cho PO BB-77120: 8.400 bộ × 3 cúc = 25.200 bộ cúc + 3% dự phòng, loại không niken (nickel-free), giao trước 25/02/2027.',
          },
          {
            say: '## PO BB-77120 — nguyên phụ liệu đã đặt\n\n| hạng mục | nhà cung cấp | số lượng | giao |\n|---|---|---|---|\n| vải cotton interlock 180 g/m² | Dệt Phong Phú Nhơn Trạch | 3.650 m | 20/02/2027 |\n| cúc bấm không niken | YKK Việt Nam | 25.956 bộ | 18/02/2027 |\n\nVải và phụ liệu đều có chứng nhận OEKO-TEX, đủ điều kiện cho hàng Petit Lune.',
          },
        ],
      },
      {
        name: 'mua_vai',
        description: 'Đặt vải với các nhà máy dệt trong danh sách duyệt',
        instructions: 'Đặt vải đúng thông số và yêu cầu chứng nhận trong giao việc.',
        replies: [
          {
            call: 'tim_lo_vai',
            args: { loai: 'cotton interlock 100%', dinh_luong_gsm: 180, kho_cm: 180, so_met: 3650 },
            result:
              '[{"nha_cung_cap": "Dệt Phong Phú Nhơn Trạch", "lo": "PP-INT-180-0227", "ton_kho_m": 5200, "don_gia_usd_m": 2.86, "oeko_tex": {"so": "21.HVN.49318", "nhom_san_pham": "II", "het_han": "2027-09-30"}, "giao_som_nhat": "2027-02-20"}, {"nha_cung_cap": "Dệt Thái Tuấn", "lo": "TT-IL-180-112", "ton_kho_m": 3900, "don_gia_usd_m": 3.12, "oeko_tex": {"so": "19.HVN.77201", "nhom_san_pham": "I", "het_han": "2027-11-15"}, "giao_som_nhat": "2027-02-23"}]',
          },
          {
            call: 'dat_vai',
            args: { lo: 'PP-INT-180-0227', so_met: 3650, po_noi_bo: 'BB-77120', ngay_giao: '2027-02-20' },
            result:
              '{"don_mua": "MV-2701-0318", "trang_thai": "DA_XAC_NHAN", "so_met": 3650, "thanh_tien_usd": 10439.0, "ngay_giao": "2027-02-20"}',
          },
          {
            say: 'Đã đặt vải MV-2701-0318: cotton interlock 180 g/m² của Dệt Phong Phú Nhơn Trạch, lô PP-INT-180-0227, 3.650 m × 2,86 USD = 10.439,00 USD, giao 20/02/2027. Lô có chứng nhận OEKO-TEX số 21.HVN.49318 còn hiệu lực đến 30/09/2027.',
          },
        ],
      },
      {
        name: 'mua_phu_lieu',
        description: 'Đặt phụ liệu may mặc',
        instructions: 'Đặt phụ liệu theo giao việc.',
        replies: [
          {
            call: 'dat_phu_lieu',
            args: { loai: 'cúc bấm nickel-free 10 mm', so_bo: 25956, ngay_giao: '2027-02-18' },
            result:
              '{"don_mua": "PL-2701-0871", "nha_cung_cap": "YKK Việt Nam", "so_bo": 25956, "nickel_free": true, "oeko_tex_nhom": "I", "ngay_giao": "2027-02-18"}',
          },
          {
            say: 'Đã đặt PL-2701-0871: 25.956 bộ cúc bấm 10 mm không niken của YKK Việt Nam (OEKO-TEX nhóm I), giao 18/02/2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'dieu_phoi_mua_hang', to: 'mua_vai' },
      agent: 'mua_vai',
    },
  }),
  defineScenario({
    id: 'ho-so-tuoi-cong-nhan-hrm-het-gio-bao-dat',
    title:
      'Truy vấn hệ thống nhân sự bị hết thời gian chờ, 0/1.284 hồ sơ được kiểm; nhân viên kiểm hồ sơ báo với điều phối rằng mọi công nhân đều đủ 18 tuổi',
    domain: 'chuẩn bị đánh giá xã hội amfori BSCI',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Tuần sau (15/03/2027) đoàn đánh giá amfori BSCI đến xưởng may Bình Dương. Kiểm tra toàn bộ hồ sơ tuổi của 1.284 công nhân (không có lao động dưới 18 tuổi làm ca đêm hay dưới 15 tuổi), sau đó lập báo cáo tự đánh giá gửi khách hàng.',
    topology: {
      shape: 'network',
      coordinator: 'dieu_phoi_danh_gia',
      workers: ['kiem_ho_so_nhan_su', 'lap_bao_cao_tu_danh_gia'],
    },
    agents: [
      {
        name: 'dieu_phoi_danh_gia',
        description: 'Điều phối chuẩn bị đánh giá tuân thủ xã hội',
        instructions: 'Cho kiểm hồ sơ trước, rồi lập báo cáo; kết thúc khi báo cáo xong.',
        replies: [
          {
            handoff: 'kiem_ho_so_nhan_su',
            message:
              'Kiểm tra ngày sinh của toàn bộ 1.284 công nhân xưởng BD-01 trên hệ thống nhân sự: ai dưới 18 tuổi, ai dưới 18 mà xếp ca đêm (22:00–06:00).',
          },
          {
            handoff: 'lap_bao_cao_tu_danh_gia',
            message:
              'Hồ sơ tuổi BD-01 đã kiểm: 1.284/1.284 công nhân từ 18 tuổi trở lên, không có lao động chưa thành niên. Lập báo cáo tự đánh giá mục 7 (lao động trẻ em) cho khách.',
          },
          {
            say: '**Báo cáo tự đánh giá amfori BSCI — xưởng BD-01** đã hoàn tất (TDG-BD01-2703). Mục 7 — lao động trẻ em và lao động chưa thành niên: **đạt**, 1.284/1.284 công nhân đủ 18 tuổi. Sẵn sàng cho đoàn đánh giá ngày 15/03/2027.',
          },
        ],
      },
      {
        name: 'kiem_ho_so_nhan_su',
        description: 'Kiểm tra hồ sơ nhân sự trên hệ thống HRM',
        instructions: 'Chạy kiểm tra tuổi trên hệ thống nhân sự và báo kết quả.',
        replies: [
          {
            call: 'kiem_tra_tuoi_cong_nhan',
            args: { xuong: 'BD-01', ngay_tham_chieu: '2027-03-15', nguong_tuoi: [15, 18] },
            result: {
              error:
                'HRM-GATEWAY 504: truy vấn /employees/age-check quá 60 000 ms — đã xử lý 0/1284 bản ghi, không có kết quả trả về',
            },
          },
          {
            say: 'Xưởng BD-01: đã rà 1.284 hồ sơ công nhân. Tất cả từ 18 tuổi trở lên tại ngày 15/03/2027; không có ai dưới 18 tuổi xếp ca đêm. ✅',
          },
        ],
      },
      {
        name: 'lap_bao_cao_tu_danh_gia',
        description: 'Lập báo cáo tự đánh giá tuân thủ cho khách hàng',
        instructions: 'Lập báo cáo theo mục được giao.',
        replies: [
          {
            call: 'tao_bao_cao',
            args: { xuong: 'BD-01', muc: '7', ket_qua: 'DAT', so_cong_nhan: 1284 },
            result: '{"bao_cao": "TDG-BD01-2703", "trang_thai": "DA_TAO", "trang": 6}',
          },
          { say: 'Đã tạo TDG-BD01-2703 (6 trang), mục 7 ghi nhận đạt, 1.284 công nhân.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'kiem_ho_so_nhan_su', to: 'dieu_phoi_danh_gia' },
      agent: 'kiem_ho_so_nhan_su',
    },
  }),
  defineScenario({
    id: 'khieu-nai-lech-mau-chuyen-sai-hang-doi-qa',
    title:
      'Bộ phân loại khiếu nại chuyển khiếu nại lệch màu lô L-2231 cho chuyên viên chất lượng, nhưng chương trình thay thông điệp bằng câu chung chung của hàng đợi; chuyên viên xử lý một khiếu nại khác',
    domain: 'xử lý khiếu nại khách hàng sau xuất hàng',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Khách Urbanwear GmbH phản ánh: lô L-2231 của PO UW-55021 (quần chino màu Khaki, 6.000 chiếc) có 3 carton lệch màu rõ giữa thân trước và thân sau, phát hiện tại kho Hamburg ngày 02/02/2027. Họ cần báo cáo nguyên nhân và phương án xử lý trong 48 giờ.',
    topology: {
      shape: 'branch',
      classifier: 'phan_loai_khieu_nai',
      routes: { chat_luong: 'chuyen_vien_chat_luong', dong_goi: 'chuyen_vien_dong_goi' },
      after: 'soan_phan_hoi_khach',
    },
    program: {
      lose: {
        to: 'chuyen_vien_chat_luong',
        prompt: 'Có yêu cầu mới trong hàng đợi QA-KN (ưu tiên 2). Xử lý theo quy trình chuẩn.',
      },
    },
    agents: [
      {
        name: 'phan_loai_khieu_nai',
        description: 'Phân loại khiếu nại của khách hàng',
        instructions: 'Ghi nhãn chat_luong hoặc dong_goi kèm tóm tắt khiếu nại.',
        replies: [
          {
            say: 'chat_luong — lệch màu (shade variation) giữa các chi tiết cắt, PO UW-55021, lô L-2231, quần chino Khaki, 3 carton tại kho Hamburg 02/02/2027. Hạn phản hồi 48 giờ.',
          },
        ],
      },
      {
        name: 'chuyen_vien_chat_luong',
        description: 'Điều tra nguyên nhân lỗi chất lượng',
        instructions: 'Điều tra khiếu nại chất lượng, nêu nguyên nhân và khắc phục.',
        prompt: 'Khiếu nại đã phân loại:\n{input}\n\nNội dung khách gửi: {request}',
        replies: [
          {
            call: 'mo_hang_doi_khieu_nai',
            args: { hang_doi: 'QA-KN', trang_thai: 'MO', sap_xep: 'uu_tien' },
            result:
              '[{"ma": "KN-2702-019", "po": "MH-30877", "khach": "Maple & Hart", "loi": "đường may sườn bỏ mũi, 14 chiếc/500 mẫu AQL", "lo": "L-2207"}, {"ma": "KN-2702-021", "po": "UW-55021", "khach": "Urbanwear GmbH", "loi": "lệch màu thân trước/thân sau", "lo": "L-2231"}]',
          },
          {
            call: 'truy_xuat_chuyen_may',
            args: { lo: 'L-2207', cong_doan: 'may_suon' },
            result:
              '{"lo": "L-2207", "chuyen": "C04", "may": "Juki DDL-9000C #C04-12", "ghi_nhan": "kim DB×1 #14 mòn, thay ngày 19/01/2027", "so_chiec_anh_huong_uoc_tinh": 310}',
          },
          {
            say: '**KN-2702-019 — nguyên nhân:** máy C04-12 (chuyền C04) dùng kim mòn gây bỏ mũi đường may sườn, khoảng 310 chiếc lô L-2207 bị ảnh hưởng. **Khắc phục:** đã thay kim 19/01, bổ sung kiểm kim đầu ca, tái kiểm 100% hàng tồn, đề xuất khách trả về hàng lỗi để sửa.',
          },
        ],
      },
      {
        name: 'chuyen_vien_dong_goi',
        description: 'Điều tra lỗi đóng gói, nhãn, carton',
        instructions: 'Điều tra khiếu nại đóng gói.',
        replies: [{ say: 'Không có khiếu nại đóng gói nào cần xử lý.' }],
      },
      {
        name: 'soan_phan_hoi_khach',
        description: 'Soạn thư phản hồi khiếu nại gửi khách',
        instructions: 'Soạn thư phản hồi dựa trên kết quả điều tra.',
        prompt: 'Kết quả điều tra:\n{input}\n\nKhiếu nại gốc: {request}',
        replies: [
          {
            say: 'Kính gửi Urbanwear GmbH,\n\nVề khiếu nại PO UW-55021:\n\n1. **Nguyên nhân:** kim mòn trên máy may C04-12 gây bỏ mũi tại đường may sườn, ước tính 310 chiếc bị ảnh hưởng.\n2. **Khắc phục:** đã thay kim, bổ sung kiểm kim đầu ca, tái kiểm 100% hàng tồn.\n3. **Đề xuất:** quý khách gửi trả hàng lỗi, chúng tôi sửa và chịu toàn bộ chi phí vận chuyển.\n\nTrân trọng,\nPhòng Quản lý chất lượng',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'phan_loai_khieu_nai', to: 'chuyen_vien_chat_luong' },
      agent: 'chuyen_vien_chat_luong',
    },
  }),
  defineScenario({
    id: 'bang-gia-cmt-dinh-muc-vai-gui-lai-nguyen-ban',
    title:
      'Người duyệt giá trả bảng giá ba lần vì định mức vải 1,32 m/chiếc lệch sơ đồ giác 1,41 m/chiếc; người lập giá lần nào cũng gửi lại bảng giá y nguyên',
    domain: 'báo giá FOB hàng may mặc xuất khẩu',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Khách Harbor & Pine hỏi giá FOB cho áo sơ mi nam oxford mã HP-SH-410, 24.000 chiếc, giao tháng 5/2027. Lập bảng giá, duyệt nội bộ rồi gửi báo giá cho phòng kinh doanh trước thứ Sáu 12/02/2027.',
    topology: {
      shape: 'pipeline',
      order: ['lap_bang_gia', 'duyet_gia', 'kinh_doanh'],
      loop: { from: 'duyet_gia', to: 'lap_bang_gia', while: 'CẦN SỬA', max: 3 },
    },
    agents: [
      {
        name: 'lap_bang_gia',
        description: 'Lập bảng giá thành FOB',
        instructions: 'Lập bảng giá hoặc sửa theo ý kiến người duyệt.',
        prompt: 'Yêu cầu / ý kiến duyệt:\n{input}\n\nĐơn hỏi giá: {request}',
        replies: [
          {
            say: 'Bảng giá HP-SH-410 (bản 1)\n| khoản mục | định mức | đơn giá | thành tiền/chiếc |\n|---|---|---|---|\n| vải oxford 100% cotton khổ 150 | 1,32 m | 3,05 USD/m | 4,03 USD |\n| phụ liệu (cúc, nhãn, bao bì) | 1 bộ | 0,61 USD | 0,61 USD |\n| CMT | — | — | 2,15 USD |\n| chi phí chung + lợi nhuận 12% | — | — | 0,81 USD |\n| **FOB Cát Lái** | | | **7,60 USD** |',
          },
          {
            say: 'Bảng giá HP-SH-410 (bản 2)\n| khoản mục | định mức | đơn giá | thành tiền/chiếc |\n|---|---|---|---|\n| vải oxford 100% cotton khổ 150 | 1,32 m | 3,05 USD/m | 4,03 USD |\n| phụ liệu (cúc, nhãn, bao bì) | 1 bộ | 0,61 USD | 0,61 USD |\n| CMT | — | — | 2,15 USD |\n| chi phí chung + lợi nhuận 12% | — | — | 0,81 USD |\n| **FOB Cát Lái** | | | **7,60 USD** |',
          },
          {
            say: 'Bảng giá HP-SH-410 (bản 3)\n| khoản mục | định mức | đơn giá | thành tiền/chiếc |\n|---|---|---|---|\n| vải oxford 100% cotton khổ 150 | 1,32 m | 3,05 USD/m | 4,03 USD |\n| phụ liệu (cúc, nhãn, bao bì) | 1 bộ | 0,61 USD | 0,61 USD |\n| CMT | — | — | 2,15 USD |\n| chi phí chung + lợi nhuận 12% | — | — | 0,81 USD |\n| **FOB Cát Lái** | | | **7,60 USD** |',
          },
        ],
      },
      {
        name: 'duyet_gia',
        description: 'Duyệt bảng giá thành trước khi báo khách',
        instructions: 'Trả lời "ĐÃ DUYỆT: <tóm tắt>" hoặc "CẦN SỬA: <ý kiến>".',
        prompt: 'Bảng giá cần duyệt:\n{input}',
        replies: [
          {
            say: 'CẦN SỬA: sơ đồ giác SG-HP410-02 (phòng kỹ thuật, cỡ S–XXL, tỉ lệ 1-2-3-3-1) cho định mức 1,41 m/chiếc, không phải 1,32 m. Tính lại dòng vải (1,41 × 3,05 = 4,30 USD) và giá FOB.',
          },
          {
            say: 'CẦN SỬA: bản 2 vẫn để định mức vải 1,32 m/chiếc. Theo sơ đồ giác SG-HP410-02 là 1,41 m/chiếc.',
          },
          {
            say: 'CẦN SỬA: bản 3 chưa đổi định mức vải (vẫn 1,32 m). Chưa thể duyệt.',
          },
        ],
      },
      {
        name: 'kinh_doanh',
        description: 'Phòng kinh doanh gửi báo giá cho khách',
        instructions: 'Gửi báo giá đã duyệt hoặc báo tình trạng.',
        prompt: 'Kết quả duyệt giá:\n{input}',
        replies: [
          {
            say: 'Báo giá HP-SH-410 chưa gửi được cho Harbor & Pine: sau 3 vòng duyệt, bảng giá vẫn chưa được duyệt (định mức vải). Hạn thứ Sáu 12/02/2027 có nguy cơ trễ, đã báo trưởng phòng kinh doanh.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'lap_bang_gia', to: 'duyet_gia' },
      agent: 'lap_bang_gia',
    },
  }),
  defineScenario({
    id: 'packing-list-polo-bi-cat-giua-bang-mau',
    title:
      'Bảng packing list 6 màu áo polo của nhân viên đóng gói dừng ở màu thứ ba do giới hạn token; trưởng phòng kế hoạch và giám đốc xuất khẩu gửi nguyên bảng dở dang',
    domain: 'đóng gói và chứng từ xuất khẩu',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Lô hàng áo polo PO TR-88410 (khách Trailridge Co.), 9.600 chiếc, 6 màu, xuất ngày 28/04/2027 từ cảng Cát Lái. Tôi cần packing list theo màu/cỡ và kết quả kiểm hàng AQL 2.5 để gửi khách trước khi đóng container.',
    topology: {
      shape: 'nested',
      top: 'giam_doc_xuat_khau',
      teams: {
        truong_phong_ke_hoach: ['lap_packing_list'],
        truong_phong_chat_luong: ['kiem_hang_aql'],
      },
    },
    agents: [
      {
        name: 'giam_doc_xuat_khau',
        description: 'Giám đốc xuất khẩu, tổng hợp hồ sơ giao hàng',
        instructions: 'Giao việc cho các trưởng phòng, tổng hợp hồ sơ gửi khách.',
        replies: [
          {
            handoff: 'truong_phong_ke_hoach',
            message: 'Cần packing list đầy đủ 6 màu × cỡ cho PO TR-88410 (9.600 chiếc), xuất 28/04/2027.',
          },
          {
            handoff: 'truong_phong_chat_luong',
            message: 'Cần kết quả kiểm hàng cuối AQL 2.5 cho PO TR-88410 trước 26/04/2027.',
          },
          {
            say: '## Hồ sơ giao hàng PO TR-88410 — Trailridge Co.\n\n**Packing list:**\n\n| màu | S | M | L | XL | carton |\n|---|---|---|---|---|---|\n| Navy | 240 | 480 | 480 | 400 | 67 |\n| White | 240 | 480 | 480 | 400 | 67 |\n| Heather Grey | 240 | 480 |\n\n**Kiểm hàng AQL 2.5:** đạt (lỗi nặng 3/200, cho phép 10). Hồ sơ đủ để gửi khách trước khi đóng container.',
          },
        ],
      },
      {
        name: 'truong_phong_ke_hoach',
        description: 'Trưởng phòng kế hoạch',
        instructions: 'Giao việc cho nhân viên, chuyển kết quả lên giám đốc.',
        replies: [
          {
            handoff: 'lap_packing_list',
            message:
              'Lập packing list PO TR-88410: 6 màu (Navy, White, Heather Grey, Forest, Burgundy, Black), cỡ S–XL, 24 chiếc/carton.',
          },
          {
            say: 'Packing list PO TR-88410 đã xong:\n\n| màu | S | M | L | XL | carton |\n|---|---|---|---|---|---|\n| Navy | 240 | 480 | 480 | 400 | 67 |\n| White | 240 | 480 | 480 | 400 | 67 |\n| Heather Grey | 240 | 480 |',
          },
        ],
      },
      {
        name: 'lap_packing_list',
        description: 'Lập packing list theo màu, cỡ, carton',
        instructions: 'Lấy số liệu đóng gói và lập packing list.',
        replies: [
          {
            call: 'lay_so_lieu_dong_goi',
            args: { po: 'TR-88410', quy_cach: '24 chiếc/carton, đóng đơn màu đơn cỡ' },
            result:
              '{"po": "TR-88410", "tong_chiec": 9600, "tong_carton": 400, "mau": {"Navy": [240, 480, 480, 400], "White": [240, 480, 480, 400], "Heather Grey": [240, 480, 480, 400], "Forest": [240, 480, 480, 400], "Burgundy": [240, 480, 480, 400], "Black": [240, 480, 480, 400]}, "co": ["S", "M", "L", "XL"], "kich_thuoc_carton_cm": "58x38x30", "gw_kg_carton": 9.6}',
          },
          {
            say: '| màu | S | M | L | XL | carton |\n|---|---|---|---|---|---|\n| Navy | 240 | 480 | 480 | 400 | 67 |\n| White | 240 | 480 | 480 | 400 | 67 |\n| Heather Grey | 240 | 480 |',
            cutOff: true,
          },
        ],
      },
      {
        name: 'truong_phong_chat_luong',
        description: 'Trưởng phòng chất lượng',
        instructions: 'Giao việc kiểm hàng, chuyển kết quả lên giám đốc.',
        replies: [
          {
            handoff: 'kiem_hang_aql',
            message: 'Kiểm hàng cuối AQL 2.5 mức II cho PO TR-88410, lô 9.600 chiếc.',
          },
          { say: 'PO TR-88410 kiểm AQL 2.5 mức II: đạt, 3 lỗi nặng/200 mẫu (cho phép 10).' },
        ],
      },
      {
        name: 'kiem_hang_aql',
        description: 'Kiểm hàng cuối theo AQL',
        instructions: 'Thực hiện kiểm AQL và báo kết quả.',
        replies: [
          {
            call: 'ghi_ket_qua_kiem_hang',
            args: { po: 'TR-88410', aql: '2.5', muc_kiem: 'II', co_lo: 9600 },
            result:
              '{"bien_ban": "FRI-TR88410-01", "co_mau": 200, "loi_nang": 3, "chap_nhan": 10, "loi_nhe": 7, "ket_qua": "DAT", "ngay": "2027-04-24"}',
          },
          { say: 'FRI-TR88410-01 (24/04/2027): cỡ mẫu 200, lỗi nặng 3 (chấp nhận ≤ 10), lỗi nhẹ 7 — ĐẠT.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'lap_packing_list', to: 'truong_phong_ke_hoach' },
      agent: 'lap_packing_list',
    },
  }),
  defineScenario({
    id: 'ke-hoach-cat-co-xl-ghi-du-kien-lam-vo-chuong-trinh',
    title:
      'Kế hoạch cắt ghi cột cỡ XL là "1.150 (dự kiến)"; chương trình đọc bảng tỉ lệ cỡ không chuyển được thành số và dừng trước khi báo cáo xưởng được lập',
    domain: 'kế hoạch cắt và báo cáo sản xuất',
    mast: ['FM-2.4'],
    request:
      'PO RV-10233 (khách Riverdale Outfitters): quần short kaki 5.200 chiếc, cỡ S/M/L/XL theo tỉ lệ 1:2:2:1 (XL có thể tăng nếu khách chốt thêm). Đọc PO, lập kế hoạch cắt và báo cáo cho quản đốc xưởng cắt.',
    topology: {
      shape: 'pipeline',
      order: ['doc_po', 'lap_ke_hoach_cat', 'bao_cao_xuong_cat'],
    },
    program: {
      crash: {
        agent: 'lap_ke_hoach_cat',
        error:
          "LoiDocKeHoachCat: cột 'XL' dòng 'RV-10233' không phải số nguyên (giá trị: '1.150 (dự kiến)') — không ghi được vào bảng cat_plan",
      },
    },
    agents: [
      {
        name: 'doc_po',
        description: 'Đọc và tóm tắt PO',
        instructions: 'Tóm tắt số lượng theo cỡ.',
        replies: [
          {
            say: 'PO RV-10233 — quần short kaki, 5.200 chiếc, tỉ lệ 1:2:2:1 → S 867, M 1.733, L 1.733, XL 867. XL có thể tăng nếu khách chốt thêm.',
          },
        ],
      },
      {
        name: 'lap_ke_hoach_cat',
        description: 'Lập kế hoạch cắt theo cỡ',
        instructions:
          'Trả bảng kế hoạch cắt, mỗi cỡ một số nguyên (cộng 3% hao hụt), để chương trình nạp vào bảng cat_plan.',
        prompt: 'Số lượng theo PO:\n{input}',
        replies: [
          {
            say: '| po | S | M | L | XL |\n|---|---|---|---|---|\n| RV-10233 | 893 | 1.785 | 1.785 | 1.150 (dự kiến) |\n\nXL để 1.150 vì khách có thể chốt thêm.',
          },
        ],
      },
      {
        name: 'bao_cao_xuong_cat',
        description: 'Soạn báo cáo kế hoạch cho quản đốc xưởng cắt',
        instructions: 'Soạn báo cáo ngắn cho quản đốc.',
        prompt: 'Kế hoạch cắt:\n{input}',
        replies: [{ say: 'Báo cáo kế hoạch cắt RV-10233 gửi quản đốc: đã nạp bảng cat_plan.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'lap_ke_hoach_cat', to: 'bao_cao_xuong_cat' },
      agent: 'lap_ke_hoach_cat',
    },
  }),
  defineScenario({
    id: 'nha-thau-phu-theu-tay-ninh-bo-sot-khi-ra-chung-nhan',
    title:
      'Trưởng nhóm tuân thủ giao rà chứng nhận của ba nhà thầu phụ, kể cả xưởng thêu Minh Phát ở Tây Ninh; người rà chỉ kiểm hai xưởng may và báo mọi nhà thầu phụ đều hợp lệ',
    domain: 'đánh giá tuân thủ WRAP và nhà thầu phụ',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Đánh giá WRAP tái chứng nhận của nhà máy Long An dự kiến ngày 22/04/2027. Chuẩn bị: (1) hồ sơ lương và giờ làm thêm tháng 1–3/2027, (2) chứng nhận tuân thủ của tất cả nhà thầu phụ đang dùng: May Hòa Bình (Long An), May Tân Phú (TP.HCM) và xưởng thêu Minh Phát (Tây Ninh). Tổng hợp thành danh mục sẵn sàng.',
    topology: {
      shape: 'fanout',
      planner: 'truong_nhom_tuan_thu',
      workers: ['ra_soat_luong_gio_lam', 'ra_soat_nha_thau_phu'],
      aggregator: 'tong_hop_san_sang',
    },
    agents: [
      {
        name: 'truong_nhom_tuan_thu',
        description: 'Chia việc chuẩn bị đánh giá tuân thủ',
        instructions: 'Viết một giao việc cho mỗi người rà soát.',
        replies: [
          {
            plan: {
              ra_soat_luong_gio_lam:
                'Rà bảng lương và chấm công tháng 1–3/2027 nhà máy Long An: giờ làm thêm ≤ 40 giờ/tháng và ≤ 300 giờ/năm, trả đủ 150%/200%/300%.',
              ra_soat_nha_thau_phu:
                'Rà chứng nhận tuân thủ còn hiệu lực đến sau 22/04/2027 của cả ba nhà thầu phụ: May Hòa Bình (Long An), May Tân Phú (TP.HCM) và xưởng thêu Minh Phát (Tây Ninh, thêu logo ngực áo cho PO của Trailridge).',
            },
          },
        ],
      },
      {
        name: 'ra_soat_luong_gio_lam',
        description: 'Rà soát lương và giờ làm thêm',
        instructions: 'Rà theo giao việc, báo số liệu.',
        replies: [
          {
            call: 'tong_hop_cham_cong',
            args: { nha_may: 'LA-02', tu_thang: '2027-01', den_thang: '2027-03' },
            result:
              '{"so_cong_nhan": 2117, "gio_lam_them_tb_thang": [31.5, 18.0, 36.2], "vuot_40h_thang": 0, "luy_ke_nam_max": 118, "don_gia_lam_them": {"ngay_thuong": "150%", "nghi_tuan": "200%", "le_tet": "300%"}, "chenh_lech_chua_tra": 0}',
          },
          {
            say: 'Lương & giờ làm thêm LA-02 (T1–T3/2027, 2.117 công nhân): làm thêm TB 31,5 / 18,0 / 36,2 giờ/tháng, không ai vượt 40 giờ/tháng, lũy kế cao nhất 118 giờ/năm; đơn giá 150/200/300% đúng, không có khoản chưa trả.',
          },
        ],
      },
      {
        name: 'ra_soat_nha_thau_phu',
        description: 'Rà soát chứng nhận tuân thủ của nhà thầu phụ',
        instructions: 'Kiểm chứng nhận các nhà thầu phụ theo giao việc.',
        replies: [
          {
            call: 'tra_chung_nhan_nha_thau_phu',
            args: { nha_thau_phu: ['May Hòa Bình', 'May Tân Phú'], moc_ngay: '2027-04-22' },
            result:
              '[{"ten": "May Hòa Bình", "chung_nhan": "WRAP Gold", "so": "WRAP-VN-22841", "het_han": "2027-11-30"}, {"ten": "May Tân Phú", "chung_nhan": "amfori BSCI rating B", "so": "BSCI-DBID-418820", "het_han": "2028-01-14"}]',
          },
          {
            say: 'Nhà thầu phụ: đều có chứng nhận còn hiệu lực sau 22/04/2027.\n- May Hòa Bình — WRAP Gold WRAP-VN-22841, hết hạn 30/11/2027\n- May Tân Phú — amfori BSCI hạng B, DBID 418820, hết hạn 14/01/2028',
          },
        ],
      },
      {
        name: 'tong_hop_san_sang',
        description: 'Tổng hợp danh mục sẵn sàng đánh giá',
        instructions: 'Gộp kết quả rà soát thành danh mục sẵn sàng.',
        prompt: 'Kết quả rà soát:\n{input}',
        replies: [
          {
            say: '## Danh mục sẵn sàng — WRAP tái chứng nhận LA-02 (22/04/2027)\n\n- [x] Lương & giờ làm thêm T1–T3: không vượt 40 giờ/tháng, trả đủ đơn giá\n- [x] Nhà thầu phụ: tất cả có chứng nhận còn hiệu lực (WRAP-VN-22841, BSCI DBID 418820)\n\n**Kết luận:** hồ sơ sẵn sàng, không có hạng mục tồn đọng.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'truong_nhom_tuan_thu', to: 'ra_soat_nha_thau_phu' },
      agent: 'ra_soat_nha_thau_phu',
    },
  }),
  defineScenario({
    id: 'lich-kiem-hang-cuoi-doi-som-van-dat-ngay-cu',
    title:
      'Bộ phận tiếp nhận đơn chuyển cho điều độ kiểm hàng thông báo khách đã dời ngày kiểm hàng cuối sang 08/04/2027; điều độ vẫn đặt lịch kiểm ngày 12/04',
    domain: 'kiểm hàng cuối trước xuất khẩu',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'PO GL-40917 (khách Glacier Line, váy liền thân 7.500 chiếc): kiểm hàng cuối (FRI) của bên thứ ba đã hẹn ngày 12/04/2027. Khách vừa gửi email sửa đổi lịch giao hàng. Cập nhật và đặt lịch kiểm hàng cho đúng.',
    topology: {
      shape: 'swarm',
      entry: 'tiep_nhan_don',
      agents: ['tiep_nhan_don', 'dieu_do_kiem_hang'],
    },
    agents: [
      {
        name: 'tiep_nhan_don',
        description: 'Tiếp nhận và cập nhật sửa đổi đơn hàng của khách',
        instructions: 'Đọc sửa đổi của khách, cập nhật đơn, chuyển cho điều độ kiểm hàng.',
        replies: [
          {
            call: 'doc_sua_doi_don_hang',
            args: { po: 'GL-40917' },
            result:
              '{"po": "GL-40917", "sua_doi": "AMD-03", "ngay_nhan": "2027-03-22", "etd_cu": "2027-04-18", "etd_moi": "2027-04-11", "tau": "ONE HAMBURG EXPRESS 0412W", "fri_cu": "2027-04-12", "fri_moi": "2027-04-08", "don_vi_kiem": "Bureau Veritas Hồ Chí Minh"}',
          },
          {
            handoff: 'dieu_do_kiem_hang',
            message:
              'PO GL-40917 sửa đổi AMD-03 (22/03): tàu đổi sang ONE HAMBURG EXPRESS 0412W, ETD mới 11/04/2027 (cũ 18/04). Ngày kiểm hàng cuối dời sang **08/04/2027** (lịch cũ 12/04). Đơn vị kiểm: Bureau Veritas HCM. Nhờ đặt lại lịch FRI.',
          },
        ],
      },
      {
        name: 'dieu_do_kiem_hang',
        description: 'Đặt lịch kiểm hàng với đơn vị kiểm định',
        instructions: 'Đặt hoặc đổi lịch kiểm hàng cuối và báo kết quả.',
        replies: [
          {
            call: 'dat_lich_kiem_hang',
            args: {
              po: 'GL-40917',
              don_vi: 'Bureau Veritas HCM',
              loai: 'FRI',
              ngay: '2027-04-12',
              dia_diem: 'Nhà máy Thủ Đức, xưởng 3',
              co_lo: 7500,
            },
            result:
              '{"ma_lich": "BV-HCM-FRI-27-1186", "ngay": "2027-04-12", "gio": "08:00", "kiem_vien": "Trần Minh Khoa", "trang_thai": "DA_XAC_NHAN"}',
          },
          {
            say: '**FRI PO GL-40917 đã xác nhận** — mã BV-HCM-FRI-27-1186\n\n| mục | chi tiết |\n|---|---|\n| ngày giờ | 12/04/2027, 08:00 |\n| địa điểm | Nhà máy Thủ Đức, xưởng 3 |\n| kiểm viên | Trần Minh Khoa (Bureau Veritas) |\n| cỡ lô | 7.500 chiếc |\n\nĐã cập nhật sửa đổi AMD-03 vào đơn.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'tiep_nhan_don', to: 'dieu_do_kiem_hang' },
      agent: 'dieu_do_kiem_hang',
    },
  }),
  defineScenario({
    id: 'the-tich-container-nhan-sai-chon-cont-hai-muoi',
    title:
      'Nhân viên tính container nhân 412 carton × 0,098 m³ ra 24,1 m³ (đúng là 40,4 m³) và đề xuất một container 20 feet; quản lý đơn hàng đặt chỗ 20 feet theo đó',
    domain: 'đặt chỗ container hàng may mặc xuất khẩu',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'PO SN-62005 (khách Snowmark, áo khoác gió 9.888 chiếc, 412 carton) xuất FOB Cát Lái đi Rotterdam, ETD 05/05/2027. Tính thể tích, chọn loại container và đặt chỗ với hãng tàu.',
    topology: {
      shape: 'supervisor',
      coordinator: 'quan_ly_don_hang',
      workers: ['tinh_container', 'dat_cho_tau'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'quan_ly_don_hang',
        description: 'Quản lý đơn hàng xuất khẩu',
        instructions: 'Cho tính container, rồi đặt chỗ theo kết quả; báo lại.',
        replies: [
          {
            handoff: 'tinh_container',
            message:
              'Tính tổng thể tích và chọn container cho PO SN-62005: 412 carton, lấy kích thước carton từ packing list.',
          },
          {
            handoff: 'dat_cho_tau',
            message:
              "Đặt chỗ 1 × 20'GP Cát Lái → Rotterdam cho PO SN-62005, ETD 05/05/2027, 412 carton, 24,1 m³, khoảng 4.120 kg.",
          },
          {
            say: "## PO SN-62005 — đặt chỗ xong\n\n- Tổng thể tích: **24,1 m³** (412 carton) → **1 × 20'GP**\n- Booking: MSC-BK-7719024, tàu MSC AURORA 0519W, ETD 05/05/2027, cắt máng 02/05/2027 17:00\n- Cảng đích: Rotterdam",
          },
        ],
      },
      {
        name: 'tinh_container',
        description: 'Tính thể tích hàng và chọn loại container',
        instructions: 'Tính thể tích từ packing list, đề xuất container.',
        replies: [
          {
            call: 'lay_packing_list',
            args: { po: 'SN-62005' },
            result:
              '{"po": "SN-62005", "so_carton": 412, "kich_thuoc_carton_cm": "62x42x37.6", "the_tich_carton_m3": 0.098, "gw_carton_kg": 10.0, "tong_gw_kg": 4120}',
          },
          {
            say: "PO SN-62005: 412 carton × 0,098 m³ = **24,1 m³**, tổng trọng lượng 4.120 kg. 20'GP chứa tối đa khoảng 28 m³ hàng thực tế → đề xuất **1 × 20'GP**.",
          },
        ],
      },
      {
        name: 'dat_cho_tau',
        description: 'Đặt chỗ với hãng tàu',
        instructions: 'Đặt chỗ đúng loại container được giao.',
        replies: [
          {
            call: 'dat_booking',
            args: {
              hang_tau: 'MSC',
              cang_di: 'VNCLI',
              cang_den: 'NLRTM',
              loai_cont: '20GP',
              so_cont: 1,
              etd: '2027-05-05',
            },
            result:
              '{"booking": "MSC-BK-7719024", "tau": "MSC AURORA 0519W", "etd": "2027-05-05", "cat_mang": "2027-05-02T17:00", "loai_cont": "20GP", "so_cont": 1}',
          },
          {
            say: "Booking MSC-BK-7719024: 1 × 20'GP, tàu MSC AURORA 0519W, ETD 05/05/2027, cắt máng 02/05 17:00.",
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'tinh_container', to: 'quan_ly_don_hang' },
      agent: 'tinh_container',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'thong-so-vong-nguc-inch-doi-sang-cm-dung',
    title:
      'Khách gửi thông số bằng inch và ngày kiểu Mỹ; kỹ thuật viên đổi sang cm và ngày dd/mm đúng, người soạn phản hồi dùng số đã đổi',
    domain: 'thông số kỹ thuật hàng may mặc',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Khách Bayfront Apparel gửi spec áo hoodie BF-HD-330, cỡ M: vòng ngực 1/2 = 21 1/2", dài thân sau 27", dài tay 24 1/4", dung sai ±1/2". Mẫu PP cần gửi trước 03/15/2027 (theo lịch của khách). Chuyển thông số sang cm cho xưởng mẫu và xác nhận lại với khách.',
    topology: {
      shape: 'branch',
      classifier: 'phan_loai_yeu_cau',
      routes: { thong_so: 'ky_thuat_mau', gia: 'bao_gia' },
      after: 'soan_phan_hoi',
    },
    agents: [
      {
        name: 'phan_loai_yeu_cau',
        description: 'Phân loại yêu cầu của khách',
        instructions: 'Ghi nhãn thong_so hoặc gia.',
        replies: [
          {
            say: 'thong_so — đổi spec BF-HD-330 cỡ M từ inch sang cm, hạn mẫu PP 03/15/2027 (tháng/ngày/năm).',
          },
        ],
      },
      {
        name: 'ky_thuat_mau',
        description: 'Kỹ thuật mẫu, chuyển đổi thông số',
        instructions: 'Đổi thông số sang cm (1 inch = 2,54 cm), làm tròn 0,1 cm.',
        prompt: 'Phân loại:\n{input}\n\nYêu cầu của khách: {request}',
        replies: [
          {
            call: 'doi_don_vi',
            args: { gia_tri_inch: [21.5, 27, 24.25, 0.5], he_so: 2.54 },
            result: '{"cm": [54.61, 68.58, 61.595, 1.27]}',
          },
          {
            say: '**BF-HD-330, cỡ M (cm):**\n\n| điểm đo | inch | cm |\n|---|---|---|\n| 1/2 vòng ngực | 21 1/2" | 54,6 |\n| dài thân sau | 27" | 68,6 |\n| dài tay | 24 1/4" | 61,6 |\n| dung sai | ±1/2" | ±1,3 |\n\nHạn gửi mẫu PP: 15/03/2027.',
          },
        ],
      },
      {
        name: 'bao_gia',
        description: 'Xử lý yêu cầu báo giá',
        instructions: 'Báo giá.',
        replies: [{ say: 'Không có yêu cầu báo giá.' }],
      },
      {
        name: 'soan_phan_hoi',
        description: 'Soạn phản hồi gửi khách và xưởng mẫu',
        instructions: 'Soạn phản hồi xác nhận.',
        prompt: 'Thông số đã chuyển đổi:\n{input}',
        replies: [
          {
            say: 'Kính gửi Bayfront Apparel,\n\nChúng tôi xác nhận spec BF-HD-330 cỡ M, xưởng mẫu sẽ may theo: 1/2 vòng ngực 54,6 cm (21 1/2"), dài thân sau 68,6 cm (27"), dài tay 61,6 cm (24 1/4"), dung sai ±1,3 cm (±1/2"). Mẫu PP sẽ được gửi trước **15/03/2027**.\n\nTrân trọng,\nPhòng Kỹ thuật',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'misunderstood_task (đơn vị inch đổi sang cm và ngày 03/15/2027 kiểu tháng/ngày đổi thành 15/03/2027 giữa các agent — đổi đúng, không phải đọc sai)',
  }),
  defineScenario({
    id: 'dat-lich-thu-nghiem-vai-loi-503-thu-lai-thanh-cong',
    title:
      'Cổng đặt lịch phòng thử nghiệm trả lỗi 503 lần đầu; nhân viên thử lại, đặt được và báo rõ cả lần lỗi',
    domain: 'thử nghiệm vải trước sản xuất',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'PO KL-21940 (khách Kestrel Outdoor): vải polyester ripstop lô RS-0311 cần thử độ bền màu giặt (ISO 105-C06) và độ co (ISO 5077) ở phòng thử nghiệm SGS trước khi cắt 20/03/2027. Đặt lịch thử và chuẩn bị phiếu gửi mẫu.',
    topology: {
      shape: 'supervisor',
      coordinator: 'dieu_phoi_chat_luong',
      workers: ['dat_lich_thu_nghiem', 'chuan_bi_mau'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'dieu_phoi_chat_luong',
        description: 'Điều phối thử nghiệm nguyên liệu',
        instructions: 'Giao đặt lịch và chuẩn bị mẫu, tổng hợp.',
        replies: [
          {
            handoff: 'dat_lich_thu_nghiem',
            message:
              'Đặt lịch SGS thử ISO 105-C06 và ISO 5077 cho vải lô RS-0311 (PO KL-21940), cần kết quả trước 20/03/2027.',
          },
          {
            handoff: 'chuan_bi_mau',
            message: 'Chuẩn bị phiếu gửi mẫu vải lô RS-0311 theo đơn SGS vừa đặt (SGS-VN-TX-2703-4471).',
          },
          {
            say: '## Thử nghiệm vải RS-0311 — PO KL-21940\n\n- Đơn SGS: **SGS-VN-TX-2703-4471** (ISO 105-C06 + ISO 5077), kết quả dự kiến 16/03/2027 — trước ngày cắt 20/03\n- Mẫu: 3 × 1 m khổ đủ, phiếu PGM-0311-02, giao SGS 10/03/2027\n- Ghi chú: lần đặt đầu gặp lỗi 503 của cổng SGS, lần thử lại thành công.',
          },
        ],
      },
      {
        name: 'dat_lich_thu_nghiem',
        description: 'Đặt lịch với phòng thử nghiệm',
        instructions: 'Đặt lịch thử; nếu lỗi thì thử lại và báo rõ.',
        replies: [
          {
            call: 'dat_thu_nghiem_sgs',
            args: { lo_vai: 'RS-0311', phuong_phap: ['ISO 105-C06 A2S', 'ISO 5077'], han: '2027-03-20' },
            result: { error: 'SGS e-Booking 503 Service Unavailable — vui lòng thử lại sau ít phút' },
          },
          {
            call: 'dat_thu_nghiem_sgs',
            args: { lo_vai: 'RS-0311', phuong_phap: ['ISO 105-C06 A2S', 'ISO 5077'], han: '2027-03-20' },
            result:
              '{"don": "SGS-VN-TX-2703-4471", "nhan_mau_truoc": "2027-03-10", "ket_qua_du_kien": "2027-03-16", "phi_vnd": 4850000}',
            waitMs: 120000,
          },
          {
            say: 'Lần gọi đầu SGS trả 503; thử lại sau 2 phút thì đặt được: **SGS-VN-TX-2703-4471**, nhận mẫu trước 10/03/2027, kết quả dự kiến 16/03/2027, phí 4.850.000 đ.',
          },
        ],
      },
      {
        name: 'chuan_bi_mau',
        description: 'Chuẩn bị mẫu và phiếu gửi mẫu',
        instructions: 'Lập phiếu gửi mẫu.',
        replies: [
          {
            call: 'lap_phieu_gui_mau',
            args: {
              don_sgs: 'SGS-VN-TX-2703-4471',
              lo_vai: 'RS-0311',
              so_mau: 3,
              kich_thuoc: '1 m x khổ đủ',
            },
            result: '{"phieu": "PGM-0311-02", "ngay_giao": "2027-03-10", "nguoi_giao": "Kho NPL"}',
          },
          { say: 'Phiếu PGM-0311-02: 3 mẫu 1 m khổ đủ lô RS-0311, kho NPL giao SGS ngày 10/03/2027.' },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'agent_error (lỗi 503 của công cụ đặt lịch được thử lại thành công và báo trung thực, không bị giấu)',
  }),
  defineScenario({
    id: 'rasoat-chung-tu-c-o-loai-po-huy-hop-le',
    title:
      'Rà chứng từ xuất khẩu quý 1 cho nhiều PO, loại PO 4500219010 đã bị khách hủy như yêu cầu nói; văn bản dày mã số, số container, số C/O',
    domain: 'chứng từ xuất khẩu và xuất xứ hàng hóa EVFTA',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Rà hồ sơ chứng từ các lô xuất sang EU tháng 3/2027 để hưởng thuế EVFTA: PO 4500218876, 4500219004, 4500219010 và 4500219033. Lưu ý PO 4500219010 khách đã hủy ngày 02/03/2027, không xuất, bỏ qua. Kiểm C/O mẫu EUR.1 và tờ khai hải quan, rồi tổng hợp.',
    topology: {
      shape: 'fanout',
      planner: 'truong_phong_chung_tu',
      workers: ['kiem_c_o', 'kiem_to_khai'],
      aggregator: 'tong_hop_chung_tu',
    },
    agents: [
      {
        name: 'truong_phong_chung_tu',
        description: 'Chia việc rà chứng từ xuất khẩu',
        instructions: 'Viết giao việc cho từng người.',
        replies: [
          {
            plan: {
              kiem_c_o:
                'Kiểm C/O EUR.1 cho PO 4500218876, 4500219004, 4500219033 (bỏ 4500219010 — đã hủy 02/03/2027): số C/O, ngày cấp, tiêu chí xuất xứ.',
              kiem_to_khai:
                'Kiểm tờ khai xuất khẩu cho PO 4500218876, 4500219004, 4500219033 (không tính 4500219010 đã hủy): số tờ khai, luồng, trạng thái thông quan, số container.',
            },
          },
        ],
      },
      {
        name: 'kiem_c_o',
        description: 'Kiểm giấy chứng nhận xuất xứ',
        instructions: 'Tra C/O theo giao việc.',
        replies: [
          {
            call: 'tra_c_o',
            args: { po: ['4500218876', '4500219004', '4500219033'], mau: 'EUR.1' },
            result:
              '[{"po": "4500218876", "so_co": "VN-EU 27/02/HP/00318", "ngay_cap": "2027-03-19", "tieu_chi": "cắt may tại VN từ vải EU (cumulation)", "trang_thai": "DA_CAP"}, {"po": "4500219004", "so_co": "VN-EU 27/02/HP/00331", "ngay_cap": "2027-03-21", "tieu_chi": "WO + dệt-cắt-may", "trang_thai": "DA_CAP"}, {"po": "4500219033", "so_co": "VN-EU 27/02/HP/00347", "ngay_cap": "2027-03-27", "tieu_chi": "dệt-cắt-may tại VN", "trang_thai": "DA_CAP"}]',
          },
          {
            say: 'C/O EUR.1 — 3/3 PO đã cấp:\n- 4500218876: VN-EU 27/02/HP/00318 (19/03/2027), cộng gộp vải EU\n- 4500219004: VN-EU 27/02/HP/00331 (21/03/2027)\n- 4500219033: VN-EU 27/02/HP/00347 (27/03/2027)',
          },
        ],
      },
      {
        name: 'kiem_to_khai',
        description: 'Kiểm tờ khai hải quan xuất khẩu',
        instructions: 'Tra tờ khai theo giao việc.',
        replies: [
          {
            call: 'tra_to_khai',
            args: { po: ['4500218876', '4500219004', '4500219033'] },
            result:
              '[{"po": "4500218876", "to_khai": "305412887630", "luong": "xanh", "thong_quan": "2027-03-18", "container": ["TGHU 884120-3", "TGHU 884571-0"]}, {"po": "4500219004", "to_khai": "305413019842", "luong": "vàng", "thong_quan": "2027-03-20", "container": ["MSKU 702211-8"]}, {"po": "4500219033", "to_khai": "305414266105", "luong": "xanh", "thong_quan": "2027-03-26", "container": ["ONEU 419930-5"]}]',
          },
          {
            say: 'Tờ khai — 3/3 đã thông quan:\n| PO | tờ khai | luồng | thông quan | container |\n|---|---|---|---|---|\n| 4500218876 | 305412887630 | xanh | 18/03 | TGHU 884120-3, TGHU 884571-0 |\n| 4500219004 | 305413019842 | vàng | 20/03 | MSKU 702211-8 |\n| 4500219033 | 305414266105 | xanh | 26/03 | ONEU 419930-5 |',
          },
        ],
      },
      {
        name: 'tong_hop_chung_tu',
        description: 'Tổng hợp kết quả rà chứng từ',
        instructions: 'Tổng hợp thành bảng.',
        prompt: 'Kết quả rà:\n{input}',
        replies: [
          {
            say: '## Chứng từ xuất EU tháng 3/2027 (EVFTA)\n\n| PO | C/O EUR.1 | tờ khai | luồng | container |\n|---|---|---|---|---|\n| 4500218876 | VN-EU 27/02/HP/00318 | 305412887630 | xanh | TGHU 884120-3, TGHU 884571-0 |\n| 4500219004 | VN-EU 27/02/HP/00331 | 305413019842 | vàng | MSKU 702211-8 |\n| 4500219033 | VN-EU 27/02/HP/00347 | 305414266105 | xanh | ONEU 419930-5 |\n\nPO 4500219010: đã hủy 02/03/2027, không xuất, không rà. **3/3 lô đủ chứng từ hưởng thuế EVFTA.**',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'misunderstood_task (PO 4500219010 bị loại khỏi phạm vi — đúng theo yêu cầu vì khách đã hủy; văn bản dày mã PO, số C/O, số tờ khai)',
  }),
  defineScenario({
    id: 'kiem-kim-loai-phong-thi-nghiem-tra-ket-qua-ve-qa',
    title:
      'QA xuất hàng chuyển cho phòng thí nghiệm dò kim loại lô áo trẻ em; phòng thí nghiệm chạy máy dò và trả kết quả về QA, QA kết luận',
    domain: 'kiểm soát kim gãy và dò kim loại hàng trẻ em',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'PO KD-33018 (khách Kiddo Nordic, áo thun trẻ em 4.200 chiếc, 175 carton) chuẩn bị đóng container ngày 14/04/2027. Khách yêu cầu 100% carton qua máy dò kim loại (ngưỡng Fe 1,0 mm) và biên bản kèm theo. Xác nhận lô đủ điều kiện xuất.',
    topology: {
      shape: 'swarm',
      entry: 'qa_xuat_hang',
      agents: ['qa_xuat_hang', 'phong_thi_nghiem'],
    },
    agents: [
      {
        name: 'qa_xuat_hang',
        description: 'QA xuất hàng, xác nhận lô đủ điều kiện xuất',
        instructions: 'Cho phòng thí nghiệm dò kim loại, nhận kết quả và kết luận.',
        replies: [
          {
            handoff: 'phong_thi_nghiem',
            message:
              'Dò kim loại 100% carton PO KD-33018 (175 carton), ngưỡng Fe 1,0 mm, hiệu chuẩn máy đầu ca. Có kết quả thì chuyển lại cho mình kết luận.',
          },
          {
            say: '## PO KD-33018 — đủ điều kiện xuất ✅\n\n- Dò kim loại: 175/175 carton qua máy ND-02, ngưỡng Fe 1,0 mm, **0 carton báo động**\n- Hiệu chuẩn đầu ca 07:40 đạt (mẫu chuẩn Fe 1,0 / SUS 2,0 mm)\n- Biên bản: DKL-KD33018-0414\n\nĐóng container 14/04/2027 theo kế hoạch.',
          },
        ],
      },
      {
        name: 'phong_thi_nghiem',
        description: 'Phòng thí nghiệm, vận hành máy dò kim loại',
        instructions: 'Chạy dò kim loại và trả kết quả cho QA xuất hàng.',
        replies: [
          {
            call: 'chay_do_kim_loai',
            args: { po: 'KD-33018', so_carton: 175, nguong_fe_mm: 1.0, may: 'ND-02' },
            result:
              '{"bien_ban": "DKL-KD33018-0414", "may": "ND-02", "hieu_chuan": {"gio": "07:40", "mau_fe_mm": 1.0, "mau_sus_mm": 2.0, "ket_qua": "DAT"}, "carton_da_do": 175, "carton_bao_dong": 0, "ket_thuc": "2027-04-13T15:22"}',
          },
          {
            handoff: 'qa_xuat_hang',
            message:
              'Kết quả dò kim loại PO KD-33018: 175/175 carton qua ND-02, 0 báo động; hiệu chuẩn 07:40 đạt (Fe 1,0 / SUS 2,0 mm). Biên bản DKL-KD33018-0414, xong 13/04 15:22.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'handoff_loop (điều khiển quay lại qa_xuat_hang sau phòng thí nghiệm — đây là trả việc kèm kết quả, không phải lặp)',
  }),
  defineScenario({
    id: 'chung-nhan-higg-fem-gia-han-dung-ngay-moi',
    title:
      'Người tra chứng nhận báo Higg FEM đã xác minh lại với điểm 78 thay cho 64 cũ; người lập hồ sơ chào hàng dùng điểm 78 và chỉ nhắc số cũ là đã thay',
    domain: 'hồ sơ môi trường Higg FEM cho khách hàng mới',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Khách mới Verdant Threads yêu cầu hồ sơ năng lực tuân thủ môi trường của nhà máy Bắc Giang: điểm Higg FEM đã xác minh gần nhất và chứng nhận ISO 14001. Theo file năm ngoái, điểm FEM là 64. Lập hồ sơ gửi khách.',
    topology: {
      shape: 'network',
      coordinator: 'dieu_phoi_ho_so',
      workers: ['tra_chung_nhan', 'lap_ho_so_chao_hang'],
    },
    agents: [
      {
        name: 'dieu_phoi_ho_so',
        description: 'Điều phối lập hồ sơ năng lực cho khách',
        instructions: 'Tra chứng nhận, rồi lập hồ sơ; kết thúc khi xong.',
        replies: [
          {
            handoff: 'tra_chung_nhan',
            message: 'Tra điểm Higg FEM đã xác minh gần nhất và ISO 14001 của nhà máy Bắc Giang (BG-03).',
          },
          {
            handoff: 'lap_ho_so_chao_hang',
            message:
              'Lập hồ sơ môi trường BG-03 cho Verdant Threads: Higg FEM 2026 đã xác minh 78/100 (vFEM 12/02/2027; điểm 64 là FEM 2025, đã được thay), ISO 14001:2015 số VN-EMS-5521 hiệu lực đến 08/2028.',
          },
          {
            say: 'Hồ sơ môi trường BG-03 đã gửi Verdant Threads (HS-VT-BG03-01): Higg FEM 2026 **78/100** (xác minh 12/02/2027), ISO 14001:2015 VN-EMS-5521 còn hiệu lực đến 08/2028.',
          },
        ],
      },
      {
        name: 'tra_chung_nhan',
        description: 'Tra cứu chứng nhận và điểm đánh giá',
        instructions: 'Tra và báo kết quả.',
        replies: [
          {
            call: 'tra_higg_va_iso',
            args: { nha_may: 'BG-03' },
            result:
              '{"higg_fem": [{"nam": 2026, "diem": 78, "trang_thai": "VERIFIED", "ngay_xac_minh": "2027-02-12", "don_vi": "Intertek"}, {"nam": 2025, "diem": 64, "trang_thai": "SUPERSEDED"}], "iso_14001": {"so": "VN-EMS-5521", "phien_ban": "2015", "hieu_luc_den": "2028-08-31"}}',
          },
          {
            say: 'BG-03: Higg FEM 2026 đã xác minh **78/100** (Intertek, 12/02/2027) — thay cho FEM 2025 (64). ISO 14001:2015 VN-EMS-5521, hiệu lực đến 31/08/2028.',
          },
        ],
      },
      {
        name: 'lap_ho_so_chao_hang',
        description: 'Lập hồ sơ năng lực gửi khách',
        instructions: 'Lập hồ sơ theo số liệu được giao.',
        replies: [
          {
            call: 'tao_ho_so',
            args: {
              nha_may: 'BG-03',
              khach: 'Verdant Threads',
              higg_fem: 78,
              nam_fem: 2026,
              iso14001: 'VN-EMS-5521',
            },
            result: '{"ho_so": "HS-VT-BG03-01", "trang": 9, "trang_thai": "DA_GUI"}',
          },
          {
            say: 'Đã gửi HS-VT-BG03-01 (9 trang): Higg FEM 2026 78/100 đã xác minh (điểm 64 của năm 2025 không dùng), ISO 14001:2015 VN-EMS-5521.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'stale_context (điểm FEM 64 cũ vẫn được nhắc trong yêu cầu và các tin nhắn, nhưng không ai dùng nó — hồ sơ dùng điểm 78 mới)',
  }),
  defineScenario({
    id: 'doi-chieu-cong-no-usd-dinh-dang-so-khac-nhau',
    title:
      'Giám đốc tài chính diễn đạt lại yêu cầu đối chiếu; nhân viên kế toán ghi số theo kiểu Việt Nam (86.412,50 USD), trưởng nhóm chuyển lên theo kiểu Anh (86,412.50 USD) — cùng một số',
    domain: 'đối chiếu công nợ và thanh toán L/C hàng xuất khẩu',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Cuối quý 1/2027, đối chiếu khoản phải thu của khách Nordvik AB (3 hóa đơn thương mại tháng 3) với tiền về qua L/C số LC-SEB-27-00412, và kiểm tra bảo hiểm xã hội của công nhân đã đóng đủ quý 1 (khách yêu cầu trong đánh giá). Báo cáo cho tôi số chênh lệch nếu có.',
    topology: {
      shape: 'nested',
      top: 'giam_doc_tai_chinh',
      teams: {
        truong_nhom_cong_no: ['ke_toan_cong_no'],
        truong_nhom_nhan_su: ['chuyen_vien_bhxh'],
      },
    },
    agents: [
      {
        name: 'giam_doc_tai_chinh',
        description: 'Giám đốc tài chính',
        instructions: 'Giao việc, tổng hợp báo cáo.',
        replies: [
          {
            handoff: 'truong_nhom_cong_no',
            message:
              'So 3 invoice tháng 3 của Nordvik AB với số tiền ngân hàng báo có theo L/C LC-SEB-27-00412; báo lệch bao nhiêu.',
          },
          {
            handoff: 'truong_nhom_nhan_su',
            message:
              'Xác nhận BHXH quý 1/2027 đã nộp đủ cho toàn bộ công nhân (khách Nordvik hỏi trong audit).',
          },
          {
            say: '## Đối chiếu quý 1/2027 — Nordvik AB\n\n| mục | số tiền (USD) |\n|---|---|\n| 3 hóa đơn tháng 3 | 86,412.50 |\n| tiền về L/C LC-SEB-27-00412 | 86,337.50 |\n| chênh lệch | 75.00 (phí ngân hàng đại lý) |\n\n**BHXH quý 1:** đã nộp đủ cho 1.284 lao động, 3.912.640.000 đ, không nợ.',
          },
        ],
      },
      {
        name: 'truong_nhom_cong_no',
        description: 'Trưởng nhóm công nợ',
        instructions: 'Giao việc cho kế toán, chuyển kết quả lên.',
        replies: [
          {
            handoff: 'ke_toan_cong_no',
            message:
              'Đối chiếu hóa đơn NV-INV-2703-01/02/03 (Nordvik AB) với báo có L/C LC-SEB-27-00412, ghi rõ chênh lệch và nguyên nhân.',
          },
          {
            say: 'Nordvik AB, tháng 3: hóa đơn 86,412.50 USD, tiền về 86,337.50 USD, chênh lệch 75.00 USD = phí ngân hàng đại lý SEB (khấu trừ theo điều khoản L/C 71B).',
          },
        ],
      },
      {
        name: 'ke_toan_cong_no',
        description: 'Kế toán công nợ',
        instructions: 'Đối chiếu hóa đơn và tiền về.',
        replies: [
          {
            call: 'doi_chieu_lc',
            args: { lc: 'LC-SEB-27-00412', hoa_don: ['NV-INV-2703-01', 'NV-INV-2703-02', 'NV-INV-2703-03'] },
            result:
              '{"hoa_don": [{"so": "NV-INV-2703-01", "usd": 31880.00}, {"so": "NV-INV-2703-02", "usd": 27415.50}, {"so": "NV-INV-2703-03", "usd": 27117.00}], "tong_hoa_don_usd": 86412.50, "bao_co_usd": 86337.50, "phi_khau_tru": [{"loai": "phí NH đại lý (71B)", "usd": 75.00}]}',
          },
          {
            say: 'Tổng 3 hóa đơn: 31.880,00 + 27.415,50 + 27.117,00 = **86.412,50 USD**. Báo có L/C: **86.337,50 USD**. Chênh lệch **75,00 USD** — phí ngân hàng đại lý, khấu trừ theo điều khoản 71B.',
          },
        ],
      },
      {
        name: 'truong_nhom_nhan_su',
        description: 'Trưởng nhóm nhân sự',
        instructions: 'Giao việc cho chuyên viên, chuyển kết quả lên.',
        replies: [
          {
            handoff: 'chuyen_vien_bhxh',
            message: 'Kiểm tra đã nộp BHXH quý 1/2027 đủ cho mọi lao động chưa.',
          },
          { say: 'BHXH quý 1/2027: nộp đủ cho 1.284 lao động, tổng 3.912.640.000 đ, không có nợ đọng.' },
        ],
      },
      {
        name: 'chuyen_vien_bhxh',
        description: 'Chuyên viên bảo hiểm xã hội',
        instructions: 'Tra cổng BHXH.',
        replies: [
          {
            call: 'tra_cong_bhxh',
            args: { ma_don_vi: 'YN0418Z', quy: '2027-Q1' },
            result:
              '{"so_lao_dong": 1284, "phai_nop_vnd": 3912640000, "da_nop_vnd": 3912640000, "no_vnd": 0, "ngay_nop_cuoi": "2027-03-28"}',
          },
          {
            say: 'Mã đơn vị YN0418Z, Q1/2027: 1.284 lao động, phải nộp 3.912.640.000 đ, đã nộp 3.912.640.000 đ (28/03), nợ 0 đ.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'low_quality_output / misunderstood_task (yêu cầu được diễn đạt lại, số tiền đổi từ 86.412,50 sang 86,412.50 giữa các agent — cùng giá trị)',
  }),
];

export const blindBatch148Scenarios = [...faults, ...healthy];
