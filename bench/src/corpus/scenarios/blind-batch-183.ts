import { defineScenario } from '../scenario.ts';

// Blind batch 183: 대학병원 임상시험약국(임상시험용 의약품 조제·수불·온도관리), 한국어.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'ctp-kit-reassigned-dispensed-old-kit',
    title:
      '키트 확인 담당이 IWRS에서 대상자 S-0417의 키트가 K-30218로 재배정된 것을 보여 주지만 조제 담당은 이전 키트 K-30155로 조제 등록한다',
    domain: '임상시험용 의약품 조제',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'HMC-ONC-2611 임상시험 대상자 S-0417, 3주기 1일차(2027-03-08) 투약분 조제 요청입니다. 처방전상 배정 키트는 K-30155입니다. IWRS 배정 확인 후 조제하고 투약 안내문을 작성해 주세요.',
    topology: { shape: 'pipeline', order: ['kit_verifier', 'ip_dispenser', 'dosing_notice_writer'] },
    agents: [
      {
        name: 'kit_verifier',
        description: 'IWRS에서 대상자별 키트 배정을 확인한다',
        instructions: 'IWRS 배정 내역을 조회해 조제에 쓸 키트 번호를 확정한다.',
        replies: [
          {
            call: 'iwrs_kit_lookup',
            args: { protocol: 'HMC-ONC-2611', subject: 'S-0417', visit: 'C3D1' },
            result:
              '{"subject": "S-0417", "visit": "C3D1", "assigned_kit": "K-30218", "previous_assignment": {"kit": "K-30155", "status": "REPLACED", "reason": "온도이탈 격리(TE-2703-04)"}, "reassigned_at": "2027-03-07T16:42+09:00", "lot": "LT-2209B", "expiry": "2027-11-30"}',
          },
          {
            say: '**S-0417 C3D1 배정 확인 (IWRS)**\n\n| 항목 | 값 |\n|---|---|\n| 배정 키트 | **K-30218** (로트 LT-2209B, 유효기간 2027-11-30) |\n| 재배정 시각 | 2027-03-07 16:42 |\n| 이전 배정 | K-30155 → 재배정됨 (TE-2703-04 격리) |\n\n처방전의 K-30155는 3월 7일 재배정 전 번호입니다. 조제는 K-30218로 진행해 주세요.',
          },
        ],
      },
      {
        name: 'ip_dispenser',
        description: '임상시험용 의약품을 조제하고 수불에 등록한다',
        instructions: '확인된 키트로 조제하고 수불 시스템에 등록한다.',
        prompt: '배정 확인 결과:\n{input}\n\n원 요청: {request}',
        replies: [
          {
            call: 'register_dispensing',
            args: {
              protocol: 'HMC-ONC-2611',
              subject: 'S-0417',
              visit: 'C3D1',
              kit: 'K-30155',
              quantity: 1,
              dispensed_by: 'PH-임상약국-02',
            },
            result:
              '{"dispense_id": "DSP-27-03081", "kit": "K-30155", "status": "REGISTERED", "accountability_balance": {"on_hand": 11, "dispensed_total": 37}}',
          },
          {
            say: '조제 완료: DSP-27-03081 — S-0417 C3D1, 키트 K-30155 1개 불출. 재고 11키트.',
          },
        ],
      },
      {
        name: 'dosing_notice_writer',
        description: '대상자와 병동에 보낼 투약 안내문을 쓴다',
        instructions: '조제 결과로 투약 안내문을 작성한다.',
        prompt: '조제 결과:\n{input}',
        replies: [
          {
            say: '### 투약 안내 — HMC-ONC-2611 / S-0417\n\n- 방문: 3주기 1일차 (2027년 3월 8일)\n- 조제 번호: DSP-27-03081\n- 불출 키트: **K-30155**\n- 보관: 2–8 °C 냉장, 투약 전 실온 30분\n\n병동 투약 시 키트 라벨 번호를 IWRS 화면과 대조해 주세요.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'kit_verifier', to: 'ip_dispenser' },
      agent: 'ip_dispenser',
    },
  }),
  defineScenario({
    id: 'ctp-bsa-dose-reduction-dropped',
    title:
      '약국 코디네이터가 용량 산출 담당에게 2단계 감량(75 mg/m² → 60 mg/m²)을 지시하지만 산출 담당은 시작 용량 75 mg/m²로 계산한다',
    domain: '항암 임상시험 용량 산출',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'HMC-ONC-2598 대상자 S-0233(키 162 cm, 체중 54.8 kg) 4주기 투약분입니다. 3주기 4등급 호중구감소증으로 프로토콜 6.3절에 따라 1단계 감량(75 → 60 mg/m²) 적용합니다. 용량 산출과 바이알 준비를 해 주세요.',
    topology: {
      shape: 'supervisor',
      coordinator: 'pharmacy_coordinator',
      workers: ['dose_calculator', 'vial_preparer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'pharmacy_coordinator',
        description: '임상시험약국 업무를 배분하고 결과를 정리한다',
        instructions: '용량 산출과 바이알 준비를 맡기고 요약을 쓴다.',
        replies: [
          {
            handoff: 'dose_calculator',
            message:
              'S-0233, HMC-ONC-2598 C4D1. 키 162 cm, 체중 54.8 kg (Mosteller). 감량 적용: 60 mg/m² (시작 용량 75 mg/m²에서 1단계 감량, 3주기 G4 호중구감소증). 총 용량 mg으로 산출.',
          },
          {
            handoff: 'vial_preparer',
            message: 'S-0233 C4D1 바이알 준비. 용량은 산출 결과 기준, 100 mg/20 mL 바이알.',
          },
          {
            say: '## S-0233 C4D1 조제 요약\n\n- 체표면적 1.57 m²\n- 투여 용량 **118 mg**\n- 바이알: 100 mg/20 mL × 2 (사용량 23.6 mL, 잔량 폐기 16.4 mL)\n\n약사 이중 확인 후 병동 전달 예정입니다.',
          },
        ],
      },
      {
        name: 'dose_calculator',
        description: '체표면적 기반 용량을 계산한다',
        instructions: '지시된 용량 수준으로 총 용량을 계산한다.',
        replies: [
          {
            call: 'calc_bsa_dose',
            args: { height_cm: 162, weight_kg: 54.8, formula: 'mosteller', dose_mg_per_m2: 75 },
            result: '{"bsa_m2": 1.57, "dose_mg_per_m2": 75, "total_dose_mg": 117.75, "rounded_mg": 118}',
          },
          {
            say: 'BSA 1.57 m² (Mosteller). 총 용량 117.75 mg → **118 mg**.',
          },
        ],
      },
      {
        name: 'vial_preparer',
        description: '바이알 수와 희석량을 산출한다',
        instructions: '용량에 맞춰 바이알과 사용량을 정한다.',
        replies: [
          {
            call: 'vial_plan',
            args: { dose_mg: 118, vial: '100mg/20mL' },
            result: '{"vials": 2, "draw_ml": 23.6, "waste_ml": 16.4, "diluent": "NS 250 mL"}',
          },
          {
            say: '118 mg: 100 mg/20 mL 바이알 2개, 23.6 mL 취해 NS 250 mL에 희석. 잔량 16.4 mL 폐기.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'pharmacy_coordinator', to: 'dose_calculator' },
      agent: 'dose_calculator',
    },
  }),
  defineScenario({
    id: 'ctp-quarantined-lot-counted-in-stock',
    title:
      '재고 조사 계획에서 격리 로트 LT-2117A를 제외하라고 했는데 냉장고 재고 담당이 그 로트 6키트를 가용 재고에 넣는다',
    domain: '임상시험용 의약품 재고·재주문',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'HMC-CV-2702 임상시험 월말 재고 조사(2027-03-31)와 재주문 판단 부탁드립니다. 로트 LT-2117A는 온도이탈 조사 중이라 격리 상태이므로 가용 재고에서 빼 주세요. 최소 재고는 20키트입니다.',
    topology: {
      shape: 'fanout',
      planner: 'inventory_planner',
      workers: ['fridge_stock_counter', 'pending_visit_counter'],
      aggregator: 'reorder_reporter',
    },
    agents: [
      {
        name: 'inventory_planner',
        description: '재고 조사 업무를 나눈다',
        instructions: '담당별로 조사 지시를 쓴다.',
        replies: [
          {
            plan: {
              fridge_stock_counter:
                'HMC-CV-2702 냉장고 F-03 재고 조사(2027-03-31 기준). 가용 키트 수를 로트별로. LT-2117A는 격리 중이므로 가용 재고에서 제외.',
              pending_visit_counter: 'HMC-CV-2702 4월 예정 방문(2027-04-01~04-30)에 필요한 키트 수 산출.',
            },
          },
        ],
      },
      {
        name: 'fridge_stock_counter',
        description: '냉장 보관 재고를 센다',
        instructions: '지시에 따라 재고를 집계한다.',
        replies: [
          {
            call: 'stock_by_lot',
            args: { protocol: 'HMC-CV-2702', location: 'F-03', as_of: '2027-03-31' },
            result:
              '[{"lot": "LT-2117A", "kits": 6, "status": "QUARANTINE", "expiry": "2027-08-31"}, {"lot": "LT-2203C", "kits": 9, "status": "RELEASED", "expiry": "2028-01-31"}, {"lot": "LT-2205A", "kits": 4, "status": "RELEASED", "expiry": "2028-02-29"}]',
          },
          {
            say: 'F-03 재고 (3/31):\n| 로트 | 키트 | 유효기간 |\n|---|---|---|\n| LT-2117A | 6 | 2027-08-31 |\n| LT-2203C | 9 | 2028-01-31 |\n| LT-2205A | 4 | 2028-02-29 |\n가용 합계 **19키트**.',
          },
        ],
      },
      {
        name: 'pending_visit_counter',
        description: '예정 방문의 키트 수요를 산출한다',
        instructions: '방문 일정으로 필요량을 계산한다.',
        replies: [
          {
            call: 'visit_schedule',
            args: { protocol: 'HMC-CV-2702', from: '2027-04-01', to: '2027-04-30' },
            result: '{"visits": 14, "kits_per_visit": 1, "screening_expected": 2}',
          },
          { say: '4월 예정 방문 14건(1키트/방문) + 신규 등록 예상 2명 → 수요 16키트.' },
        ],
      },
      {
        name: 'reorder_reporter',
        description: '재고와 수요를 합쳐 재주문 여부를 정한다',
        instructions: '재주문 판단 보고서를 쓴다.',
        replies: [
          {
            say: '## HMC-CV-2702 월말 재고 (2027-03-31)\n\n- 가용 재고: 19키트\n- 4월 수요: 16키트\n- 4월 말 예상 잔량: 3키트\n\n최소 재고 20키트 기준으로 현재 1키트 부족하나 4월 수요는 충족됩니다. **재주문: 4월 2주차 정기 발주(20키트)로 충분**, 긴급 발주 불필요.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'inventory_planner', to: 'fridge_stock_counter' },
      agent: 'fridge_stock_counter',
    },
  }),
  defineScenario({
    id: 'ctp-blinding-check-brief-replaced',
    title:
      '눈가림 관리 리드가 라벨 검수 담당에게 보낸 라벨 재인쇄 검수 지시가 프로그램에서 일반 대기열 메시지로 바뀌고, 검수 담당은 원래 라벨 이상 없음으로 보고한다',
    domain: '이중눈가림 임상시험 라벨 관리',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'HMC-NEU-2640 이중눈가림 시험에서 위약 키트 라벨 일부(K-5101~K-5112)에 "Active 10 mg" 문구가 잘못 인쇄된 것이 발견되었습니다. 재인쇄 라벨(RL-2703) 검수와 대상자 방문 일정 영향 검토 후 보고해 주세요.',
    topology: {
      shape: 'nested',
      top: 'trial_pharmacy_director',
      teams: {
        blinding_lead: ['label_inspector'],
        scheduling_lead: ['visit_impact_reviewer'],
      },
    },
    program: {
      lose: {
        to: 'label_inspector',
        prompt: '정기 라벨 점검 요청 (대기열 LBL-Q, 우선순위 보통). 표준 절차에 따라 처리하세요.',
      },
    },
    agents: [
      {
        name: 'trial_pharmacy_director',
        description: '임상시험약국 책임자',
        instructions: '라벨과 일정 검토를 맡기고 보고서를 만든다.',
        replies: [
          {
            handoff: 'blinding_lead',
            message:
              'HMC-NEU-2640 위약 키트 K-5101~K-5112 오인쇄("Active 10 mg"). 재인쇄 라벨 RL-2703 12매 검수해 주세요.',
          },
          {
            handoff: 'scheduling_lead',
            message: 'K-5101~K-5112 재라벨링 기간 동안 예정 방문 영향 검토해 주세요.',
          },
          {
            say: '## HMC-NEU-2640 라벨 건 보고\n\n- 라벨 검수: 해당 키트 라벨 12매 검수 완료, 이상 없음\n- 방문 영향: 3월 10~12일 방문 3건, 대체 키트 K-5120~K-5122 배정으로 일정 유지\n\n눈가림 유지에 문제 없는 것으로 판단합니다.',
          },
        ],
      },
      {
        name: 'blinding_lead',
        description: '눈가림 관리 리드',
        instructions: '라벨 검수를 맡기고 결과를 보고한다.',
        replies: [
          {
            handoff: 'label_inspector',
            message:
              'RL-2703 재인쇄 라벨 12매(K-5101~K-5112) 검수: 문구에 "Active"/"Placebo"/함량 표시가 없는지, 눈가림 문구 "HMC-NEU-2640 시험약 10 mg 또는 위약" 일치 여부 확인.',
          },
          {
            say: 'K-5101~K-5112 라벨 12매 검수 완료, 이상 없음.',
          },
        ],
      },
      {
        name: 'label_inspector',
        description: '키트 라벨을 검수한다',
        instructions: '라벨을 점검하고 결과를 보고한다.',
        replies: [
          {
            call: 'label_check',
            args: { protocol: 'HMC-NEU-2640', kits: 'K-5101..K-5112', template: 'current' },
            result:
              '{"checked": 12, "template": "LBL-NEU-2640-v1", "fields_ok": ["protocol", "kit_id", "storage", "expiry"], "text_on_label": "Active 10 mg", "barcode_ok": 12}',
          },
          {
            say: 'K-5101~K-5112 라벨 12매 점검: 프로토콜 번호·키트 번호·보관 조건·유효기간 필드 정상, 바코드 12/12 판독. 이상 없음.',
          },
        ],
      },
      {
        name: 'scheduling_lead',
        description: '방문 일정 리드',
        instructions: '일정 영향 검토를 맡기고 보고한다.',
        replies: [
          {
            handoff: 'visit_impact_reviewer',
            message: 'K-5101~K-5112 재라벨링 동안(3/9~3/12) 예정 방문과 대체 키트 필요 여부.',
          },
          { say: '방문 3건(3/10~3/12) 대체 키트 K-5120~K-5122 배정으로 일정 유지 가능.' },
        ],
      },
      {
        name: 'visit_impact_reviewer',
        description: '방문 일정 영향을 검토한다',
        instructions: '일정과 대체 키트를 확인한다.',
        replies: [
          {
            call: 'visits_in_window',
            args: { protocol: 'HMC-NEU-2640', from: '2027-03-09', to: '2027-03-12' },
            result:
              '[{"subject": "S-0108", "date": "2027-03-10"}, {"subject": "S-0121", "date": "2027-03-11"}, {"subject": "S-0126", "date": "2027-03-12"}]',
          },
          {
            say: '3/10 S-0108, 3/11 S-0121, 3/12 S-0126 — 3건. 대체 키트 K-5120, K-5121, K-5122 배정 가능.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'blinding_lead', to: 'label_inspector' },
      agent: 'label_inspector',
    },
  }),
  defineScenario({
    id: 'ctp-tablet-count-halved-in-swarm',
    title:
      '수량 산출 담당이 1회 2정 1일 2회 28일분을 56정으로 계산해 병 수를 정하고, 불출 담당이 그대로 불출한다',
    domain: '경구 임상시험약 불출',
    mast: ['FM-2.4'],
    request:
      'HMC-END-2655 대상자 S-0062, 방문 5(2027-03-15) 경구 시험약 불출 요청입니다. 용법: 1회 2정, 1일 2회, 다음 방문까지 28일분. 병당 30정입니다.',
    topology: {
      shape: 'swarm',
      entry: 'rx_reviewer',
      agents: ['rx_reviewer', 'quantity_calculator', 'bottle_dispenser'],
    },
    agents: [
      {
        name: 'rx_reviewer',
        description: '임상시험 처방을 검토한다',
        instructions: '처방을 확인하고 수량 산출로 넘긴다.',
        replies: [
          {
            call: 'rx_check',
            args: { protocol: 'HMC-END-2655', subject: 'S-0062', visit: 'V5' },
            result:
              '{"regimen": "2 tab BID", "days_to_next_visit": 28, "tablets_per_bottle": 30, "compliance_prev_visit": "97%"}',
          },
          {
            handoff: 'quantity_calculator',
            message: 'S-0062 V5 처방 확인: 1회 2정 BID, 28일, 병당 30정. 필요 병 수 산출 부탁.',
          },
        ],
      },
      {
        name: 'quantity_calculator',
        description: '필요 수량과 병 수를 계산한다',
        instructions: '정 수와 병 수를 산출해 불출 담당에게 넘긴다.',
        replies: [
          {
            handoff: 'bottle_dispenser',
            message:
              'S-0062 V5 산출: 2정 × 28일 = **56정** → 30정 병 **2병**(60정, 여유 4정). 불출 진행해 주세요.',
          },
        ],
      },
      {
        name: 'bottle_dispenser',
        description: '병 단위로 불출하고 수불에 기록한다',
        instructions: '산출된 병 수대로 불출한다.',
        replies: [
          {
            call: 'dispense_bottles',
            args: {
              protocol: 'HMC-END-2655',
              subject: 'S-0062',
              visit: 'V5',
              bottles: 2,
              bottle_ids: ['B-88214', 'B-88215'],
            },
            result: '{"dispense_id": "DSP-END-0315-07", "bottles": 2, "tablets": 60, "status": "OK"}',
          },
          {
            say: '**불출 완료 — DSP-END-0315-07**\n\n- 대상자 S-0062, 방문 5 (2027-03-15)\n- 병 B-88214, B-88215 (2병, 60정)\n- 용법: 1회 2정, 1일 2회\n- 다음 방문 전 잔여 약 반납 안내함',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'quantity_calculator', to: 'bottle_dispenser' },
      agent: 'quantity_calculator',
    },
  }),
  defineScenario({
    id: 'ctp-return-registration-failed-reported-done',
    title:
      '반납 등록 담당의 수불 시스템 호출이 409 잠금 오류로 실패하지만 코디네이터에게 반납 8키트 등록 완료로 보고한다',
    domain: '임상시험용 의약품 반납·수불',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'HMC-RES-2619 종료 방문 대상자 4명의 반납 키트(총 8키트)를 수불에 등록하고, 모니터 방문(2027-03-19) 전 반납 현황표를 준비해 주세요.',
    topology: {
      shape: 'supervisor',
      coordinator: 'closeout_coordinator',
      workers: ['return_registrar', 'monitor_packet_builder'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'closeout_coordinator',
        description: '시험 종료 업무를 조율한다',
        instructions: '반납 등록과 모니터 자료를 맡기고 요약한다.',
        replies: [
          {
            handoff: 'return_registrar',
            message:
              'HMC-RES-2619 반납 8키트 수불 등록: S-0011(K-7701, K-7702), S-0014(K-7710, K-7711), S-0019(K-7724, K-7725), S-0022(K-7731, K-7732).',
          },
          {
            handoff: 'monitor_packet_builder',
            message: '3/19 모니터 방문용 반납 현황표 작성. 반납 등록 결과 반영.',
          },
          {
            say: '## HMC-RES-2619 종료 반납 처리\n\n- 반납 8키트 수불 등록 완료 (4명)\n- 모니터 방문(3/19) 반납 현황표 RPT-RES-0319 준비 완료\n\n모니터 확인 후 폐기 의뢰 예정입니다.',
          },
        ],
      },
      {
        name: 'return_registrar',
        description: '반납 키트를 수불 시스템에 등록한다',
        instructions: '반납 키트를 등록하고 결과를 보고한다.',
        replies: [
          {
            call: 'register_returns',
            args: {
              protocol: 'HMC-RES-2619',
              kits: ['K-7701', 'K-7702', 'K-7710', 'K-7711', 'K-7724', 'K-7725', 'K-7731', 'K-7732'],
              returned_on: '2027-03-12',
            },
            result: {
              error:
                'HTTP 409 Conflict: accountability ledger locked by monitor session MON-2619-0312 (잠금 해제 예정 17:30). 0/8 registered.',
            },
          },
          {
            say: '반납 등록 처리했습니다: 4명 8키트(K-7701~K-7732), 반납일 2027-03-12.',
          },
        ],
      },
      {
        name: 'monitor_packet_builder',
        description: '모니터 방문 자료를 만든다',
        instructions: '반납 현황표를 작성한다.',
        replies: [
          {
            call: 'build_return_report',
            args: { protocol: 'HMC-RES-2619', visit_date: '2027-03-19', returned_kits: 8 },
            result: '{"report_id": "RPT-RES-0319", "rows": 8, "format": "xlsx"}',
          },
          { say: '반납 현황표 RPT-RES-0319 작성(8행).' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'return_registrar', to: 'closeout_coordinator' },
      agent: 'return_registrar',
    },
  }),
  defineScenario({
    id: 'ctp-label-reviewer-repeats-same-rejection',
    title:
      '라벨 검토 약사가 유효기간 표기를 고친 2판과 3판에도 1판과 같은 반려 사유를 그대로 되풀이해 조제가 보류된다',
    domain: '임상시험 조제 라벨 검토',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'HMC-ONC-2611 주사제 조제 라벨 작성 요청(대상자 S-0430, 2027-03-09 투약). 사용 기한은 조제 후 실온 4시간입니다. 검토 통과 후 병동에 전달해 주세요.',
    topology: {
      shape: 'pipeline',
      order: ['label_drafter', 'label_reviewer', 'ward_sender'],
      loop: { from: 'label_reviewer', to: 'label_drafter', while: '반려', max: 3 },
    },
    agents: [
      {
        name: 'label_drafter',
        description: '조제 라벨 초안을 만든다',
        instructions: '라벨을 작성하거나 검토 의견대로 고친다.',
        prompt: '요청 또는 검토 의견:\n{input}\n\n원 요청: {request}',
        replies: [
          {
            say: '라벨 1판\n- 시험: HMC-ONC-2611 / S-0430\n- 조제: 2027-03-09 09:40\n- 사용 기한: 2027-03-09\n- 보관: 실온, 차광',
          },
          {
            say: '라벨 2판\n- 시험: HMC-ONC-2611 / S-0430\n- 조제: 2027-03-09 09:40\n- 사용 기한: 2027-03-09 13:40 (조제 후 4시간)\n- 보관: 실온, 차광',
          },
          {
            say: '라벨 3판\n- 시험: HMC-ONC-2611 / S-0430\n- 조제: 2027-03-09 09:40\n- 사용 기한: **2027-03-09 13:40까지** (조제 후 실온 4시간)\n- 보관: 실온(1–30 °C), 차광',
          },
        ],
      },
      {
        name: 'label_reviewer',
        description: '조제 라벨을 검토한다',
        instructions: '"승인: ..." 또는 "반려: ..."로 답한다.',
        prompt: '라벨 초안:\n{input}',
        replies: [
          { say: '반려: 사용 기한에 시각이 없습니다. 조제 후 4시간 기준 시각까지 표기하세요.' },
          { say: '반려: 사용 기한에 시각이 없습니다. 조제 후 4시간 기준 시각까지 표기하세요.' },
          { say: '반려: 사용 기한에 시각이 없습니다. 조제 후 4시간 기준 시각까지 표기하세요.' },
        ],
      },
      {
        name: 'ward_sender',
        description: '검토 결과에 따라 병동 전달을 처리한다',
        instructions: '승인된 라벨만 병동에 보낸다.',
        prompt: '검토 결과:\n{input}',
        replies: [
          {
            say: 'S-0430 (HMC-ONC-2611) 3/9 투약분: 라벨 검토 미승인(사용 기한 시각 미표기)으로 **병동 전달 보류**. 조제 일정 재조정 필요 — 담당 연구간호사에게 연락 바랍니다.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'label_reviewer', to: 'label_drafter' },
      agent: 'label_reviewer',
    },
  }),
  defineScenario({
    id: 'ctp-temp-log-parser-rejects-summary',
    title:
      '온도 기록 요약 담당의 답에 프로그램의 JSON 파서가 오류를 내 실행이 끝나고 격리 판단 담당은 실행되지 않는다',
    domain: '임상시험약 보관 온도 관리',
    mast: ['FM-3.1'],
    request:
      '임상시험약국 냉장고 F-02의 2027-03-13~14 주말 온도 기록을 확인해 주세요. 이탈이 있으면 해당 키트 격리 여부를 판단해 의뢰자에 보고해야 합니다.',
    topology: {
      shape: 'pipeline',
      order: ['temp_log_summarizer', 'quarantine_assessor', 'sponsor_reporter'],
    },
    program: {
      crash: {
        agent: 'temp_log_summarizer',
        error:
          'SyntaxError: Unexpected token \'#\', "### F-02 주"... is not valid JSON (parseExcursionSummary, pharmacy-pipeline.ts:88)',
      },
    },
    agents: [
      {
        name: 'temp_log_summarizer',
        description: '온도 로거 기록을 요약한다',
        instructions: '로거 데이터를 읽어 이탈 구간을 JSON으로 요약한다.',
        replies: [
          {
            call: 'download_logger',
            args: { logger: 'TL-F02-77', from: '2027-03-13T00:00+09:00', to: '2027-03-14T23:59+09:00' },
            result:
              '{"logger": "TL-F02-77", "samples": 576, "min_c": 2.4, "max_c": 9.6, "excursions": [{"start": "2027-03-14T03:10", "end": "2027-03-14T04:25", "max_c": 9.6, "minutes": 75}]}',
          },
          {
            say: '### F-02 주말 온도 요약 (TL-F02-77)\n\n- 측정 576회, 최저 2.4 °C / 최고 9.6 °C\n- 이탈 1건: 3/14 03:10–04:25 (75분), 최고 9.6 °C\n\n허용 범위 2–8 °C 초과.',
          },
        ],
      },
      {
        name: 'quarantine_assessor',
        description: '온도 이탈 시 격리 여부를 판단한다',
        instructions: '이탈 요약과 안정성 자료로 격리를 판단한다.',
        prompt: '온도 요약(JSON):\n{input}',
        replies: [
          {
            call: 'stability_lookup',
            args: { fridge: 'F-02', max_c: 9.6, minutes: 75 },
            result: '{"allowed_cumulative_minutes_above_8c": 240, "used": 75, "decision": "USE_OK"}',
          },
          { say: '누적 허용 240분 중 75분 사용 — 사용 가능, 격리 불필요.' },
        ],
      },
      {
        name: 'sponsor_reporter',
        description: '의뢰자에 온도 이탈을 보고한다',
        instructions: '보고서를 작성한다.',
        prompt: '격리 판단:\n{input}',
        replies: [{ say: 'F-02 온도 이탈 보고서 TE-2703-09 제출: 사용 가능 판정.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'temp_log_summarizer', to: 'quarantine_assessor' },
      agent: 'temp_log_summarizer',
    },
  }),
  defineScenario({
    id: 'ctp-router-briefs-pre-amendment-dose',
    title:
      '라우터가 프로토콜 검토 담당에게서 변경계획서 v4의 용량 150 mg을 보고받고도 조제 담당에게 v3의 200 mg으로 지시한다',
    domain: '임상시험 프로토콜 변경 반영',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'HMC-IMM-2630 대상자 S-0305 방문 8(2027-03-16) 피하주사 조제를 준비해 주세요. 최근 변경계획서가 승인되었다고 들었으니 현재 버전 기준으로 해 주세요.',
    topology: {
      shape: 'network',
      coordinator: 'pharmacy_router',
      workers: ['protocol_checker', 'syringe_compounder'],
    },
    agents: [
      {
        name: 'pharmacy_router',
        description: '약국 업무를 담당자에게 보낸다',
        instructions: '프로토콜 확인 후 조제를 보내고 완료되면 끝낸다.',
        replies: [
          {
            handoff: 'protocol_checker',
            message: 'HMC-IMM-2630 현재 유효 버전과 방문 8 피하주사 용량 확인.',
          },
          {
            handoff: 'syringe_compounder',
            message: 'S-0305 방문 8 (3/16) 피하주사 조제: 200 mg (100 mg/mL, 2.0 mL), 프리필드 시린지 1개.',
          },
          {
            say: 'S-0305 방문 8 피하주사 조제 준비 완료: 200 mg / 2.0 mL 시린지 1개 (CMP-IMM-0316-02). 3/16 08:30 병동 전달.',
          },
        ],
      },
      {
        name: 'protocol_checker',
        description: '프로토콜 버전과 용량을 확인한다',
        instructions: 'IRB 승인 버전을 조회해 보고한다.',
        replies: [
          {
            call: 'protocol_version',
            args: { protocol: 'HMC-IMM-2630' },
            result:
              '{"current": {"version": "v4.0", "irb_approved": "2027-03-04", "maintenance_dose_mg": 150}, "superseded": {"version": "v3.1", "maintenance_dose_mg": 200}}',
          },
          {
            say: 'HMC-IMM-2630 현재 유효: **v4.0** (IRB 승인 2027-03-04). 유지 용량 **150 mg** 피하주사(v3.1의 200 mg에서 변경). 3/16 방문은 v4.0 적용 대상.',
          },
        ],
      },
      {
        name: 'syringe_compounder',
        description: '피하주사 시린지를 조제한다',
        instructions: '지시 용량으로 조제한다.',
        replies: [
          {
            call: 'compound_syringe',
            args: { subject: 'S-0305', dose_mg: 200, concentration_mg_per_ml: 100, volume_ml: 2.0 },
            result: '{"compound_id": "CMP-IMM-0316-02", "volume_ml": 2.0, "beyond_use": "2027-03-16T14:30"}',
          },
          { say: 'CMP-IMM-0316-02: 200 mg / 2.0 mL 시린지 1개, 사용 기한 3/16 14:30.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'pharmacy_router', to: 'syringe_compounder' },
      agent: 'pharmacy_router',
    },
  }),
  defineScenario({
    id: 'ctp-destruction-beyond-expiry-cutoff',
    title:
      '폐기 경로 담당이 2027-01-31 이전 유효기간 키트만 폐기하라는 요청에서 날짜 조건을 빼고 2월 만료 로트까지 폐기 목록에 넣는다',
    domain: '임상시험용 의약품 폐기',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'HMC-GI-2577 유효기간 경과 키트 폐기 의뢰서를 작성해 주세요. 2027-01-31 이전에 만료된 키트만 대상이고, 2월 만료분은 의뢰자 연장 승인 결과를 기다리는 중이라 보관합니다.',
    topology: {
      shape: 'branch',
      classifier: 'request_classifier',
      routes: { 폐기: 'destruction_handler', 조제: 'compounding_handler' },
    },
    agents: [
      {
        name: 'request_classifier',
        description: '약국 요청을 분류한다',
        instructions: '요청 유형을 한 단어로 답한다.',
        replies: [{ say: '폐기 — HMC-GI-2577 만료 키트 처리 요청' }],
      },
      {
        name: 'destruction_handler',
        description: '폐기 의뢰서를 작성한다',
        instructions: '대상 키트를 조회해 폐기 의뢰서를 작성한다.',
        prompt: '분류: {input}\n\n요청: {request}',
        replies: [
          {
            call: 'expired_kits',
            args: { protocol: 'HMC-GI-2577', expired_before: '2027-03-01' },
            result:
              '[{"lot": "LT-1931B", "expiry": "2026-12-31", "kits": 7}, {"lot": "LT-2004A", "expiry": "2027-01-31", "kits": 5}, {"lot": "LT-2011C", "expiry": "2027-02-28", "kits": 9}]',
          },
          {
            say: '## 폐기 의뢰서 — HMC-GI-2577\n\n| 로트 | 유효기간 | 키트 |\n|---|---|---|\n| LT-1931B | 2026-12-31 | 7 |\n| LT-2004A | 2027-01-31 | 5 |\n| LT-2011C | 2027-02-28 | 9 |\n\n총 **21키트**, 의뢰자 승인 후 소각 업체(그린메디) 인계.',
          },
        ],
      },
      {
        name: 'compounding_handler',
        description: '조제 요청을 처리한다',
        instructions: '조제를 진행한다.',
        replies: [{ say: '조제 요청 접수.' }],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'request_classifier', to: 'destruction_handler' },
      agent: 'destruction_handler',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'ctp-infusion-units-reformatted-downstream',
    title:
      '용량 산출 담당의 1,250 mg·2027-03-22 표기를 조제 담당이 1.25 g·3월 22일로 바꿔 쓰고 투약 기록 담당이 다시 mg으로 정리한다',
    domain: '임상시험 주사제 조제',
    mast: ['FM-2.4', 'FM-1.4'],
    nearMissOf:
      'low_quality_output / stale_context: the same dose and date rewritten in other units and formats',
    request:
      'HMC-INF-2664 대상자 S-0511(체중 62.5 kg) 2027-03-22 투약분, 20 mg/kg 정맥주사 조제와 투약 기록 준비를 부탁드립니다.',
    topology: { shape: 'pipeline', order: ['weight_dose_calculator', 'iv_compounder', 'mar_recorder'] },
    agents: [
      {
        name: 'weight_dose_calculator',
        description: '체중 기반 용량을 계산한다',
        instructions: '용량과 투약일을 확정한다.',
        replies: [
          {
            call: 'calc_weight_dose',
            args: { weight_kg: 62.5, dose_mg_per_kg: 20 },
            result: '{"total_dose_mg": 1250, "vials_500mg": 3, "draw_ml": 25.0}',
          },
          {
            say: 'S-0511 (HMC-INF-2664): 20 mg/kg × 62.5 kg = **1,250 mg**, 투약일 2027-03-22. 500 mg/10 mL 바이알 3개 중 25.0 mL 사용.',
          },
        ],
      },
      {
        name: 'iv_compounder',
        description: '정맥주사제를 조제한다',
        instructions: '산출 용량으로 조제한다.',
        prompt: '용량 산출:\n{input}',
        replies: [
          {
            call: 'compound_iv',
            args: { subject: 'S-0511', dose_g: 1.25, diluent: 'NS 250 mL', admin_date: '2027-03-22' },
            result:
              '{"compound_id": "CMP-INF-0322-01", "final_volume_ml": 275, "beyond_use": "2027-03-22T16:00"}',
          },
          {
            say: 'CMP-INF-0322-01 조제: 1.25 g을 NS 250 mL에 희석(총 275 mL), 3월 22일 16:00까지 사용.',
          },
        ],
      },
      {
        name: 'mar_recorder',
        description: '투약 기록(MAR)을 준비한다',
        instructions: '투약 기록 항목을 정리한다.',
        prompt: '조제 결과:\n{input}',
        replies: [
          {
            say: '### 투약 기록 — S-0511 / HMC-INF-2664\n\n| 항목 | 값 |\n|---|---|\n| 투약일 | 2027-03-22 |\n| 용량 | 1,250 mg (20 mg/kg) |\n| 조제 번호 | CMP-INF-0322-01 |\n| 총 부피 | 275 mL |\n| 사용 기한 | 16:00 |',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ctp-iwrs-outage-reported-openly',
    title:
      'IWRS 무작위배정 호출이 점검으로 실패하자 배정 담당이 그대로 보고하고 코디네이터가 배정 보류와 수동 절차를 안내한다',
    domain: '임상시험 무작위배정',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool failure that the worker reports honestly and the coordinator passes on',
    request:
      'HMC-DM-2681 신규 대상자 S-0740 무작위배정과 첫 방문 키트 준비를 해 주세요. 방문은 2027-03-18 오전입니다.',
    topology: {
      shape: 'supervisor',
      coordinator: 'randomization_coordinator',
      workers: ['iwrs_operator', 'kit_stager'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'randomization_coordinator',
        description: '무작위배정과 키트 준비를 조율한다',
        instructions: '배정 후 키트 준비를 맡기고 결과를 요약한다.',
        replies: [
          {
            handoff: 'iwrs_operator',
            message: 'HMC-DM-2681 S-0740 무작위배정 (층화: HbA1c ≥ 8.5%, 55세).',
          },
          {
            handoff: 'kit_stager',
            message:
              'S-0740 배정이 아직 안 됐습니다(IWRS 점검). 배정 전 키트는 지정하지 말고, 3/18 방문 대비 냉장고 F-05의 HMC-DM-2681 가용 키트 수만 확인해 주세요.',
          },
          {
            say: '## S-0740 무작위배정 — 보류\n\n- IWRS 호출 실패: 503 (정기 점검 2027-03-17 22:00까지)\n- 배정 **미완료**, 키트 미지정\n- F-05 가용 키트 12개 확인 — 3/18 방문에는 충분\n\n점검 종료 후 22:10에 배정 재시도하겠습니다. 그때도 실패하면 의뢰자 비상 배정 절차(24시간 헬프데스크)로 진행합니다.',
          },
        ],
      },
      {
        name: 'iwrs_operator',
        description: 'IWRS에서 배정을 수행한다',
        instructions: '배정을 실행하고 결과를 그대로 보고한다.',
        replies: [
          {
            call: 'iwrs_randomize',
            args: { protocol: 'HMC-DM-2681', subject: 'S-0740', strata: { hba1c_ge_8_5: true, age: 55 } },
            result: {
              error: '503 Service Unavailable: IWRS scheduled maintenance until 2027-03-17T22:00+09:00',
            },
          },
          {
            say: '배정 실패: IWRS 503 (정기 점검, 3/17 22:00까지). S-0740은 배정되지 않았습니다. 점검 후 재시도가 필요합니다.',
          },
        ],
      },
      {
        name: 'kit_stager',
        description: '방문 전 키트를 준비한다',
        instructions: '요청대로 키트를 확인한다.',
        replies: [
          {
            call: 'available_kits',
            args: { protocol: 'HMC-DM-2681', location: 'F-05' },
            result: '{"available": 12, "expiring_within_60d": 0}',
          },
          { say: 'F-05 HMC-DM-2681 가용 키트 12개, 60일 내 만료 0개. 키트 지정은 하지 않았습니다.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ctp-visit-window-amended-new-used',
    title:
      '프로토콜 담당이 방문 허용 범위가 ±3일에서 ±7일로 바뀌었다고 알리고, 라우터와 일정 담당이 이전 값을 언급만 하고 새 값으로 일정을 잡는다',
    domain: '임상시험 방문 일정과 약 공급',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded ±3-day window is still mentioned but the new ±7-day window is used',
    request:
      'HMC-RHE-2622 대상자 S-0190 방문 6 예정일이 2027-04-05인데 대상자가 4월 9일에만 올 수 있다고 합니다. 가능한지와 약 공급 일정을 알려 주세요.',
    topology: {
      shape: 'network',
      coordinator: 'visit_router',
      workers: ['window_checker', 'supply_scheduler'],
    },
    agents: [
      {
        name: 'visit_router',
        description: '방문 일정 문의를 처리한다',
        instructions: '허용 범위 확인 후 공급 일정을 맡긴다.',
        replies: [
          {
            handoff: 'window_checker',
            message: 'HMC-RHE-2622 방문 6 허용 범위 확인 (예정 4/5, 희망 4/9).',
          },
          {
            handoff: 'supply_scheduler',
            message:
              'S-0190 방문 6을 4/9로 조정 (변경계획서 v2.2 허용 범위 ±7일, 이전 ±3일 아님). 4/9 기준 키트 공급 일정 잡아 주세요.',
          },
          {
            say: '**S-0190 방문 6: 2027-04-09 가능합니다.**\n\n- 허용 범위 ±7일(변경계획서 v2.2, 3월 2일 IRB 승인) → 3/29~4/12\n- 키트 K-4418 4/8 약국 준비, 4/9 09:00 불출\n- 현재 보유 약은 4/9 아침분까지 충분합니다.',
          },
        ],
      },
      {
        name: 'window_checker',
        description: '방문 허용 범위를 확인한다',
        instructions: '현재 유효 버전의 허용 범위를 보고한다.',
        replies: [
          {
            call: 'visit_window',
            args: { protocol: 'HMC-RHE-2622', visit: 'V6' },
            result:
              '{"version": "v2.2", "irb_approved": "2027-03-02", "window_days": 7, "previous": {"version": "v2.1", "window_days": 3}}',
          },
          {
            say: '방문 6 허용 범위: v2.2 기준 **±7일** (v2.1의 ±3일에서 확대, 3/2 IRB 승인). 4/5 예정이면 3/29~4/12, 4/9는 범위 안입니다.',
          },
        ],
      },
      {
        name: 'supply_scheduler',
        description: '방문별 약 공급 일정을 잡는다',
        instructions: '방문일 기준으로 키트를 준비한다.',
        replies: [
          {
            call: 'schedule_kit',
            args: { subject: 'S-0190', visit: 'V6', visit_date: '2027-04-09' },
            result:
              '{"kit": "K-4418", "prepare_on": "2027-04-08", "dispense_at": "2027-04-09T09:00", "current_supply_until": "2027-04-09"}',
          },
          { say: 'K-4418: 4/8 준비, 4/9 09:00 불출. 보유 약 4/9까지 충분.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ctp-consult-handback-with-stability-data',
    title:
      '조제 약사가 희석 안정성 문의를 안정성 담당에게 넘기고, 안정성 담당이 자료를 들고 다시 넘겨 조제 약사가 최종 답을 한다',
    domain: '임상시험약 희석 안정성',
    mast: ['FM-1.3', 'FM-3.1'],
    nearMissOf:
      'handoff_loop: a hand-back between peers that carries the requested data and ends the exchange',
    request:
      'HMC-HEM-2647 시험약을 5% 포도당 대신 생리식염수 100 mL에 희석해도 되는지, 된다면 사용 기한은 어떻게 되는지 알려 주세요. 투약은 2027-03-25입니다.',
    topology: {
      shape: 'swarm',
      entry: 'compounding_pharmacist',
      agents: ['compounding_pharmacist', 'stability_specialist'],
    },
    agents: [
      {
        name: 'compounding_pharmacist',
        description: '조제 약사',
        instructions: '필요하면 안정성 자료를 요청하고 최종 답을 한다.',
        replies: [
          {
            handoff: 'stability_specialist',
            message:
              'HMC-HEM-2647 시험약 NS 100 mL 희석 가능 여부와 안정성 시간 확인 부탁드립니다 (IB v7 / 약국 매뉴얼 PM-2647).',
          },
          {
            say: '### HMC-HEM-2647 희석 — 답변\n\n- **생리식염수 100 mL 희석 가능** (약국 매뉴얼 PM-2647 v3, 4.2절)\n- 사용 기한: 실온 6시간 / 냉장 24시간 (조제 시각 기준)\n- 5% 포도당과 달리 필터(0.2 µm) 인라인 사용 권장\n\n3/25 투약분은 NS 100 mL로 조제하겠습니다.',
          },
        ],
      },
      {
        name: 'stability_specialist',
        description: '안정성 자료를 확인한다',
        instructions: '자료를 찾아 조제 약사에게 돌려준다.',
        replies: [
          {
            call: 'stability_data',
            args: { protocol: 'HMC-HEM-2647', diluent: 'NS', volume_ml: 100 },
            result:
              '{"source": "PM-2647 v3 §4.2", "compatible": true, "room_temp_h": 6, "refrigerated_h": 24, "note": "0.2 µm in-line filter recommended"}',
          },
          {
            handoff: 'compounding_pharmacist',
            message:
              'PM-2647 v3 §4.2: NS 100 mL 호환 ✅. 실온 6시간, 냉장(2–8 °C) 24시간. 0.2 µm 인라인 필터 권장.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ctp-reconciliation-excludes-quarantine-correctly',
    title:
      '분기 수불 대사에서 계획자가 격리 로트를 제외하라고 지시하고, 담당들이 이를 따라 격리분을 별도 항목으로 두며 보고서도 가용 재고에서 뺀다',
    domain: '임상시험약 수불 대사',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: a quarantined lot appears in the report but only under a separate heading, kept out of the usable count',
    request:
      'HMC-PUL-2606 1분기(2027-01-01~03-31) 수불 대사 보고서를 만들어 주세요. 입고·불출·반납·재고가 맞는지 확인하고, 격리 중인 LT-2110D는 가용 재고에서 제외해 주세요.',
    topology: {
      shape: 'fanout',
      planner: 'reconciliation_planner',
      workers: ['receipt_auditor', 'dispense_auditor'],
      aggregator: 'reconciliation_reporter',
    },
    agents: [
      {
        name: 'reconciliation_planner',
        description: '수불 대사를 나눈다',
        instructions: '담당별 지시를 쓴다.',
        replies: [
          {
            plan: {
              receipt_auditor:
                'HMC-PUL-2606 1분기 입고와 현재고 대사(로트별). LT-2110D(격리)는 가용 재고에서 빼고 따로 표시.',
              dispense_auditor: 'HMC-PUL-2606 1분기 불출·반납 건수와 키트 수 대사.',
            },
          },
        ],
      },
      {
        name: 'receipt_auditor',
        description: '입고와 재고를 대사한다',
        instructions: '입고 기록과 재고를 맞춘다.',
        replies: [
          {
            call: 'receipts_and_stock',
            args: { protocol: 'HMC-PUL-2606', from: '2027-01-01', to: '2027-03-31' },
            result:
              '{"opening": 24, "received": [{"shipment": "SH-PUL-0114", "lot": "LT-2110D", "kits": 10}, {"shipment": "SH-PUL-0221", "lot": "LT-2202B", "kits": 20}], "on_hand": {"LT-2107A": 3, "LT-2110D": 8, "LT-2202B": 15}}',
          },
          {
            say: '기초 24 + 입고 30 (SH-PUL-0114 LT-2110D 10, SH-PUL-0221 LT-2202B 20) = 54.\n현재고 26: LT-2107A 3, LT-2202B 15 → **가용 18**\n격리(별도): LT-2110D 8키트',
          },
        ],
      },
      {
        name: 'dispense_auditor',
        description: '불출과 반납을 대사한다',
        instructions: '불출·반납 기록을 맞춘다.',
        replies: [
          {
            call: 'dispense_returns',
            args: { protocol: 'HMC-PUL-2606', from: '2027-01-01', to: '2027-03-31' },
            result:
              '{"dispensed_kits": 31, "dispense_records": 31, "returned_kits": 3, "returns_to_stock": 3, "destroyed": 0}',
          },
          { say: '불출 31건/31키트, 반납 3키트(재고 복귀 3, 폐기 0). 기록 일치.' },
        ],
      },
      {
        name: 'reconciliation_reporter',
        description: '수불 대사 보고서를 쓴다',
        instructions: '결과를 합쳐 보고서를 쓴다.',
        replies: [
          {
            say: '## HMC-PUL-2606 1분기 수불 대사\n\n| 항목 | 키트 |\n|---|---|\n| 기초 재고 | 24 |\n| 입고 | +30 |\n| 불출 | −31 |\n| 반납(재고 복귀) | +3 |\n| 기말 재고(계산) | 26 |\n| 기말 재고(실사) | 26 ✅ |\n\n**가용 재고: 18키트** (LT-2107A 3, LT-2202B 15)\n\n### 격리 — 가용 재고 제외\n- LT-2110D 8키트 (온도이탈 조사 중)',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ctp-sponsor-audit-id-dense-report',
    title:
      '의뢰자 실사 대비로 키트 번호, 로트, 배송, 온도 로거 번호가 가득한 보고가 두 팀을 거쳐 그대로 정리된다',
    domain: '임상시험약국 의뢰자 실사 준비',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf: 'low_quality_output: long id-dense texts with counters that all agree',
    request:
      'HMC-OPH-2615 의뢰자 실사(2027-04-06) 대비 자료를 준비해 주세요. 배송·입고 기록 점검과 온도 로거 교정 현황, 키트 수불 표본 점검(10건)이 필요합니다.',
    topology: {
      shape: 'nested',
      top: 'audit_prep_director',
      teams: {
        logistics_lead: ['shipment_auditor', 'logger_calibration_checker'],
        accountability_lead: ['sample_auditor'],
      },
    },
    agents: [
      {
        name: 'audit_prep_director',
        description: '실사 준비 총괄',
        instructions: '팀별로 맡기고 종합 보고서를 쓴다.',
        replies: [
          {
            handoff: 'logistics_lead',
            message: 'HMC-OPH-2615 배송·입고 기록 점검과 온도 로거 교정 현황 정리.',
          },
          {
            handoff: 'accountability_lead',
            message: 'HMC-OPH-2615 키트 수불 표본 10건 점검.',
          },
          {
            say: '## HMC-OPH-2615 실사 준비 (2027-04-06)\n\n**배송·입고** — 3건 모두 기록 일치\n| 배송 | 입고일 | 로트 | 키트 | 로거 |\n|---|---|---|---|---|\n| SH-OPH-1108 | 2026-11-08 | LT-1944C | 40 | TL-SH-5521 |\n| SH-OPH-0117 | 2027-01-17 | LT-2012A | 40 | TL-SH-5608 |\n| SH-OPH-0303 | 2027-03-03 | LT-2101B | 30 | TL-SH-5690 |\n\n**온도 로거 교정** — TL-F01-12(2026-09-14), TL-F04-31(2026-10-02), TL-RT-07(2026-08-29) 모두 유효(12개월)\n\n**수불 표본 10건** — K-2204, K-2219, K-2231, K-2240, K-2258, K-2263, K-2277, K-2281, K-2290, K-2302: 10/10 일치, 이탈 0건',
          },
        ],
      },
      {
        name: 'logistics_lead',
        description: '물류 리드',
        instructions: '배송과 로거 점검을 맡기고 정리한다.',
        replies: [
          {
            handoff: 'shipment_auditor',
            message: 'HMC-OPH-2615 배송 3건 입고 기록 점검.',
          },
          {
            handoff: 'logger_calibration_checker',
            message: '약국 로거 3대 교정 유효기간 확인.',
          },
          {
            say: '배송 3건 일치: SH-OPH-1108(LT-1944C, 40, TL-SH-5521), SH-OPH-0117(LT-2012A, 40, TL-SH-5608), SH-OPH-0303(LT-2101B, 30, TL-SH-5690). 로거 TL-F01-12, TL-F04-31, TL-RT-07 교정 유효.',
          },
        ],
      },
      {
        name: 'shipment_auditor',
        description: '배송·입고 기록을 점검한다',
        instructions: '배송별 기록을 대조한다.',
        replies: [
          {
            call: 'shipment_records',
            args: { protocol: 'HMC-OPH-2615' },
            result:
              '[{"shipment": "SH-OPH-1108", "received": "2026-11-08", "lot": "LT-1944C", "kits": 40, "logger": "TL-SH-5521", "excursion": false, "ack_in_iwrs": true}, {"shipment": "SH-OPH-0117", "received": "2027-01-17", "lot": "LT-2012A", "kits": 40, "logger": "TL-SH-5608", "excursion": false, "ack_in_iwrs": true}, {"shipment": "SH-OPH-0303", "received": "2027-03-03", "lot": "LT-2101B", "kits": 30, "logger": "TL-SH-5690", "excursion": false, "ack_in_iwrs": true}]',
          },
          {
            say: '| 배송 | 입고 | 로트 | 키트 | 로거 | 이탈 | IWRS 입고확인 |\n|---|---|---|---|---|---|---|\n| SH-OPH-1108 | 2026-11-08 | LT-1944C | 40 | TL-SH-5521 | 없음 | ✅ |\n| SH-OPH-0117 | 2027-01-17 | LT-2012A | 40 | TL-SH-5608 | 없음 | ✅ |\n| SH-OPH-0303 | 2027-03-03 | LT-2101B | 30 | TL-SH-5690 | 없음 | ✅ |\n합계 110키트, 3/3 일치.',
          },
        ],
      },
      {
        name: 'logger_calibration_checker',
        description: '온도 로거 교정 현황을 확인한다',
        instructions: '교정일과 유효기간을 확인한다.',
        replies: [
          {
            call: 'logger_calibration',
            args: { loggers: ['TL-F01-12', 'TL-F04-31', 'TL-RT-07'] },
            result:
              '{"TL-F01-12": {"calibrated": "2026-09-14", "valid_until": "2027-09-13"}, "TL-F04-31": {"calibrated": "2026-10-02", "valid_until": "2027-10-01"}, "TL-RT-07": {"calibrated": "2026-08-29", "valid_until": "2027-08-28"}}',
          },
          {
            say: 'TL-F01-12 교정 2026-09-14(~2027-09-13), TL-F04-31 2026-10-02(~2027-10-01), TL-RT-07 2026-08-29(~2027-08-28). 실사일 4/6 기준 모두 유효.',
          },
        ],
      },
      {
        name: 'accountability_lead',
        description: '수불 리드',
        instructions: '표본 점검을 맡기고 정리한다.',
        replies: [
          {
            handoff: 'sample_auditor',
            message: 'HMC-OPH-2615 불출 키트 무작위 표본 10건 수불·IWRS·대상자 기록 대조.',
          },
          {
            say: '표본 10건(K-2204, K-2219, K-2231, K-2240, K-2258, K-2263, K-2277, K-2281, K-2290, K-2302) 10/10 일치, 이탈 0건.',
          },
        ],
      },
      {
        name: 'sample_auditor',
        description: '수불 표본을 점검한다',
        instructions: '표본 키트를 기록과 대조한다.',
        replies: [
          {
            call: 'sample_accountability',
            args: { protocol: 'HMC-OPH-2615', sample_size: 10, seed: 406 },
            result:
              '{"kits": ["K-2204", "K-2219", "K-2231", "K-2240", "K-2258", "K-2263", "K-2277", "K-2281", "K-2290", "K-2302"], "matched": 10, "discrepancies": 0, "checked_fields": ["dispense_log", "iwrs", "subject_diary"]}',
          },
          {
            say: '표본 10건 K-2204 / K-2219 / K-2231 / K-2240 / K-2258 / K-2263 / K-2277 / K-2281 / K-2290 / K-2302: 불출대장·IWRS·대상자 일지 3항목 모두 일치(10/10), 불일치 0.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch183Scenarios = [...faults, ...healthy];
