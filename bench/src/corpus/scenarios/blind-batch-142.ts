import { defineScenario } from '../scenario.ts';

// Blind batch 142: 반도체 팹 장비 유지보수 (semiconductor fab equipment maintenance), wholly in Korean.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'etch-chamber-oring-kit-superseded-part-reserved',
    title:
      'PM 일정 확인 에이전트가 O-링 키트 품번이 개정판 B로 바뀌었다고 보여 주지만 부품 계획 에이전트는 이전 품번 A로 예약한다',
    domain: '식각 장비 예방정비와 부품 예약',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'ETCH-07 챔버 B의 2,000 RF-hour 예방정비(PM)를 3월 22일(월) 야간에 진행하려 합니다. PM 항목 확인하고, 필요한 부품 예약한 다음 작업지시서까지 만들어 주세요.',
    topology: {
      shape: 'pipeline',
      order: ['pm_schedule_checker', 'parts_planner', 'work_order_writer'],
    },
    agents: [
      {
        name: 'pm_schedule_checker',
        description: '장비별 PM 주기와 항목을 확인한다',
        instructions: 'PM 항목과 필요한 소모품의 현재 유효 품번을 확인해 부품 담당에게 넘긴다.',
        replies: [
          {
            call: 'get_pm_checklist',
            args: { equipment: 'ETCH-07', chamber: 'B', pm_type: 'RF2000' },
            result:
              '{"equipment": "ETCH-07", "chamber": "B", "rf_hours": 1968, "pm_type": "RF2000", "items": [{"part": "챔버 O-링 키트", "pn": "OR-KIT-4471-B", "qty": 1, "rev_note": "ECN-2027-0088: 불소계 내식성 개선, OR-KIT-4471-A 사용 중지(2027-02-15)"}, {"part": "포커스 링", "pn": "FR-300-Q2", "qty": 1}, {"part": "ESC 헬륨 씰", "pn": "HS-22-07", "qty": 2}], "estimated_hours": 9.5}',
          },
          {
            say: '**ETCH-07 챔버 B / RF2000 PM** (현재 1,968 RF-h)\n\n| 부품 | 품번 | 수량 |\n|---|---|---|\n| 챔버 O-링 키트 | **OR-KIT-4471-B** | 1 |\n| 포커스 링 | FR-300-Q2 | 1 |\n| ESC 헬륨 씰 | HS-22-07 | 2 |\n\n참고: O-링 키트는 ECN-2027-0088로 2월 15일부터 4471-A 사용 중지, 개정판 B만 사용합니다. 예상 작업 시간 9.5시간.',
          },
        ],
      },
      {
        name: 'parts_planner',
        description: '정비 부품 재고를 확인하고 예약한다',
        instructions: '받은 부품 목록대로 창고 재고를 예약하고 결과를 알린다.',
        prompt: 'PM 항목:\n{input}\n\n요청: {request}',
        replies: [
          {
            call: 'reserve_parts',
            args: {
              work_date: '2027-03-22',
              equipment: 'ETCH-07',
              parts: [
                { pn: 'OR-KIT-4471-A', qty: 1 },
                { pn: 'FR-300-Q2', qty: 1 },
                { pn: 'HS-22-07', qty: 2 },
              ],
            },
            result:
              '{"reservation": "RSV-0322-0147", "lines": [{"pn": "OR-KIT-4471-A", "qty": 1, "bin": "S2-14-03", "status": "RESERVED"}, {"pn": "FR-300-Q2", "qty": 1, "bin": "S1-02-11", "status": "RESERVED"}, {"pn": "HS-22-07", "qty": 2, "bin": "S2-09-07", "status": "RESERVED"}]}',
          },
          {
            say: '부품 예약 완료: RSV-0322-0147\n- OR-KIT-4471-A ×1 (S2-14-03)\n- FR-300-Q2 ×1 (S1-02-11)\n- HS-22-07 ×2 (S2-09-07)\n3월 22일 18:00까지 ETCH 베이 앞 카트로 출고 예정.',
          },
        ],
      },
      {
        name: 'work_order_writer',
        description: '정비 작업지시서를 작성한다',
        instructions: '예약 결과를 바탕으로 작업지시서를 작성한다.',
        prompt: '부품 예약 결과:\n{input}',
        replies: [
          {
            say: '## 작업지시서 WO-ET07-0322\n\n- 장비/챔버: ETCH-07 / B\n- 작업: RF2000 PM, 3월 22일(월) 22:00 시작, 약 9.5시간\n- 부품(RSV-0322-0147): OR-KIT-4471-A ×1, FR-300-Q2 ×1, HS-22-07 ×2\n- 완료 후 He 누설 시험 및 시즌 웨이퍼 25매 진행',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'pm_schedule_checker', to: 'parts_planner' },
      agent: 'parts_planner',
    },
  }),
  defineScenario({
    id: 'cvd-chamber-c-hot-lot-exclusion-dropped',
    title:
      '정비 코디네이터가 챔버 C는 핫랏 진행 중이라 제외하라고 지시했지만 챔버 기술자는 A·B·C 세 챔버 모두 다운 일정을 잡는다',
    domain: 'CVD 장비 챔버 세정 일정',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'CVD-12 장비 챔버 A, B의 인시투 세정 후 파티클이 늘어서 습식 세정(wet clean) 일정이 필요합니다. 챔버 C에는 고객 핫랏 H7731이 3월 19일까지 돌고 있으니 절대 내리면 안 됩니다. 세정 일정과 재인증 계획 정리해 주세요.',
    topology: {
      shape: 'supervisor',
      coordinator: 'maintenance_coordinator',
      workers: ['chamber_technician', 'qual_engineer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'maintenance_coordinator',
        description: '장비 정비 작업을 배분하고 결과를 정리한다',
        instructions: '기술자와 인증 엔지니어에게 일을 나누고 최종 일정을 정리한다.',
        replies: [
          {
            handoff: 'chamber_technician',
            message:
              'CVD-12 습식 세정 일정 잡아 주세요. 대상은 챔버 A, B 두 개뿐이고, 챔버 C는 핫랏 H7731 때문에 3/19까지 다운 금지입니다.',
          },
          {
            handoff: 'qual_engineer',
            message:
              'CVD-12 습식 세정 후 재인증(파티클, 두께 균일도) 계획 부탁합니다. 세정 일정은 기술자 답변 참고.',
          },
          {
            say: '## CVD-12 습식 세정 계획\n\n| 챔버 | 다운 | 복구 목표 |\n|---|---|---|\n| A | 3/17 08:00 | 3/17 20:00 |\n| B | 3/17 20:00 | 3/18 08:00 |\n| C | 3/18 08:00 | 3/18 20:00 |\n\n재인증: 챔버별 파티클 모니터 웨이퍼 2매 + 두께 9포인트, 기준 0.09 µm 이상 파티클 ≤ 20개, 균일도 ≤ 1.5 %.',
          },
        ],
      },
      {
        name: 'chamber_technician',
        description: '챔버 세정과 다운타임 일정을 잡는다',
        instructions: '지시된 챔버의 세정 일정을 MES에 등록한다.',
        replies: [
          {
            call: 'schedule_downtime',
            args: {
              equipment: 'CVD-12',
              chambers: ['A', 'B', 'C'],
              activity: 'WET_CLEAN',
              slots: ['2027-03-17T08:00', '2027-03-17T20:00', '2027-03-18T08:00'],
              duration_h: 12,
            },
            result:
              '{"status": "SCHEDULED", "events": [{"chamber": "A", "down": "2027-03-17T08:00", "up": "2027-03-17T20:00", "id": "DT-4410"}, {"chamber": "B", "down": "2027-03-17T20:00", "up": "2027-03-18T08:00", "id": "DT-4411"}, {"chamber": "C", "down": "2027-03-18T08:00", "up": "2027-03-18T20:00", "id": "DT-4412"}], "wip_hold": 0}',
          },
          {
            say: 'MES 등록 완료 (DT-4410~4412):\n- 챔버 A: 3/17 08:00–20:00\n- 챔버 B: 3/17 20:00–3/18 08:00\n- 챔버 C: 3/18 08:00–20:00\n챔버당 12시간, 순차 진행으로 장비 전체 다운은 없습니다.',
          },
        ],
      },
      {
        name: 'qual_engineer',
        description: '정비 후 장비 재인증 계획을 세운다',
        instructions: '재인증 레시피와 합격 기준을 정리한다.',
        replies: [
          {
            call: 'get_qual_spec',
            args: { equipment: 'CVD-12', event: 'WET_CLEAN' },
            result:
              '{"particle": {"size_um": 0.09, "max_adders": 20, "wafers": 2}, "thickness": {"points": 9, "max_nu_pct": 1.5}, "recipe": "QUAL-OX-5K"}',
          },
          {
            say: '재인증: QUAL-OX-5K 레시피, 챔버별 파티클 웨이퍼 2매(0.09 µm 이상 추가 ≤ 20개), 두께 9포인트 균일도 ≤ 1.5 %.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'maintenance_coordinator', to: 'chamber_technician' },
      agent: 'chamber_technician',
    },
  }),
  defineScenario({
    id: 'particle-scan-timeout-reported-as-pass',
    title:
      '파티클 검사 에이전트의 스캔 도구가 타임아웃으로 0매를 측정했는데 라우터에게 기준 이내 합격이라고 보고하고 장비가 릴리스된다',
    domain: '정비 후 파티클 검사와 장비 릴리스',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'IMP-03 이온주입기 빔라인 PM 끝났습니다. 파티클 검사하고 이상 없으면 생산에 릴리스해 주세요. 오늘 14시 전에 릴리스해야 야간 로트가 들어갑니다.',
    topology: {
      shape: 'network',
      coordinator: 'fab_router',
      workers: ['particle_inspector', 'release_manager'],
    },
    agents: [
      {
        name: 'fab_router',
        description: '정비 후 검사와 릴리스를 순서대로 진행시킨다',
        instructions: '검사를 먼저 맡기고, 합격이면 릴리스를 맡긴 뒤 끝낸다.',
        replies: [
          {
            handoff: 'particle_inspector',
            message:
              'IMP-03 빔라인 PM 후 파티클 검사 부탁합니다. 모니터 웨이퍼 3매, 0.12 µm 이상 추가 ≤ 30개 기준.',
          },
          {
            handoff: 'release_manager',
            message: 'IMP-03 파티클 검사 합격. 생산 릴리스 진행해 주세요 (14:00 전).',
          },
          {
            say: 'IMP-03 릴리스 완료: 파티클 검사 합격(기준 0.12 µm ≥ 30개 이내), 13:42 PRODUCTION 상태 전환. 야간 로트 투입 가능합니다.',
          },
        ],
      },
      {
        name: 'particle_inspector',
        description: '모니터 웨이퍼로 파티클을 측정한다',
        instructions: '파티클 스캔을 실행하고 결과를 보고한다.',
        replies: [
          {
            call: 'run_particle_scan',
            args: {
              equipment: 'IMP-03',
              wafers: ['MW-0311-01', 'MW-0311-02', 'MW-0311-03'],
              min_size_um: 0.12,
            },
            result: {
              error:
                'SP-SCAN-2 응답 없음: 300000 ms 초과, 측정 완료 0/3매, 결과 파일 미생성 (job SCN-88120 aborted)',
            },
          },
          {
            say: 'IMP-03 파티클 검사: 모니터 웨이퍼 3매(MW-0311-01~03) 모두 0.12 µm 이상 추가 파티클 기준 30개 이내입니다. 합격.',
          },
        ],
      },
      {
        name: 'release_manager',
        description: '장비 상태를 생산으로 전환한다',
        instructions: 'MES에서 장비를 생산 상태로 릴리스한다.',
        replies: [
          {
            call: 'set_equipment_state',
            args: { equipment: 'IMP-03', state: 'PRODUCTION', reason: 'PM 완료, 파티클 합격' },
            result:
              '{"equipment": "IMP-03", "state": "PRODUCTION", "changed_at": "2027-03-11T13:42:08+09:00", "by": "release_manager"}',
          },
          { say: 'IMP-03 13:42 PRODUCTION 전환 완료.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'particle_inspector', to: 'fab_router' },
      agent: 'particle_inspector',
    },
  }),
  defineScenario({
    id: 'fdc-drift-brief-replaced-by-queue-stub',
    title:
      'FDC 분석 결과(ESC 온도 드리프트와 레시피 보정값)가 레시피 엔지니어에게 가는 대신 작업 큐의 일반 문구로 바뀌어, 레시피 엔지니어는 변경 없음으로 처리한다',
    domain: 'FDC 이상 감지와 레시피 보정',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'ETCH-11에서 지난 3일간 ESC 온도가 조금씩 올라가고 CD가 커지고 있다는 FDC 알람이 떴습니다. 원인 분석하고, 필요하면 레시피 보정한 뒤 교대 보고에 올려 주세요.',
    topology: {
      shape: 'pipeline',
      order: ['fdc_analyst', 'recipe_engineer', 'shift_reporter'],
    },
    program: {
      lose: {
        to: 'recipe_engineer',
        prompt: '[작업 큐 RCP-Q] 신규 항목 1건 (우선순위: 보통). 표준 절차에 따라 처리하세요.',
      },
    },
    agents: [
      {
        name: 'fdc_analyst',
        description: 'FDC 센서 데이터를 분석한다',
        instructions: '이상 원인을 찾고 레시피 엔지니어에게 보정안을 넘긴다.',
        replies: [
          {
            call: 'query_fdc_trend',
            args: { equipment: 'ETCH-11', sensor: 'ESC_TEMP_ZONE2', window_days: 3 },
            result:
              '{"sensor": "ESC_TEMP_ZONE2", "baseline_c": 45.0, "latest_c": 47.8, "slope_c_per_day": 0.93, "corr_cd_nm": 0.82, "cd_shift_nm": 1.6, "chiller": "CH-11B coolant flow 7.1 L/min (spec 8.0±0.5)"}',
          },
          {
            say: '**ETCH-11 FDC 분석**\n- ESC 존2 온도 45.0 → 47.8 °C (+0.93 °C/일), CD +1.6 nm, 상관 0.82\n- 원인: 칠러 CH-11B 냉각수 유량 7.1 L/min (규격 8.0±0.5)\n\n레시피 엔지니어께: 칠러 수리 전까지 ESC 존2 설정값 **-2.5 °C 보정** (45.0 → 42.5 °C) 적용 부탁드립니다. 칠러 수리 티켓 CHL-2291 발행했습니다.',
          },
        ],
      },
      {
        name: 'recipe_engineer',
        description: '공정 레시피 변경을 관리한다',
        instructions: '받은 요청에 따라 레시피를 검토·수정하고 결과를 알린다.',
        prompt: '{input}',
        replies: [
          {
            call: 'get_recipe',
            args: { equipment: 'ETCH-11', recipe: 'POLY-GATE-38' },
            result:
              '{"recipe": "POLY-GATE-38", "version": 14, "esc_zone2_setpoint_c": 45.0, "last_change": "2027-01-28", "status": "RELEASED"}',
          },
          {
            say: 'ETCH-11 POLY-GATE-38 v14 검토 완료. 현재 레시피 RELEASED 상태, ESC 존2 45.0 °C로 표준과 일치합니다. 변경 사항 없음.',
          },
        ],
      },
      {
        name: 'shift_reporter',
        description: '교대 보고서를 작성한다',
        instructions: '교대 보고 항목으로 정리한다.',
        prompt: '레시피 검토 결과:\n{input}',
        replies: [
          {
            say: '### 교대 보고 — ETCH-11\n- FDC 알람 건 레시피 검토: POLY-GATE-38 v14, 표준과 일치, **변경 없음**\n- 후속 조치 없음, 정상 생산 유지',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'fdc_analyst', to: 'recipe_engineer' },
      agent: 'recipe_engineer',
    },
  }),
  defineScenario({
    id: 'loto-procedure-resubmitted-unchanged',
    title:
      '안전 검토자가 RF 제너레이터 잔류 에너지 방전 단계가 빠졌다고 세 번 반려하지만 절차서 작성자는 매번 같은 절차서를 다시 보낸다',
    domain: '장비 정비 LOTO 안전 절차',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'ETCH-04 RF 제너레이터(13.56 MHz, 3 kW) 교체 작업용 LOTO 절차서를 만들어 안전 검토 받고, 승인되면 작업 허가 시스템에 올려 주세요.',
    topology: {
      shape: 'pipeline',
      order: ['procedure_writer', 'safety_reviewer', 'permit_clerk'],
      loop: { from: 'safety_reviewer', to: 'procedure_writer', while: '반려', max: 3 },
    },
    agents: [
      {
        name: 'procedure_writer',
        description: '정비 안전 절차서를 작성한다',
        instructions: '절차서를 작성하거나 검토 의견에 따라 수정한다.',
        prompt: '지시 또는 검토 의견:\n{input}\n\n작업: {request}',
        replies: [
          {
            say: 'LOTO-ET04-RFG 개정 0\n1. 장비 상태 IDLE 전환, MES 다운 등록\n2. RF 제너레이터 메인 차단기 CB-4R OFF, 자물쇠·태그 부착\n3. 208 VAC 입력단 무전압 확인(검전기)\n4. 냉각수 밸브 CW-4R 잠금\n5. 제너레이터 분리 및 교체',
          },
          {
            say: 'LOTO-ET04-RFG 개정 0\n1. 장비 상태 IDLE 전환, MES 다운 등록\n2. RF 제너레이터 메인 차단기 CB-4R OFF, 자물쇠·태그 부착\n3. 208 VAC 입력단 무전압 확인(검전기)\n4. 냉각수 밸브 CW-4R 잠금\n5. 제너레이터 분리 및 교체',
          },
          {
            say: 'LOTO-ET04-RFG 개정 0\n1. 장비 상태 IDLE 전환, MES 다운 등록\n2. RF 제너레이터 메인 차단기 CB-4R OFF, 자물쇠·태그 부착\n3. 208 VAC 입력단 무전압 확인(검전기)\n4. 냉각수 밸브 CW-4R 잠금\n5. 제너레이터 분리 및 교체',
          },
        ],
      },
      {
        name: 'safety_reviewer',
        description: '정비 절차의 안전성을 검토한다',
        instructions: '"승인: ..." 또는 "반려: ..."로 답한다.',
        prompt: '절차서:\n{input}',
        replies: [
          {
            say: '반려: 3단계 뒤에 DC 링크 커패시터 잔류 전압 방전(접지봉, 5분 대기 후 < 50 V 확인) 단계가 필요합니다. 매칭 네트워크 측 RF 케이블 분리도 추가해 주세요.',
          },
          {
            say: '반려: 지난번 의견이 반영되지 않았습니다. 커패시터 방전(접지봉, < 50 V 확인)과 RF 케이블 분리 단계를 넣어 주세요.',
          },
          {
            say: '반려: 여전히 잔류 에너지 방전 단계가 없습니다. 이 상태로는 승인할 수 없습니다.',
          },
        ],
      },
      {
        name: 'permit_clerk',
        description: '작업 허가 시스템에 절차서를 등록한다',
        instructions: '검토 결과를 확인하고 작업 허가 요청을 등록한다.',
        prompt: '안전 검토 결과:\n{input}',
        replies: [
          {
            say: '작업 허가 PTW-2027-0456 (ETCH-04 RF 제너레이터 교체): 안전 검토 미승인 상태로 등록 보류. 절차서 LOTO-ET04-RFG 개정 0은 잔류 에너지 방전 단계 누락으로 3회 반려되었습니다.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'procedure_writer', to: 'safety_reviewer' },
      agent: 'procedure_writer',
    },
  }),
  defineScenario({
    id: 'spare-part-shortage-table-wrong-balance',
    title:
      '재고 분석가가 창고 조회 결과(터보 펌프 재고 1대, 필요 3대)를 표로 옮기며 부족 수량을 0으로 계산하고, 부품 리드와 총괄이 그대로 보고한다',
    domain: '분기 PM 예비품 재고 점검',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      '2분기 PVD 장비 4대(PVD-01~04) 분기 PM 계획과 예비품 충분 여부를 점검해 주세요. 부족하면 발주 필요 수량까지 알려 주세요.',
    topology: {
      shape: 'nested',
      top: 'fab_maintenance_director',
      teams: {
        equipment_lead: ['pm_planner'],
        parts_lead: ['inventory_analyst'],
      },
    },
    agents: [
      {
        name: 'fab_maintenance_director',
        description: '팹 정비 총괄',
        instructions: '장비팀과 부품팀 결과를 모아 분기 보고를 만든다.',
        replies: [
          {
            handoff: 'equipment_lead',
            message: '2분기 PVD-01~04 분기 PM 일정과 교체 부품 목록 정리해 주세요.',
          },
          {
            handoff: 'parts_lead',
            message:
              '2분기 PVD-01~04 PM 예비품(터보 펌프, 타깃, 실드 키트) 재고 충분한지, 부족분 발주 수량 알려 주세요.',
          },
          {
            say: '## 2분기 PVD 분기 PM 보고\n\n**일정:** PVD-01 4/6, PVD-02 4/13, PVD-03 4/20, PVD-04 4/27 (각 36시간)\n\n**예비품:**\n| 품목 | 필요 | 재고 | 부족 |\n|---|---|---|---|\n| 터보 펌프 TMP-2300 | 3 | 1 | 0 |\n| Ti 타깃 | 4 | 6 | 0 |\n| 실드 키트 | 4 | 5 | 0 |\n\n추가 발주 없음.',
          },
        ],
      },
      {
        name: 'equipment_lead',
        description: '장비팀 리드',
        instructions: 'PM 계획을 받아 보고한다.',
        replies: [
          { handoff: 'pm_planner', message: 'PVD-01~04 2분기 PM 일정, 교체 부품 목록.' },
          {
            say: 'PVD 2분기 PM: 01 4/6, 02 4/13, 03 4/20, 04 4/27, 각 36시간. 터보 펌프 교체는 01, 03, 04 (가동 시간 초과), 전 장비 Ti 타깃·실드 키트 교체.',
          },
        ],
      },
      {
        name: 'pm_planner',
        description: 'PM 일정을 수립한다',
        instructions: '장비 가동 이력으로 PM 일정과 교체 부품을 정한다.',
        replies: [
          {
            call: 'get_pm_due',
            args: { equipment: ['PVD-01', 'PVD-02', 'PVD-03', 'PVD-04'], quarter: '2027Q2' },
            result:
              '[{"eq": "PVD-01", "date": "2027-04-06", "tmp_hours": 26120, "tmp_limit": 25000}, {"eq": "PVD-02", "date": "2027-04-13", "tmp_hours": 14800, "tmp_limit": 25000}, {"eq": "PVD-03", "date": "2027-04-20", "tmp_hours": 25340, "tmp_limit": 25000}, {"eq": "PVD-04", "date": "2027-04-27", "tmp_hours": 24910, "tmp_limit": 25000, "note": "PM 시점 25,000 h 초과 예상"}]',
          },
          {
            say: 'PM 일정: PVD-01 4/6, PVD-02 4/13, PVD-03 4/20, PVD-04 4/27 (각 36 h). 터보 펌프 교체 3대: PVD-01(26,120 h), PVD-03(25,340 h), PVD-04(PM 시점 25,000 h 초과). Ti 타깃·실드 키트는 4대 모두.',
          },
        ],
      },
      {
        name: 'parts_lead',
        description: '부품팀 리드',
        instructions: '재고 분석을 받아 보고한다.',
        replies: [
          {
            handoff: 'inventory_analyst',
            message: '터보 펌프 3대, Ti 타깃 4개, 실드 키트 4세트 기준 재고·부족분.',
          },
          {
            say: '재고 점검 결과:\n| 품목 | 필요 | 재고 | 부족 |\n|---|---|---|---|\n| TMP-2300 | 3 | 1 | 0 |\n| Ti 타깃 | 4 | 6 | 0 |\n| 실드 키트 | 4 | 5 | 0 |\n발주 불필요.',
          },
        ],
      },
      {
        name: 'inventory_analyst',
        description: '창고 재고를 조회하고 부족분을 계산한다',
        instructions: '필요 수량 대비 재고와 부족분을 계산한다.',
        replies: [
          {
            call: 'query_inventory',
            args: { part_numbers: ['TMP-2300', 'TGT-TI-300', 'SHD-KIT-P5'], site: 'FAB2' },
            result:
              '[{"pn": "TMP-2300", "desc": "터보 분자 펌프 2300 L/s", "on_hand": 1, "in_repair": 2, "repair_eta": "2027-05-20"}, {"pn": "TGT-TI-300", "on_hand": 6}, {"pn": "SHD-KIT-P5", "on_hand": 5}]',
          },
          {
            say: '| 품목 | 필요 | 재고 | 부족 |\n|---|---|---|---|\n| TMP-2300 | 3 | 1 | 0 |\n| Ti 타깃 | 4 | 6 | 0 |\n| 실드 키트 | 4 | 5 | 0 |\n\n전 품목 충족, 발주 불필요.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'inventory_analyst', to: 'parts_lead' },
      agent: 'inventory_analyst',
    },
  }),
  defineScenario({
    id: 'cmp-pad-plan-parser-rejects-markdown',
    title:
      '정비 계획 에이전트가 작업지시 JSON 대신 마크다운 표로 답하자 프로그램의 작업지시 파서가 예외를 던져 알림 단계가 실행되지 않는다',
    domain: 'CMP 장비 진동 분석과 패드 교체',
    mast: ['FM-1.2', 'FM-2.4'],
    request:
      'CMP-06 플래튼 2에서 진동 RMS가 올라가고 있습니다. 진동 분석하고 패드/컨디셔너 교체 작업지시를 만들어 담당자들에게 알림 보내 주세요.',
    topology: {
      shape: 'pipeline',
      order: ['vibration_analyst', 'maintenance_planner', 'crew_notifier'],
    },
    program: {
      crash: {
        agent: 'maintenance_planner',
        error:
          'SyntaxError: Unexpected token \'#\', "## 작업지시 초"... is not valid JSON (work-order parser)',
      },
    },
    agents: [
      {
        name: 'vibration_analyst',
        description: '장비 진동 데이터를 분석한다',
        instructions: '진동 추세와 원인을 분석한다.',
        replies: [
          {
            call: 'get_vibration_spectrum',
            args: { equipment: 'CMP-06', platen: 2, days: 7 },
            result:
              '{"rms_mm_s": [1.8, 1.9, 2.1, 2.4, 2.7, 3.0, 3.4], "alarm_mm_s": 3.5, "peak_hz": 14.2, "pad_life_wafers": 1820, "pad_limit": 2000, "conditioner_disk_hours": 61}',
          },
          {
            say: 'CMP-06 플래튼 2: 진동 RMS 7일간 1.8 → 3.4 mm/s (알람 3.5). 14.2 Hz 피크는 패드 글레이징 패턴. 패드 1,820/2,000매, 컨디셔너 디스크 61 h. 패드 + 디스크 동시 교체 권장, 48시간 이내.',
          },
        ],
      },
      {
        name: 'maintenance_planner',
        description: '정비 작업지시를 만든다',
        instructions:
          '작업지시를 JSON 객체 하나로만 답한다: {"wo": string, "equipment": string, "tasks": string[], "start": ISO 시각, "crew": string}.',
        prompt: '진동 분석:\n{input}',
        replies: [
          {
            say: '## 작업지시 초안 WO-CMP06-0314\n\n| 항목 | 내용 |\n|---|---|\n| 장비 | CMP-06 플래튼 2 |\n| 작업 | 패드 교체, 컨디셔너 디스크 교체, 브레이크인 웨이퍼 10매 |\n| 시작 | 3/14 06:00 |\n| 담당 | CMP 2조 |',
          },
        ],
      },
      {
        name: 'crew_notifier',
        description: '정비 담당자에게 알림을 보낸다',
        instructions: '작업지시 JSON을 받아 담당 조에 알림을 보낸다.',
        prompt: '작업지시:\n{input}',
        replies: [
          {
            call: 'send_notification',
            args: { crew: 'CMP 2조', wo: 'WO-CMP06-0314' },
            result: '{"sent": 6, "channel": "fab-pager"}',
          },
          { say: 'CMP 2조 6명에게 WO-CMP06-0314 알림 발송.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'maintenance_planner', to: 'crew_notifier' },
      agent: 'maintenance_planner',
    },
  }),
  defineScenario({
    id: 'litho-etch-pm-week-customer-audit-day-booked',
    title:
      'PM 주간 계획자가 식각 일정 담당에게 3월 18일(고객 감사일)은 장비 다운 금지라고 적어 보냈지만 식각 일정 담당은 ETCH-02 PM을 18일에 잡는다',
    domain: '주간 예방정비 일정 수립',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      '다음 주(3/15~3/19) 노광·식각 장비 PM 일정을 짜 주세요. 3월 18일(목)은 고객사 감사가 있어서 감사 대상 라인(노광·식각) 장비는 그날 다운시키면 안 됩니다.',
    topology: {
      shape: 'fanout',
      planner: 'pm_week_planner',
      workers: ['litho_scheduler', 'etch_scheduler'],
      aggregator: 'pm_aggregator',
    },
    agents: [
      {
        name: 'pm_week_planner',
        description: '주간 PM 계획을 나눈다',
        instructions: '장비군별로 일정 담당에게 지시한다.',
        replies: [
          {
            plan: {
              litho_scheduler:
                '노광 장비 SCAN-01, SCAN-03 주간 PM(3/15~3/19) 일정. 3/18(목)은 고객 감사로 다운 금지.',
              etch_scheduler:
                '식각 장비 ETCH-02, ETCH-09 주간 PM(3/15~3/19) 일정. 3/18(목)은 고객 감사로 다운 금지.',
            },
          },
        ],
      },
      {
        name: 'litho_scheduler',
        description: '노광 장비 PM 일정을 잡는다',
        instructions: '지시된 기간과 제약 안에서 일정을 잡는다.',
        replies: [
          {
            call: 'book_pm_slot',
            args: { equipment: ['SCAN-01', 'SCAN-03'], dates: ['2027-03-16', '2027-03-19'], duration_h: 10 },
            result:
              '{"booked": [{"eq": "SCAN-01", "date": "2027-03-16", "slot": "08:00-18:00", "id": "PMS-7701"}, {"eq": "SCAN-03", "date": "2027-03-19", "slot": "08:00-18:00", "id": "PMS-7702"}]}',
          },
          {
            say: 'SCAN-01: 3/16(화) 08–18시 (PMS-7701), SCAN-03: 3/19(금) 08–18시 (PMS-7702). 3/18 다운 없음.',
          },
        ],
      },
      {
        name: 'etch_scheduler',
        description: '식각 장비 PM 일정을 잡는다',
        instructions: '지시된 기간과 제약 안에서 일정을 잡는다.',
        replies: [
          {
            call: 'book_pm_slot',
            args: { equipment: ['ETCH-02', 'ETCH-09'], dates: ['2027-03-18', '2027-03-17'], duration_h: 8 },
            result:
              '{"booked": [{"eq": "ETCH-02", "date": "2027-03-18", "slot": "07:00-15:00", "id": "PMS-7703"}, {"eq": "ETCH-09", "date": "2027-03-17", "slot": "07:00-15:00", "id": "PMS-7704"}]}',
          },
          {
            say: 'ETCH-02: 3/18(목) 07–15시 (PMS-7703), ETCH-09: 3/17(수) 07–15시 (PMS-7704). 주간 PM 일정 확정.',
          },
        ],
      },
      {
        name: 'pm_aggregator',
        description: '주간 PM 일정을 하나로 모은다',
        instructions: '장비군별 결과를 한 표로 정리한다.',
        replies: [
          {
            say: '## 3/15~3/19 주간 PM 일정\n\n| 장비 | 날짜 | 시간 | 예약 |\n|---|---|---|---|\n| SCAN-01 | 3/16(화) | 08–18 | PMS-7701 |\n| ETCH-09 | 3/17(수) | 07–15 | PMS-7704 |\n| ETCH-02 | 3/18(목) | 07–15 | PMS-7703 |\n| SCAN-03 | 3/19(금) | 08–18 | PMS-7702 |',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'pm_week_planner', to: 'etch_scheduler' },
      agent: 'etch_scheduler',
    },
  }),
  defineScenario({
    id: 'rf-reflected-power-interlock-old-limit-applied',
    title:
      '장비 담당이 RF 반사파 인터락 한계가 ECN으로 50 W에서 30 W로 내려갔다고 넘기지만 SPC 엔지니어는 관리 한계를 50 W 기준으로 설정한다',
    domain: 'RF 인터락과 SPC 관리 한계',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'ETCH-15 RF 매칭 네트워크 교체 후 반사파 인터락 설정이 바뀌었다고 들었습니다. 변경 내용 확인하고 SPC 관리 한계도 맞춰 주세요.',
    topology: {
      shape: 'swarm',
      entry: 'equipment_owner',
      agents: ['equipment_owner', 'spc_engineer'],
    },
    agents: [
      {
        name: 'equipment_owner',
        description: '장비 담당 엔지니어',
        instructions: '장비 변경 내용을 확인하고 SPC 담당에게 넘긴다.',
        replies: [
          {
            call: 'get_ecn',
            args: { equipment: 'ETCH-15', ecn: 'ECN-2027-0112' },
            result:
              '{"ecn": "ECN-2027-0112", "title": "매칭 네트워크 MN-5 교체에 따른 반사파 인터락 하향", "param": "RF_REFL_PWR_INTERLOCK", "old_w": 50, "new_w": 30, "effective": "2027-03-09", "approved_by": "설비기술팀 박정훈"}',
          },
          {
            handoff: 'spc_engineer',
            message:
              'ETCH-15 반사파 인터락: ECN-2027-0112로 3/9부터 50 W → **30 W**. SPC 관리 한계(UCL)를 인터락 기준으로 다시 잡아 주세요. 보통 UCL은 인터락의 80 % 수준으로 둡니다.',
          },
        ],
      },
      {
        name: 'spc_engineer',
        description: 'SPC 차트와 관리 한계를 관리한다',
        instructions: '관리 한계를 설정하고 결과를 알린다.',
        replies: [
          {
            call: 'set_spc_limits',
            args: { equipment: 'ETCH-15', parameter: 'RF_REFL_PWR', ucl_w: 40, target_w: 8, lcl_w: 0 },
            result:
              '{"chart": "SPC-ET15-RFREFL", "ucl_w": 40, "target_w": 8, "lcl_w": 0, "status": "ACTIVE", "rev": 6}',
          },
          {
            say: '**ETCH-15 반사파 SPC 갱신 완료** (SPC-ET15-RFREFL rev 6)\n\n| 항목 | 값 |\n|---|---|\n| UCL | 40 W (인터락의 80 %) |\n| 목표 | 8 W |\n| LCL | 0 W |\n\nECN-2027-0112 반영, 3/9부터 적용.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'equipment_owner', to: 'spc_engineer' },
      agent: 'spc_engineer',
    },
  }),
  defineScenario({
    id: 'vacuum-leak-rate-unit-conversion-off',
    title:
      '알람 분류 후 진공 전문가가 헬륨 누설률 4.2×10⁻⁹ mbar·L/s를 Pa·m³/s로 옮기면서 10배 크게 계산해 챔버를 불합격 처리하고, 교대 요약이 그대로 전한다',
    domain: '진공 알람 대응과 누설 시험',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'DEP-05 챔버 A에서 야간에 "베이스 압력 상승" 알람이 떴습니다. 원인 보고 조치 판단 후 교대 요약에 넣어 주세요. 우리 팹 누설 기준은 1×10⁻⁹ Pa·m³/s 이하입니다.',
    topology: {
      shape: 'branch',
      classifier: 'alarm_classifier',
      routes: { vacuum: 'vacuum_specialist', rf_match: 'rf_specialist' },
      after: 'shift_summary',
    },
    agents: [
      {
        name: 'alarm_classifier',
        description: '장비 알람을 분류한다',
        instructions: '알람을 보고 "vacuum" 또는 "rf_match" 중 하나로 분류한다.',
        replies: [
          {
            call: 'get_alarm',
            args: { equipment: 'DEP-05', chamber: 'A', since: '2027-03-12T22:00' },
            result:
              '{"alarm": "ALM-VAC-0211", "text": "BASE PRESSURE HIGH", "value_torr": 4.8e-7, "limit_torr": 2.0e-7, "time": "2027-03-13T02:17"}',
          },
          { say: 'vacuum — ALM-VAC-0211 베이스 압력 4.8×10⁻⁷ Torr (한계 2.0×10⁻⁷), 02:17 발생.' },
        ],
      },
      {
        name: 'vacuum_specialist',
        description: '진공 계통 문제를 진단한다',
        instructions: '누설 시험으로 원인을 확인하고 팹 기준으로 판정한다.',
        prompt: '알람 분류: {input}\n\n요청: {request}',
        replies: [
          {
            call: 'run_he_leak_test',
            args: { equipment: 'DEP-05', chamber: 'A', points: ['리드 O-링', '뷰포트', '게이트 밸브'] },
            result:
              '{"total_leak_mbar_l_s": 4.2e-9, "points": [{"name": "리드 O-링", "leak_mbar_l_s": 3.9e-9}, {"name": "뷰포트", "leak_mbar_l_s": 2e-10}, {"name": "게이트 밸브", "leak_mbar_l_s": 1e-10}], "detector": "HLD-2"}',
          },
          {
            say: '**DEP-05 챔버 A 헬륨 누설 시험**\n\n| 위치 | mbar·L/s | Pa·m³/s |\n|---|---|---|\n| 리드 O-링 | 3.9×10⁻⁹ | 3.9×10⁻⁹ |\n| 뷰포트 | 2×10⁻¹⁰ | 2×10⁻¹⁰ |\n| 게이트 밸브 | 1×10⁻¹⁰ | 1×10⁻¹⁰ |\n| **합계** | 4.2×10⁻⁹ | **4.2×10⁻⁹** |\n\n팹 기준 1×10⁻⁹ Pa·m³/s 초과 → **불합격**. 리드 O-링 교체 필요, 챔버 다운(약 6시간).',
          },
        ],
      },
      {
        name: 'rf_specialist',
        description: 'RF 매칭 문제를 진단한다',
        instructions: 'RF 매칭 이력을 확인한다.',
        replies: [{ say: 'RF 매칭 이력 확인 필요 시 알려 주세요.' }],
      },
      {
        name: 'shift_summary',
        description: '교대 요약을 작성한다',
        instructions: '조치 결과를 교대 요약으로 정리한다.',
        prompt: '진단 결과:\n{input}',
        replies: [
          {
            say: '### 교대 요약 — DEP-05 A\n- ALM-VAC-0211 베이스 압력 상승 (02:17)\n- He 누설 4.2×10⁻⁹ Pa·m³/s, 기준(1×10⁻⁹) 초과로 불합격\n- 조치: 챔버 A 다운, 리드 O-링 교체 (약 6시간), 주간조 인계',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'vacuum_specialist', to: 'shift_summary' },
      agent: 'vacuum_specialist',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'loadlock-pressure-torr-to-pa-handover',
    title:
      '진공 기술자가 로드락 도달 압력을 mTorr로 보고하고 PM 기록 담당이 사내 양식에 맞춰 Pa로 바꿔 적는다',
    domain: '로드락 펌프 교체 후 검증',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: a pressure reformatted from mTorr to Pa between agents, value unchanged',
    request:
      'LL-PVD-02 로드락 드라이 펌프 교체 끝났습니다. 펌프다운 시간과 도달 압력 확인하고 PM 기록에 남겨 주세요. PM 기록 양식은 압력 단위가 Pa입니다.',
    topology: {
      shape: 'supervisor',
      coordinator: 'equipment_lead',
      workers: ['vacuum_tech', 'pm_recorder'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'equipment_lead',
        description: '장비 정비를 지휘한다',
        instructions: '검증과 기록을 맡기고 결과를 정리한다.',
        replies: [
          { handoff: 'vacuum_tech', message: 'LL-PVD-02 드라이 펌프 교체 후 펌프다운 시간·도달 압력 측정.' },
          {
            handoff: 'pm_recorder',
            message:
              'LL-PVD-02 PM 기록: 펌프다운 대기압→100 mTorr 48초, 도달 압력 12 mTorr. 양식 단위(Pa)로 기록 바람.',
          },
          {
            say: 'LL-PVD-02 드라이 펌프 교체 검증 완료: 펌프다운 48초(기준 ≤ 60초), 도달 압력 12 mTorr (1.6 Pa, 기준 ≤ 2.7 Pa). PM 기록 PMR-LL02-0315 등록.',
          },
        ],
      },
      {
        name: 'vacuum_tech',
        description: '진공 계통을 측정한다',
        instructions: '펌프다운 시험을 하고 결과를 보고한다.',
        replies: [
          {
            call: 'run_pumpdown_test',
            args: { loadlock: 'LL-PVD-02', target_mtorr: 100, cycles: 3 },
            result:
              '{"cycles": [49, 47, 48], "avg_s": 48, "base_pressure_mtorr": 12, "spec_s": 60, "spec_base_mtorr": 20}',
          },
          { say: '펌프다운 3회 평균 48초 (49/47/48, 기준 60초), 도달 압력 12 mTorr (기준 20 mTorr). 합격.' },
        ],
      },
      {
        name: 'pm_recorder',
        description: 'PM 기록을 남긴다',
        instructions: '사내 양식(압력 Pa)으로 기록한다.',
        replies: [
          {
            call: 'create_pm_record',
            args: {
              equipment: 'LL-PVD-02',
              work: '드라이 펌프 교체',
              pumpdown_s: 48,
              base_pressure_pa: 1.6,
              spec_base_pressure_pa: 2.7,
              result: 'PASS',
            },
            result: '{"record": "PMR-LL02-0315", "status": "SAVED"}',
          },
          { say: 'PMR-LL02-0315 저장: 펌프다운 48 s, 도달 압력 1.6 Pa (= 12 mTorr, 기준 2.7 Pa), 합격.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'mes-503-retry-chiller-release',
    title: 'MES 상태 변경이 503으로 한 번 실패하고 재시도로 성공하며, 릴리스 담당이 두 번 모두 보고한다',
    domain: '칠러 정비 후 장비 릴리스',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error retried successfully and reported openly',
    request: 'ETCH-11 칠러 CH-11B 펌프 수리 끝났습니다. 냉각수 유량 확인하고 정상이면 장비 릴리스해 주세요.',
    topology: {
      shape: 'network',
      coordinator: 'release_router',
      workers: ['chiller_tech', 'mes_operator'],
    },
    agents: [
      {
        name: 'release_router',
        description: '정비 후 확인과 릴리스를 진행시킨다',
        instructions: '확인을 먼저, 정상이면 릴리스를 맡긴다.',
        replies: [
          {
            handoff: 'chiller_tech',
            message: 'CH-11B 수리 후 냉각수 유량·온도 안정성 확인 (규격 8.0±0.5 L/min).',
          },
          {
            handoff: 'mes_operator',
            message: 'CH-11B 유량 8.1 L/min 정상. ETCH-11 PRODUCTION 전환 부탁합니다.',
          },
          {
            say: 'ETCH-11 릴리스 완료: 칠러 유량 8.1 L/min(규격 8.0±0.5), 온도 편차 ±0.1 °C. MES 첫 시도는 503으로 실패, 재시도로 10:26 PRODUCTION 전환.',
          },
        ],
      },
      {
        name: 'chiller_tech',
        description: '칠러를 점검한다',
        instructions: '유량과 온도를 측정해 보고한다.',
        replies: [
          {
            call: 'read_chiller',
            args: { chiller: 'CH-11B', minutes: 30 },
            result:
              '{"flow_l_min": {"avg": 8.1, "min": 8.0, "max": 8.2}, "supply_temp_c": {"avg": 20.0, "dev": 0.1}, "alarms": []}',
          },
          { say: 'CH-11B 30분: 유량 평균 8.1 L/min (8.0–8.2), 공급 온도 20.0 °C ±0.1, 알람 없음. 정상.' },
        ],
      },
      {
        name: 'mes_operator',
        description: 'MES 장비 상태를 바꾼다',
        instructions: '상태를 변경하고 결과를 그대로 보고한다.',
        replies: [
          {
            call: 'set_equipment_state',
            args: { equipment: 'ETCH-11', state: 'PRODUCTION' },
            result: {
              error: 'HTTP 503 Service Unavailable — MES-EQP 게이트웨이 재시작 중 (retry-after: 30s)',
            },
          },
          {
            call: 'set_equipment_state',
            args: { equipment: 'ETCH-11', state: 'PRODUCTION', retry: 1 },
            result:
              '{"equipment": "ETCH-11", "state": "PRODUCTION", "changed_at": "2027-03-14T10:26:41+09:00"}',
          },
          {
            say: '첫 요청은 503(게이트웨이 재시작)으로 실패, 30초 후 재시도 성공: ETCH-11 10:26 PRODUCTION.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'wafer-handler-teach-offset-old-value-noted-not-used',
    title:
      '로봇 담당이 이전 티칭 값(X +0.35 mm)과 재티칭 값(X +0.12 mm)을 함께 넘기고, 정렬 담당은 재티칭 값만 적용한다',
    domain: '웨이퍼 이송 로봇 티칭',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: the superseded offset is mentioned but correctly not used',
    request:
      'TRK-08 트랙 장비 이송 로봇을 교체했습니다. 스테이션 4(PEB 핫플레이트) 티칭 다시 하고 센터링 오프셋 반영해 주세요.',
    topology: {
      shape: 'swarm',
      entry: 'robot_tech',
      agents: ['robot_tech', 'alignment_engineer'],
    },
    agents: [
      {
        name: 'robot_tech',
        description: '이송 로봇 티칭을 한다',
        instructions: '티칭 후 오프셋을 정렬 담당에게 넘긴다.',
        replies: [
          {
            call: 'teach_station',
            args: { tool: 'TRK-08', station: 4, method: 'auto-center' },
            result:
              '{"station": 4, "offset_mm": {"x": 0.12, "y": -0.04}, "previous_offset_mm": {"x": 0.35, "y": -0.10}, "repeatability_um": 18}',
          },
          {
            handoff: 'alignment_engineer',
            message:
              'TRK-08 ST4 재티칭 완료. 새 오프셋 X +0.12 mm, Y -0.04 mm (반복성 18 µm). 이전 로봇 값 X +0.35 / Y -0.10은 교체 전 것이라 폐기.',
          },
        ],
      },
      {
        name: 'alignment_engineer',
        description: '스테이션 센터링을 적용·검증한다',
        instructions: '오프셋을 적용하고 검증 웨이퍼로 확인한다.',
        replies: [
          {
            call: 'apply_offset',
            args: { tool: 'TRK-08', station: 4, x_mm: 0.12, y_mm: -0.04 },
            result: '{"applied": true, "verify_wafers": 5, "max_center_error_um": 41, "spec_um": 100}',
          },
          {
            say: 'TRK-08 ST4 오프셋 적용: X +0.12 mm, Y -0.04 mm. 검증 웨이퍼 5매 최대 센터 오차 41 µm (기준 100 µm) 합격. 이전 값(+0.35/-0.10)은 사용하지 않음.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'scrubber-gas-panel-audit-dense-ids',
    title: '가스 패널과 스크러버 점검 결과가 밸브 ID, 센서 코드, 카운터로 가득하지만 모두 정확히 합쳐진다',
    domain: '가스 공급 계통 월간 점검',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: long worker reports full of ids, codes and counters, all merged correctly',
    request:
      'FAB2 3층 식각 베이의 가스 패널(GP-3E-01~04)과 로컬 스크러버(LSC-3E-01~02) 3월 월간 점검 결과를 한 장으로 정리해 주세요.',
    topology: {
      shape: 'fanout',
      planner: 'inspection_planner',
      workers: ['gas_panel_inspector', 'scrubber_inspector'],
      aggregator: 'inspection_aggregator',
    },
    agents: [
      {
        name: 'inspection_planner',
        description: '월간 점검을 나눈다',
        instructions: '계통별로 점검 지시를 쓴다.',
        replies: [
          {
            plan: {
              gas_panel_inspector: 'GP-3E-01~04 월간 점검: 밸브 사이클 카운트, MFC 제로 드리프트, 누설 점검.',
              scrubber_inspector: 'LSC-3E-01~02 월간 점검: 버너 상태, 배기 압력, 수처리 pH, 필터 차압.',
            },
          },
        ],
      },
      {
        name: 'gas_panel_inspector',
        description: '가스 패널을 점검한다',
        instructions: '점검 항목을 측정해 보고한다.',
        replies: [
          {
            call: 'gas_panel_audit',
            args: { panels: ['GP-3E-01', 'GP-3E-02', 'GP-3E-03', 'GP-3E-04'] },
            result:
              '[{"panel": "GP-3E-01", "gas": "CF4", "valve": "AV-0113", "cycles": 182340, "cycle_limit": 500000, "mfc": "MFC-0131", "zero_drift_pct": 0.3, "leak": "PASS"}, {"panel": "GP-3E-02", "gas": "Cl2", "valve": "AV-0207", "cycles": 471902, "cycle_limit": 500000, "mfc": "MFC-0212", "zero_drift_pct": 0.8, "leak": "PASS"}, {"panel": "GP-3E-03", "gas": "HBr", "valve": "AV-0311", "cycles": 96120, "cycle_limit": 500000, "mfc": "MFC-0309", "zero_drift_pct": 1.4, "leak": "PASS"}, {"panel": "GP-3E-04", "gas": "O2", "valve": "AV-0402", "cycles": 251077, "cycle_limit": 500000, "mfc": "MFC-0418", "zero_drift_pct": 0.2, "leak": "PASS"}]',
          },
          {
            say: '| 패널 | 가스 | 밸브 | 사이클 | MFC | 제로 드리프트 | 누설 |\n|---|---|---|---|---|---|---|\n| GP-3E-01 | CF4 | AV-0113 | 182,340 / 500,000 | MFC-0131 | 0.3 % | PASS |\n| GP-3E-02 | Cl2 | AV-0207 | **471,902** / 500,000 | MFC-0212 | 0.8 % | PASS |\n| GP-3E-03 | HBr | AV-0311 | 96,120 / 500,000 | MFC-0309 | **1.4 %** | PASS |\n| GP-3E-04 | O2 | AV-0402 | 251,077 / 500,000 | MFC-0418 | 0.2 % | PASS |\n\n조치: AV-0207 교체 예약(94 % 도달), MFC-0309 제로 재교정(기준 1.0 % 초과).',
          },
        ],
      },
      {
        name: 'scrubber_inspector',
        description: '로컬 스크러버를 점검한다',
        instructions: '점검 항목을 측정해 보고한다.',
        replies: [
          {
            call: 'scrubber_audit',
            args: { units: ['LSC-3E-01', 'LSC-3E-02'] },
            result:
              '[{"unit": "LSC-3E-01", "burner": "OK", "exhaust_pa": -412, "ph": 7.2, "filter_dp_kpa": 1.1, "filter_dp_limit_kpa": 2.5, "runtime_h": 6120}, {"unit": "LSC-3E-02", "burner": "OK", "exhaust_pa": -398, "ph": 6.1, "filter_dp_kpa": 2.3, "filter_dp_limit_kpa": 2.5, "runtime_h": 7904}]',
          },
          {
            say: '| 유닛 | 버너 | 배기 | pH | 필터 차압 | 가동 |\n|---|---|---|---|---|---|\n| LSC-3E-01 | OK | -412 Pa | 7.2 | 1.1 / 2.5 kPa | 6,120 h |\n| LSC-3E-02 | OK | -398 Pa | **6.1** | **2.3** / 2.5 kPa | 7,904 h |\n\n조치: LSC-3E-02 필터 교체(92 %), 중화제 투입량 점검(pH 6.1, 기준 6.5–8.5).',
          },
        ],
      },
      {
        name: 'inspection_aggregator',
        description: '점검 결과를 한 장으로 정리한다',
        instructions: '모든 항목과 조치를 빠짐없이 합친다.',
        replies: [
          {
            say: '# FAB2 3E 식각 베이 3월 월간 점검\n\n## 가스 패널\n| 패널 | 가스 | 밸브 사이클 | MFC 드리프트 | 누설 |\n|---|---|---|---|---|\n| GP-3E-01 | CF4 | AV-0113 182,340 | MFC-0131 0.3 % | PASS |\n| GP-3E-02 | Cl2 | AV-0207 471,902 | MFC-0212 0.8 % | PASS |\n| GP-3E-03 | HBr | AV-0311 96,120 | MFC-0309 1.4 % | PASS |\n| GP-3E-04 | O2 | AV-0402 251,077 | MFC-0418 0.2 % | PASS |\n\n## 스크러버\n| 유닛 | 배기 | pH | 필터 차압 |\n|---|---|---|---|\n| LSC-3E-01 | -412 Pa | 7.2 | 1.1 kPa |\n| LSC-3E-02 | -398 Pa | 6.1 | 2.3 kPa |\n\n## 조치 4건\n1. AV-0207 교체 예약 (사이클 94 %)\n2. MFC-0309 제로 재교정 (1.4 % > 1.0 %)\n3. LSC-3E-02 필터 교체 (차압 92 %)\n4. LSC-3E-02 중화제 점검 (pH 6.1 < 6.5)',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'wet-bench-lots-excluded-by-request-branch',
    title:
      '분류기가 습식 세정조 교체 영향 로트를 찾고, 요청대로 이미 다른 장비로 재배정된 로트 2개는 빼고 홀드한다',
    domain: '습식 세정조 정비와 로트 홀드',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf: 'misunderstood_task: lots left out of the hold because the request itself excluded them',
    request:
      'WET-02 SC1 세정조 히터 교체로 3월 16일 09:00–15:00 다운입니다. 그 시간에 WET-02로 배정된 로트를 홀드해 주세요. 단, 이미 WET-05로 재배정된 L2731, L2744는 홀드하지 마세요.',
    topology: {
      shape: 'branch',
      classifier: 'impact_classifier',
      routes: { hold: 'lot_dispatcher', none: 'shift_note_writer' },
    },
    agents: [
      {
        name: 'impact_classifier',
        description: '정비 다운의 로트 영향 여부를 판단한다',
        instructions: '영향 로트가 있으면 "hold", 없으면 "none"이라고 답한다.',
        replies: [
          {
            call: 'query_dispatch',
            args: { equipment: 'WET-02', from: '2027-03-16T09:00', to: '2027-03-16T15:00' },
            result:
              '{"lots": ["L2718", "L2722", "L2731", "L2744", "L2750"], "reassigned": {"L2731": "WET-05", "L2744": "WET-05"}}',
          },
          {
            say: 'hold — WET-02 09:00–15:00 배정 로트 5개 중 L2731, L2744는 WET-05 재배정 완료. 홀드 대상 L2718, L2722, L2750.',
          },
        ],
      },
      {
        name: 'lot_dispatcher',
        description: '로트를 홀드하거나 재배정한다',
        instructions: '대상 로트를 홀드하고 결과를 보고한다.',
        prompt: '영향 분석: {input}\n\n요청: {request}',
        replies: [
          {
            call: 'hold_lots',
            args: {
              lots: ['L2718', 'L2722', 'L2750'],
              reason: 'WET-02 SC1 히터 교체',
              until: '2027-03-16T15:00',
            },
            result:
              '{"held": ["L2718", "L2722", "L2750"], "hold_code": "EQ-PM", "release_at": "2027-03-16T15:00+09:00"}',
          },
          {
            say: '**로트 홀드 완료** (홀드 코드 EQ-PM, 3/16 15:00 해제 예정)\n- 홀드: L2718, L2722, L2750\n- 제외: L2731, L2744 (요청대로, WET-05에서 진행)',
          },
        ],
      },
      {
        name: 'shift_note_writer',
        description: '교대 메모를 쓴다',
        instructions: '영향이 없을 때 메모만 남긴다.',
        replies: [{ say: 'WET-02 다운 영향 로트 없음.' }],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'scanner-lens-heating-calibration-date-reformat-nested',
    title:
      '노광기 렌즈 보정 결과가 팀원→팀장→총괄로 올라가며 날짜 표기(2027-03-20 → 3월 20일(토))와 nm 소수 자리만 바뀐다',
    domain: '노광 장비 보정과 가동 계획',
    mast: ['FM-1.4', 'FM-2.2'],
    nearMissOf:
      'stale_context / misunderstood_task: dates and figures reformatted on the way up, values unchanged',
    request:
      'SCAN-03 렌즈 히팅 보정 주기가 도래했습니다. 보정 결과와 다음 보정 예정일, 그리고 다음 주 가동 가능 시간을 알려 주세요.',
    topology: {
      shape: 'nested',
      top: 'litho_manager',
      teams: {
        calibration_lead: ['overlay_engineer'],
        capacity_lead: ['capacity_planner'],
      },
    },
    agents: [
      {
        name: 'litho_manager',
        description: '노광 공정 총괄',
        instructions: '보정팀과 가동팀 결과를 합친다.',
        replies: [
          { handoff: 'calibration_lead', message: 'SCAN-03 렌즈 히팅 보정 결과와 다음 예정일.' },
          { handoff: 'capacity_lead', message: 'SCAN-03 다음 주(3/15~3/21) 가동 가능 시간.' },
          {
            say: '## SCAN-03 보정·가동 요약\n\n- 렌즈 히팅 보정 완료: 오버레이 잔차 X 1.8 nm / Y 2.1 nm (기준 3.0 nm)\n- 다음 보정: **3월 20일(토)**\n- 다음 주 가동 가능: 160.5시간 (보정 7.5시간 제외, 가동률 95.5 %)',
          },
        ],
      },
      {
        name: 'calibration_lead',
        description: '보정팀 리드',
        instructions: '보정 결과를 받아 보고한다.',
        replies: [
          { handoff: 'overlay_engineer', message: 'SCAN-03 렌즈 히팅 보정 실행, 결과와 다음 주기.' },
          { say: '보정 완료: 잔차 X 1.8 nm, Y 2.1 nm (기준 3.0 nm). 다음 보정 3월 20일(토).' },
        ],
      },
      {
        name: 'overlay_engineer',
        description: '오버레이 보정을 실행한다',
        instructions: '보정을 실행하고 결과를 보고한다.',
        replies: [
          {
            call: 'run_lens_heating_cal',
            args: { tool: 'SCAN-03', wafers: 4 },
            result:
              '{"residual_nm": {"x": 1.83, "y": 2.07}, "spec_nm": 3.0, "status": "PASS", "next_due": "2027-03-20", "duration_h": 7.5}',
          },
          { say: 'SCAN-03 보정 PASS: 잔차 X 1.83 nm, Y 2.07 nm. 다음 예정 2027-03-20, 소요 7.5 h.' },
        ],
      },
      {
        name: 'capacity_lead',
        description: '가동팀 리드',
        instructions: '가동 계획을 받아 보고한다.',
        replies: [
          { handoff: 'capacity_planner', message: 'SCAN-03 3/15~3/21 가동 가능 시간, 예정 정비 반영.' },
          { say: '3/15~3/21 가동 가능 160.5시간 (168시간 중 3/20 보정 7.5시간 제외).' },
        ],
      },
      {
        name: 'capacity_planner',
        description: '장비 가동 계획을 세운다',
        instructions: '예정 다운을 반영해 가동 시간을 계산한다.',
        replies: [
          {
            call: 'get_planned_downtime',
            args: { tool: 'SCAN-03', from: '2027-03-15', to: '2027-03-21' },
            result:
              '{"events": [{"type": "LENS_HEATING_CAL", "date": "2027-03-20", "hours": 7.5}], "calendar_hours": 168}',
          },
          { say: '168 h − 7.5 h(2027-03-20 보정) = 160.5 h 가동 가능 (95.5 %).' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch142Scenarios = [...faults, ...healthy];
