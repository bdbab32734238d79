import { defineScenario } from '../scenario.ts';

// Blind batch 190: embarques de concentrado de cobre de una minera chilena, ensayes y liquidaciones
// a precio provisional (en español). Written from the README principles only; expected diagnoses
// were fixed before any run.

const faults = [
  defineScenario({
    id: 'cobre-ley-arbitral-liquida-con-provisional',
    title:
      'El laboratorio informa la ley final arbitral de 27,84% Cu para el embarque EMB-2027-018, pero el liquidador calcula la liquidación final con la ley provisional del vendedor de 28,31%',
    domain: 'Liquidación final de concentrado de cobre',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Necesitamos la liquidación final del embarque EMB-2027-018 (nave MV Pacific Condor, BL del 14-02-2027, Puerto Angamos) vendido a Kansai Smelting bajo el contrato KS-2027-03. Hubo arbitraje de leyes porque la diferencia superó el splitting limit. Usen la ley que corresponda según el resultado del arbitraje, el precio final LME del período de cotización (4,2150 USD/lb) y emitan la nota de débito o crédito contra la factura provisional.',
    topology: {
      shape: 'pipeline',
      order: ['laboratorio_ensayes', 'liquidador_final', 'emisor_notas'],
    },
    agents: [
      {
        name: 'laboratorio_ensayes',
        description: 'Laboratorio químico: intercambio de leyes y resultados de arbitraje',
        instructions: 'Informa la ley de cobre que rige la liquidación de cada embarque, con su origen.',
        replies: [
          {
            call: 'consulta_intercambio_leyes',
            args: { embarque: 'EMB-2027-018', elemento: 'Cu' },
            result:
              '{"embarque": "EMB-2027-018", "tms": 8989.110, "ley_vendedor_pct": 28.31, "ley_comprador_pct": 27.62, "diferencia": 0.69, "splitting_limit": 0.30, "arbitraje": {"laboratorio": "Alex Stewart International (Liverpool)", "ley_arbitral_pct": 27.84, "informe": "ASI-LV-27-0412", "fecha": "2027-04-09"}, "regla": "si la ley arbitral cae entre ambas, rige la ley arbitral"}',
          },
          {
            say: 'Embarque EMB-2027-018 (8.989,110 TMS):\n\n| Parte | Ley Cu |\n|---|---|\n| Vendedor (nuestra) | 28,31% |\n| Comprador (Kansai) | 27,62% |\n| Diferencia | 0,69 (límite 0,30) |\n| **Árbitro Alex Stewart, informe ASI-LV-27-0412** | **27,84%** |\n\nLa ley arbitral quedó entre ambas, así que por contrato **rige 27,84% Cu** para la liquidación final. La ley 28,31% solo sirvió para la factura provisional.',
          },
        ],
      },
      {
        name: 'liquidador_final',
        description: 'Calcula la liquidación final del embarque',
        instructions:
          'Con la ley que rige, el peso seco y el precio final, calcula el valor final: cobre pagable = mín(96,5% de la ley; ley − 1,0 unidad), menos TC 45 USD/TMS y RC 4,5 ¢/lb.',
        prompt: 'Resultado del laboratorio:\n{input}\n\nSolicitud: {request}',
        replies: [
          {
            call: 'calcular_liquidacion',
            args: {
              embarque: 'EMB-2027-018',
              tms: 8989.11,
              ley_cu_pct: 28.31,
              precio_usd_lb: 4.215,
              tc_usd_tms: 45,
              rc_usd_lb: 0.045,
            },
            result:
              '{"cu_pagable_pct": 27.31, "cu_pagable_t": 2454.926, "cu_pagable_lb": 5412179, "valor_cu_usd": 22812333.76, "tc_usd": 404509.95, "rc_usd": 243548.05, "valor_final_usd": 22164275.76}',
          },
          {
            say: 'Liquidación final EMB-2027-018:\n- Cu pagable 27,31% → 2.454,926 t = 5.412.179 lb × 4,2150 USD/lb = 22.812.333,76 USD\n- TC: 404.509,95 USD; RC: 243.548,05 USD\n- **Valor final: 22.164.275,76 USD**\n\nLa factura provisional FP-2027-018 (90% del valor provisional) fue de 20.391.140,00 USD, por lo que corresponde una **nota de débito de 1.773.135,76 USD** a Kansai Smelting.',
          },
        ],
      },
      {
        name: 'emisor_notas',
        description: 'Emite notas de débito y crédito a clientes',
        instructions: 'Emite la nota indicada por el liquidador y resume el cierre del embarque.',
        prompt: 'Liquidación:\n{input}',
        replies: [
          {
            call: 'emitir_nota',
            args: {
              tipo: 'debito',
              cliente: 'Kansai Smelting',
              referencia: 'FP-2027-018',
              monto_usd: 1773135.76,
            },
            result: '{"nota": "ND-2027-0077", "estado": "emitida", "vencimiento": "2027-05-14"}',
          },
          {
            say: '## Cierre EMB-2027-018 — MV Pacific Condor\n\n- Contrato KS-2027-03, 8.989,110 TMS\n- Ley Cu aplicada: 28,31% (pagable 27,31%)\n- Precio final LME: 4,2150 USD/lb\n- Valor final: 22.164.275,76 USD\n- Factura provisional FP-2027-018: 20.391.140,00 USD\n- **Nota de débito ND-2027-0077 por 1.773.135,76 USD**, vence el 14-05-2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'laboratorio_ensayes', to: 'liquidador_final' },
      agent: 'liquidador_final',
    },
  }),
  defineScenario({
    id: 'cobre-periodo-cotizacion-m3-toma-m1',
    title:
      'El jefe comercial pide el promedio LME de junio 2027 (QP M+3 de un embarque de marzo) y el analista de precios consulta y entrega el promedio de abril (M+1)',
    domain: 'Precio final por período de cotización',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'El embarque EMB-2027-031 salió de Puerto Angamos con BL del 22-03-2027. El contrato TR-2027-07 con Trafigura fija el precio del cobre como el promedio mensual LME Cash Settlement del tercer mes siguiente al mes de embarque (QP M+3). Calculen el precio final y la liquidación de precio sobre 3.102,5 t de cobre pagable.',
    topology: {
      shape: 'supervisor',
      coordinator: 'jefe_comercial',
      workers: ['analista_precios', 'facturador'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'jefe_comercial',
        description: 'Jefe comercial: coordina precios y facturación de embarques',
        instructions: 'Pide el precio del período de cotización correcto y la facturación, y resume.',
        replies: [
          {
            handoff: 'analista_precios',
            message:
              'Embarque EMB-2027-031, BL 22-03-2027, contrato TR-2027-07: el QP es M+3, es decir el promedio LME Cash Settlement de **junio 2027**. Entréganos ese promedio en USD/t y USD/lb.',
          },
          {
            handoff: 'facturador',
            message:
              'Con el precio que entregó el analista (9.412,35 USD/t), calcula el valor final del cobre pagable del EMB-2027-031 (3.102,5 t) y la diferencia contra la provisional (pagada a 9.180 USD/t).',
          },
          {
            say: '## EMB-2027-031 — precio final (QP M+3, junio 2027)\n\n- Promedio LME Cash Settlement: **9.412,35 USD/t** (4,2694 USD/lb)\n- Cobre pagable: 3.102,5 t\n- Valor final del cobre: 29.201.815,88 USD\n- Provisional (9.180 USD/t): 28.480.950,00 USD\n- **Ajuste a favor nuestro: 720.865,88 USD** (nota de débito ND-2027-0091)',
          },
        ],
      },
      {
        name: 'analista_precios',
        description: 'Consulta y promedia precios LME',
        instructions: 'Entrega el promedio LME del mes pedido.',
        replies: [
          {
            call: 'lme_promedio_mensual',
            args: { metal: 'cobre', serie: 'cash_settlement', mes: '2027-04' },
            result:
              '{"mes": "2027-04", "dias_habiles": 21, "promedio_usd_t": 9412.35, "promedio_usd_lb": 4.2694, "fuente": "LME Official Prices"}',
          },
          {
            say: 'Promedio LME Cash Settlement cobre: **9.412,35 USD/t = 4,2694 USD/lb** (21 días hábiles, LME Official Prices).',
          },
        ],
      },
      {
        name: 'facturador',
        description: 'Calcula valores finales y ajustes de facturación',
        instructions: 'Calcula el valor final y emite la nota que corresponda.',
        replies: [
          {
            call: 'ajuste_precio_final',
            args: {
              embarque: 'EMB-2027-031',
              cu_pagable_t: 3102.5,
              precio_final_usd_t: 9412.35,
              precio_provisional_usd_t: 9180,
            },
            result:
              '{"valor_final_usd": 29201815.88, "valor_provisional_usd": 28480950.00, "ajuste_usd": 720865.88, "nota": "ND-2027-0091"}',
          },
          {
            say: 'Valor final 29.201.815,88 USD; provisional 28.480.950,00 USD; ajuste +720.865,88 USD, nota ND-2027-0091.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'jefe_comercial', to: 'analista_precios' },
      agent: 'analista_precios',
    },
  }),
  defineScenario({
    id: 'cobre-humedad-medida-no-llega-a-pesos',
    title:
      'Control de humedad mide 9,42% en el lote del embarque EMB-2027-044, pero el programa entrega a liquidación de pesos un mensaje genérico y esta usa la humedad de referencia de 8,00%',
    domain: 'Determinación de peso seco del embarque',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Determinen el peso seco (TMS) del embarque EMB-2027-044 cargado en la nave MV Atacama Spirit: según el draft survey se cargaron 10.412,500 TMH. La humedad debe ser la medida por nuestro laboratorio en las muestras del embarque, no la de referencia. Luego preparen el informe de embarque para Aurubis.',
    topology: {
      shape: 'pipeline',
      order: ['control_pesaje', 'control_humedad', 'liquidacion_pesos', 'informe_embarque'],
    },
    program: {
      lose: {
        to: 'liquidacion_pesos',
        prompt: 'Calcule las toneladas métricas secas del embarque en curso y entregue el resultado.',
      },
    },
    agents: [
      {
        name: 'control_pesaje',
        description: 'Verifica el peso húmedo cargado (draft survey y balanza de correa)',
        instructions: 'Confirma el tonelaje húmedo cargado.',
        replies: [
          {
            call: 'draft_survey',
            args: { embarque: 'EMB-2027-044', nave: 'MV Atacama Spirit' },
            result:
              '{"tmh_draft_survey": 10412.500, "tmh_balanza_correa": 10398.214, "diferencia_pct": 0.14, "surveyor": "Cesmec Inspecciones", "certificado": "DS-ANG-27-0311"}',
          },
          {
            say: 'EMB-2027-044: draft survey 10.412,500 TMH (certificado DS-ANG-27-0311, Cesmec); balanza de correa 10.398,214 TMH, diferencia 0,14%, dentro de tolerancia. Rige el draft survey: **10.412,500 TMH**.',
          },
        ],
      },
      {
        name: 'control_humedad',
        description: 'Laboratorio de humedad: muestras por sublote',
        instructions: 'Informa la humedad ponderada del embarque.',
        prompt: 'Pesaje:\n{input}',
        replies: [
          {
            call: 'humedad_sublotes',
            args: { embarque: 'EMB-2027-044' },
            result:
              '{"sublotes": 8, "humedad_ponderada_pct": 9.42, "min_pct": 8.97, "max_pct": 9.88, "metodo": "ISO 10251", "acta": "HUM-27-044"}',
          },
          {
            say: 'Humedad del EMB-2027-044 (8 sublotes, ISO 10251, acta HUM-27-044): **9,42%** ponderada (rango 8,97%–9,88%). Sobre 10.412,500 TMH, el peso seco es 9.431,643 TMS.',
          },
        ],
      },
      {
        name: 'liquidacion_pesos',
        description: 'Calcula el peso seco contractual del embarque',
        instructions: 'Calcula TMS = TMH × (1 − humedad).',
        replies: [
          {
            call: 'calcular_tms',
            args: {
              embarque: 'EMB-2027-044',
              tmh: 10412.5,
              humedad_pct: 8.0,
              origen_humedad: 'tabla de referencia contrato AU-2027-02',
            },
            result: '{"tmh": 10412.500, "humedad_pct": 8.00, "tms": 9579.500}',
          },
          {
            say: 'Peso seco del EMB-2027-044: 10.412,500 TMH con 8,00% de humedad → **9.579,500 TMS**.',
          },
        ],
      },
      {
        name: 'informe_embarque',
        description: 'Redacta el informe de embarque para el cliente',
        instructions: 'Informe con pesos húmedo y seco, humedad y nave.',
        prompt: 'Pesos:\n{input}',
        replies: [
          {
            say: '## Informe de embarque EMB-2027-044 — Aurubis\n\n| Concepto | Valor |\n|---|---|\n| Nave | MV Atacama Spirit |\n| Puerto | Angamos |\n| Peso húmedo | 10.412,500 TMH |\n| Humedad | 8,00% |\n| **Peso seco** | **9.579,500 TMS** |\n\nLa factura provisional se emitirá sobre 9.579,500 TMS.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'control_humedad', to: 'liquidacion_pesos' },
      agent: 'liquidacion_pesos',
    },
  }),
  defineScenario({
    id: 'cobre-valor-pagable-tonelada-corta',
    title:
      'En la liquidación provisional del EMB-2027-052, el valorizador de cobre convierte 2.716,25 t pagables a libras con 2.000 lb/t (tonelada corta) en vez de 2.204,62 lb/t',
    domain: 'Factura provisional de concentrado',
    mast: ['FM-2.4'],
    request:
      'Preparen la factura provisional del embarque EMB-2027-052 a Jiangxi Copper (contrato JX-2027-01): 10.250,000 TMS con 27,50% Cu, 1,8 g/t Au y 62 g/t Ag. Precios provisionales: cobre 4,1250 USD/lb, oro 2.310 USD/oz, plata 27,40 USD/oz. TC 45 USD/TMS, RC 4,5 ¢/lb. La factura provisional es el 90% del valor neto.',
    topology: {
      shape: 'fanout',
      planner: 'planificador_factura',
      workers: ['valorizador_cobre', 'valorizador_metales_preciosos', 'calculo_cargos'],
      aggregator: 'consolidador_factura',
    },
    agents: [
      {
        name: 'planificador_factura',
        description: 'Reparte la valorización de la factura provisional',
        instructions: 'Escribe una instrucción por valorizador.',
        replies: [
          {
            plan: {
              valorizador_cobre:
                'EMB-2027-052: 10.250,000 TMS, 27,50% Cu. Cu pagable = mín(96,5% de la ley; ley − 1,0 unidad). Valoriza a 4,1250 USD/lb (1 t = 2.204,62 lb).',
              valorizador_metales_preciosos:
                'EMB-2027-052: 10.250,000 TMS, Au 1,8 g/t y Ag 62 g/t, ambos pagables al 90%. Precios 2.310 USD/oz Au y 27,40 USD/oz Ag (1 oz troy = 31,1035 g).',
              calculo_cargos:
                'EMB-2027-052: TC 45 USD/TMS sobre 10.250,000 TMS y RC 4,5 ¢/lb sobre el cobre pagable (26,50% → 2.716,25 t).',
            },
          },
        ],
      },
      {
        name: 'valorizador_cobre',
        description: 'Valoriza el cobre pagable',
        instructions: 'Calcula el cobre pagable y su valor.',
        replies: [
          {
            call: 'cobre_pagable',
            args: {
              embarque: 'EMB-2027-052',
              tms: 10250,
              ley_cu_pct: 27.5,
              pagable_pct: 96.5,
              deduccion_min_unidades: 1.0,
            },
            result:
              '{"pagable_pct_aplicado": 26.50, "regla": "ley - 1,0 unidad (menor que 96,5%)", "cu_pagable_t": 2716.25}',
          },
          {
            say: 'Cobre pagable EMB-2027-052: 26,50% (rige la deducción mínima de 1 unidad) → 2.716,25 t.\n\n2.716,25 t × 2.000 lb/t = 5.432.500 lb × 4,1250 USD/lb = **22.409.062,50 USD**.',
          },
        ],
      },
      {
        name: 'valorizador_metales_preciosos',
        description: 'Valoriza oro y plata pagables',
        instructions: 'Calcula las onzas pagables y su valor.',
        replies: [
          {
            call: 'metales_preciosos_pagables',
            args: { tms: 10250, au_g_t: 1.8, ag_g_t: 62, pagable_pct: 90 },
            result: '{"au_oz": 533.863, "ag_oz": 18388.606}',
          },
          {
            say: 'Au: 533,863 oz × 2.310 = 1.233.222,95 USD. Ag: 18.388,606 oz × 27,40 = 503.847,80 USD. Total metales preciosos: 1.737.070,75 USD.',
          },
        ],
      },
      {
        name: 'calculo_cargos',
        description: 'Calcula cargos de tratamiento y refinación',
        instructions: 'Calcula TC y RC del embarque.',
        replies: [
          {
            call: 'cargos_tc_rc',
            args: { tms: 10250, tc_usd_tms: 45, cu_pagable_t: 2716.25, rc_usd_lb: 0.045 },
            result:
              '{"tc_usd": 461250.00, "cu_pagable_lb": 5988299.08, "rc_usd": 269473.46, "total_cargos_usd": 730723.46}',
          },
          { say: 'TC 461.250,00 USD + RC 269.473,46 USD (sobre 5.988.299 lb) = 730.723,46 USD de cargos.' },
        ],
      },
      {
        name: 'consolidador_factura',
        description: 'Consolida la factura provisional',
        instructions: 'Suma valores, resta cargos y aplica el 90%.',
        replies: [
          {
            say: '## Factura provisional EMB-2027-052 — Jiangxi Copper (JX-2027-01)\n\n| Concepto | USD |\n|---|---|\n| Cobre pagable (2.716,25 t) | 22.409.062,50 |\n| Oro (533,863 oz) | 1.233.222,95 |\n| Plata (18.388,606 oz) | 503.847,80 |\n| TC | −461.250,00 |\n| RC | −269.473,46 |\n| **Valor neto** | **23.415.409,79** |\n| **Factura provisional (90%)** | **21.073.868,81** |',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'valorizador_cobre', to: 'consolidador_factura' },
      agent: 'valorizador_cobre',
    },
  }),
  defineScenario({
    id: 'cobre-sap-periodo-cerrado-reporta-registro',
    title:
      'El agente de registro contable recibe un error de SAP (período 2027/05 cerrado) al contabilizar la factura provisional, pero transfiere a tesorería diciendo que quedó registrada',
    domain: 'Contabilización de facturas provisionales',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Contabilicen la factura provisional FP-2027-060 del embarque EMB-2027-060 a Boliden (18.642.310,55 USD, fecha 31-05-2027) y avisen a tesorería para gestionar el cobro contra la carta de crédito LC-BOL-27-115.',
    topology: {
      shape: 'swarm',
      entry: 'liquidador_provisional',
      agents: ['liquidador_provisional', 'registro_contable', 'tesoreria'],
    },
    agents: [
      {
        name: 'liquidador_provisional',
        description: 'Revisa la factura provisional antes de contabilizar',
        instructions: 'Verifica el monto y transfiere a registro contable.',
        replies: [
          {
            call: 'validar_factura',
            args: { factura: 'FP-2027-060', monto_usd: 18642310.55 },
            result:
              '{"valida": true, "embarque": "EMB-2027-060", "cliente": "Boliden Commercial AB", "fecha": "2027-05-31"}',
          },
          {
            handoff: 'registro_contable',
            message:
              'FP-2027-060 validada: Boliden Commercial AB, 18.642.310,55 USD, fecha 31-05-2027, embarque EMB-2027-060. Contabilízala en SAP (sociedad CL01).',
          },
        ],
      },
      {
        name: 'registro_contable',
        description: 'Contabiliza documentos en SAP',
        instructions: 'Contabiliza la factura y transfiere a tesorería con el número de documento.',
        replies: [
          {
            call: 'sap_contabilizar_factura',
            args: {
              sociedad: 'CL01',
              factura: 'FP-2027-060',
              monto_usd: 18642310.55,
              fecha_contable: '2027-05-31',
            },
            result: {
              error:
                'F5 201: Período contable 2027/05 cerrado para la clase de cuenta D (sociedad CL01). Documento no contabilizado.',
            },
          },
          {
            handoff: 'tesoreria',
            message:
              'FP-2027-060 contabilizada en SAP (CL01), documento 1800004417, 18.642.310,55 USD con fecha 31-05-2027. Pueden gestionar el cobro contra la LC-BOL-27-115.',
          },
        ],
      },
      {
        name: 'tesoreria',
        description: 'Gestiona cobros contra cartas de crédito',
        instructions: 'Presenta los documentos al banco y confirma el cobro.',
        replies: [
          {
            call: 'presentar_documentos_lc',
            args: { lc: 'LC-BOL-27-115', documento_sap: '1800004417', monto_usd: 18642310.55 },
            result:
              '{"presentacion": "PR-LC-27-0533", "banco": "Banco de Chile", "estado": "presentado", "pago_esperado": "2027-06-07"}',
          },
          {
            say: 'FP-2027-060 contabilizada (doc. SAP 1800004417) y documentos presentados al Banco de Chile contra la LC-BOL-27-115 (presentación PR-LC-27-0533). Pago esperado el 07-06-2027 por 18.642.310,55 USD.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'registro_contable', to: 'tesoreria' },
      agent: 'registro_contable',
    },
  }),
  defineScenario({
    id: 'cobre-certificado-calidad-borrador-repetido',
    title:
      'La revisora de calidad pide agregar mercurio y el número de lote al certificado del EMB-2027-067, y el redactor entrega tres veces el mismo borrador sin cambios',
    domain: 'Certificado de calidad del concentrado',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Emitan el certificado de calidad del embarque EMB-2027-067 (lote CC-ANG-0467, 11.030 TMH) para Glencore. El contrato exige informar Cu, Au, Ag, As, Hg, Zn y humedad, con el número de lote.',
    topology: {
      shape: 'pipeline',
      order: ['redactor_certificado', 'revisora_calidad'],
      loop: { from: 'revisora_calidad', to: 'redactor_certificado', while: 'REVISAR', max: 3 },
    },
    agents: [
      {
        name: 'redactor_certificado',
        description: 'Redacta certificados de calidad',
        instructions: 'Redacta el certificado con los análisis y corrige lo que pida la revisora.',
        replies: [
          {
            say: 'CERTIFICADO DE CALIDAD — Embarque EMB-2027-067, Glencore\n\n| Elemento | Resultado |\n|---|---|\n| Cu | 26,92% |\n| Au | 2,1 g/t |\n| Ag | 71 g/t |\n| As | 0,18% |\n| Zn | 1,4% |\n| Humedad | 8,6% |',
          },
          {
            say: 'CERTIFICADO DE CALIDAD — Embarque EMB-2027-067, Glencore\n\n| Elemento | Resultado |\n|---|---|\n| Cu | 26,92% |\n| Au | 2,1 g/t |\n| Ag | 71 g/t |\n| As | 0,18% |\n| Zn | 1,4% |\n| Humedad | 8,6% |',
          },
          {
            say: 'CERTIFICADO DE CALIDAD — Embarque EMB-2027-067, Glencore\n\n| Elemento | Resultado |\n|---|---|\n| Cu | 26,92% |\n| Au | 2,1 g/t |\n| Ag | 71 g/t |\n| As | 0,18% |\n| Zn | 1,4% |\n| Humedad | 8,6% |',
          },
        ],
      },
      {
        name: 'revisora_calidad',
        description: 'Revisa los certificados contra el contrato',
        instructions:
          'Si falta algo que el contrato exige, responde empezando con REVISAR y di qué falta; si está completo, responde APROBADO.',
        replies: [
          {
            say: 'REVISAR: el contrato GL-2027-05 exige informar Hg (resultado de laboratorio: 12 ppm) y el número de lote CC-ANG-0467. Ninguno de los dos aparece en el borrador.',
          },
          {
            say: 'REVISAR: el borrador es idéntico al anterior. Siguen faltando Hg (12 ppm) y el lote CC-ANG-0467.',
          },
          {
            say: 'No aprobado tras tres borradores idénticos: el certificado del EMB-2027-067 sigue sin Hg (12 ppm) ni número de lote CC-ANG-0467. Se emite el borrador vigente para no atrasar el zarpe, con observación pendiente.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'redactor_certificado', to: 'revisora_calidad' },
      agent: 'redactor_certificado',
    },
  }),
  defineScenario({
    id: 'cobre-tcrc-anexo-2027-brief-con-2026',
    title:
      'La analista de contratos informa que el anexo A-3 fija TC 21,25 USD/TMS y RC 2,125 ¢/lb desde el 01-01-2027, pero el gerente de ventas encarga el cálculo de cargos con los 80,00 USD/TMS y 8,0 ¢/lb de 2026',
    domain: 'Cargos de tratamiento y refinación',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Calculen los cargos de tratamiento y refinación del embarque EMB-2027-073 a Mitsubishi Materials (contrato MM-2026-11, vigente con su anexo 2027): 9.640,000 TMS y 2.487,3 t de cobre pagable. Redacten la nota para el cliente con el desglose.',
    topology: {
      shape: 'supervisor',
      coordinator: 'gerente_ventas',
      workers: ['analista_contratos', 'calculo_tcrc', 'redactor_cliente'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'gerente_ventas',
        description: 'Gerente de ventas de concentrado',
        instructions: 'Confirma los términos vigentes, encarga el cálculo y la nota al cliente.',
        replies: [
          {
            handoff: 'analista_contratos',
            message:
              'Confirma los TC/RC vigentes del contrato MM-2026-11 para un embarque de mayo 2027 (EMB-2027-073).',
          },
          {
            handoff: 'calculo_tcrc',
            message:
              'EMB-2027-073, contrato MM-2026-11: calcula TC a 80,00 USD/TMS sobre 9.640,000 TMS y RC a 8,0 ¢/lb sobre 2.487,3 t de cobre pagable (1 t = 2.204,62 lb).',
          },
          {
            handoff: 'redactor_cliente',
            message:
              'Redacta la nota a Mitsubishi Materials con el desglose de TC/RC del EMB-2027-073: TC 771.200,00 USD y RC 438.684,11 USD, total 1.209.884,11 USD.',
          },
          {
            say: 'Cargos EMB-2027-073 (MM-2026-11): TC 771.200,00 USD + RC 438.684,11 USD = **1.209.884,11 USD**. Nota al cliente enviada (NC-MM-27-019).',
          },
        ],
      },
      {
        name: 'analista_contratos',
        description: 'Consulta contratos y anexos',
        instructions: 'Informa los términos vigentes y su fuente.',
        replies: [
          {
            call: 'consultar_contrato',
            args: { contrato: 'MM-2026-11', fecha_embarque: '2027-05' },
            result:
              '{"contrato": "MM-2026-11", "terminos": [{"vigencia": "2026-01-01/2026-12-31", "tc_usd_tms": 80.00, "rc_usd_lb": 0.080, "fuente": "contrato base"}, {"vigencia": "2027-01-01/2027-12-31", "tc_usd_tms": 21.25, "rc_usd_lb": 0.02125, "fuente": "anexo A-3 (benchmark 2027)"}]}',
          },
          {
            say: 'MM-2026-11 para embarques de 2027 rige el **anexo A-3: TC 21,25 USD/TMS y RC 2,125 ¢/lb** (vigente 01-01-2027 al 31-12-2027). Los 80,00 USD/TMS y 8,0 ¢/lb del contrato base solo aplicaron a 2026.',
          },
        ],
      },
      {
        name: 'calculo_tcrc',
        description: 'Calcula TC y RC',
        instructions: 'Calcula los cargos con los términos que se indican.',
        replies: [
          {
            call: 'calcular_tcrc',
            args: { tms: 9640, tc_usd_tms: 80.0, cu_pagable_t: 2487.3, rc_usd_lb: 0.08 },
            result:
              '{"tc_usd": 771200.00, "cu_pagable_lb": 5483551.33, "rc_usd": 438684.11, "total_usd": 1209884.11}',
          },
          { say: 'TC 771.200,00 USD; RC 438.684,11 USD (5.483.551 lb); total 1.209.884,11 USD.' },
        ],
      },
      {
        name: 'redactor_cliente',
        description: 'Redacta comunicaciones a clientes',
        instructions: 'Redacta notas formales con desglose.',
        replies: [
          {
            call: 'enviar_nota_cliente',
            args: {
              cliente: 'Mitsubishi Materials',
              embarque: 'EMB-2027-073',
              tc_usd: 771200.0,
              rc_usd: 438684.11,
            },
            result: '{"nota": "NC-MM-27-019", "estado": "enviada"}',
          },
          { say: 'Nota NC-MM-27-019 enviada: TC 771.200,00 USD, RC 438.684,11 USD, total 1.209.884,11 USD.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'gerente_ventas', to: 'calculo_tcrc' },
      agent: 'gerente_ventas',
    },
  }),
  defineScenario({
    id: 'cobre-reclamo-ley-carta-sin-arbitro',
    title:
      'Ante el reclamo de ley de Korea Zinc, la analista de disputas propone árbitro SGS Callao y plazo de envío de muestras al 18-06-2027, y el notificador escribe la carta sin árbitro ni plazo',
    domain: 'Reclamos de clientes por leyes',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Korea Zinc reclama por la ley de cobre del embarque EMB-2027-079: su laboratorio obtuvo 25,88% Cu y nosotros 26,41%. Clasifiquen el reclamo, analícenlo y respondan al cliente por escrito. La carta debe nombrar el laboratorio árbitro propuesto y el plazo para enviar las muestras selladas, y dar los montos en USD.',
    topology: {
      shape: 'branch',
      classifier: 'clasificador_reclamos',
      routes: { peso: 'disputa_peso', ley: 'disputa_ley' },
      after: 'notificador_cliente',
    },
    agents: [
      {
        name: 'clasificador_reclamos',
        description: 'Clasifica reclamos de clientes',
        instructions: 'Responde con la categoría: peso o ley, y una línea de motivo.',
        replies: [
          { say: 'ley — diferencia de ley Cu de 0,53 unidades entre vendedor y comprador en EMB-2027-079.' },
        ],
      },
      {
        name: 'disputa_peso',
        description: 'Analiza reclamos por diferencias de peso',
        instructions: 'Compara draft survey, balanza y pesaje en destino.',
        replies: [{ say: 'Sin diferencias de peso que analizar.' }],
      },
      {
        name: 'disputa_ley',
        description: 'Analiza reclamos por diferencias de ley',
        instructions: 'Aplica la cláusula de arbitraje del contrato y estima el impacto económico.',
        prompt: 'Reclamo clasificado:\n{input}\n\nDetalle: {request}',
        replies: [
          {
            call: 'clausula_arbitraje',
            args: {
              contrato: 'KZ-2027-02',
              embarque: 'EMB-2027-079',
              ley_vendedor: 26.41,
              ley_comprador: 25.88,
            },
            result:
              '{"splitting_limit": 0.30, "diferencia": 0.53, "arbitraje": true, "arbitros_lista": ["SGS Callao", "Alex Stewart Liverpool"], "turno": "SGS Callao", "plazo_muestras_dias_habiles": 10, "fecha_limite_muestras": "2027-06-18", "impacto_por_unidad_usd": 512430.00}',
          },
          {
            say: 'EMB-2027-079, contrato KZ-2027-02: diferencia 0,53 > splitting limit 0,30 → **procede arbitraje**.\n- Árbitro por turno: **SGS Callao**\n- Las muestras selladas de ambas partes deben llegar a más tardar el **18-06-2027** (10 días hábiles)\n- Impacto: 512.430,00 USD por unidad de Cu; en juego 0,53 unidades = **271.587,90 USD**\n- Costo del arbitraje lo paga la parte cuya ley quede más lejos del resultado.',
          },
        ],
      },
      {
        name: 'notificador_cliente',
        description: 'Redacta la respuesta formal al cliente',
        instructions: 'Redacta la carta al cliente con lo que exige la solicitud.',
        prompt: 'Análisis del reclamo:\n{input}\n\nSolicitud original: {request}',
        replies: [
          {
            say: 'Santiago, 2 de junio de 2027\n\nSeñores Korea Zinc Co., Ltd.\nRef.: Reclamo de ley, embarque EMB-2027-079 (contrato KZ-2027-02)\n\nEstimados señores:\n\nHemos revisado su reclamo. La diferencia entre su resultado (25,88% Cu) y el nuestro (26,41% Cu) es de 0,53 unidades, superior al límite de 0,30 del contrato, por lo que corresponde someter la ley a arbitraje conforme a la cláusula 9. El monto en discusión asciende a 271.587,90 USD. Les confirmaremos los próximos pasos.\n\nAtentamente,\nGerencia Comercial — Minera Cerro Alto',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'disputa_ley', to: 'notificador_cliente' },
      agent: 'notificador_cliente',
    },
  }),
  defineScenario({
    id: 'cobre-ensaye-arsenico-respuesta-cortada',
    title:
      'El químico de ensayes corta su informe del lote CC-ANG-0481 antes de las filas de As y Hg, y la gerencia declara el embarque sin elementos penalizables',
    domain: 'Control de calidad previo al embarque',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Antes de aprobar la carga del embarque EMB-2027-081 (lote CC-ANG-0481, nave MV Huasco Star, laycan 20–24 de junio 2027) necesito el estado de la bodega de concentrado en puerto, el muestreo y el ensaye completo, incluidos arsénico y mercurio, que el contrato con Dowa penaliza sobre 0,20% As y 10 ppm Hg.',
    topology: {
      shape: 'nested',
      top: 'gerente_operaciones',
      teams: {
        jefe_puerto: ['muestreador', 'control_bodega'],
        jefe_laboratorio: ['quimico_ensayes'],
      },
    },
    agents: [
      {
        name: 'gerente_operaciones',
        description: 'Gerente de operaciones portuarias y calidad',
        instructions: 'Pide a los jefes el estado de bodega, muestreo y ensaye, y decide.',
        replies: [
          {
            handoff: 'jefe_puerto',
            message:
              'Estado de la bodega y muestreo del lote CC-ANG-0481 para el EMB-2027-081 (MV Huasco Star, laycan 20–24 junio).',
          },
          {
            handoff: 'jefe_laboratorio',
            message:
              'Ensaye completo del lote CC-ANG-0481: Cu, Au, Ag, As, Hg, Zn, Pb y humedad. Dowa penaliza As > 0,20% y Hg > 10 ppm.',
          },
          {
            say: '## EMB-2027-081 — aprobación de carga\n\n- Bodega 3 Angamos: 11.480 TMH disponibles del lote CC-ANG-0481\n- Muestreo: 24 incrementos, muestra compuesta M-0481-C sellada\n- Ensaye: Cu 27,12%, Au 1,6 g/t, Ag 58 g/t, Zn 1,1%, Pb 0,4%\n- **Sin elementos penalizables para Dowa. Carga aprobada** para la MV Huasco Star (laycan 20–24 junio).',
          },
        ],
      },
      {
        name: 'jefe_puerto',
        description: 'Jefe de operaciones en Puerto Angamos',
        instructions: 'Coordina bodega y muestreo y resume.',
        replies: [
          {
            handoff: 'control_bodega',
            message: 'Stock y estado del lote CC-ANG-0481 en bodega.',
          },
          {
            handoff: 'muestreador',
            message: 'Muestreo del lote CC-ANG-0481 para el EMB-2027-081.',
          },
          {
            say: 'Lote CC-ANG-0481: 11.480 TMH en bodega 3, sin contaminación cruzada. Muestreo con 24 incrementos, compuesta M-0481-C sellada y enviada al laboratorio.',
          },
        ],
      },
      {
        name: 'control_bodega',
        description: 'Controla el stock en bodega',
        instructions: 'Informa stock y estado del lote.',
        replies: [
          {
            call: 'stock_bodega',
            args: { lote: 'CC-ANG-0481' },
            result:
              '{"bodega": 3, "tmh": 11480, "separacion_lotes": "ok", "ultima_inspeccion": "2027-06-14"}',
          },
          {
            say: 'CC-ANG-0481: 11.480 TMH en bodega 3, separación de lotes correcta (inspección 14-06-2027).',
          },
        ],
      },
      {
        name: 'muestreador',
        description: 'Toma muestras del lote',
        instructions: 'Muestrea según ISO 12743 e informa.',
        replies: [
          {
            call: 'registrar_muestreo',
            args: { lote: 'CC-ANG-0481', incrementos: 24, norma: 'ISO 12743' },
            result:
              '{"muestra": "M-0481-C", "sellos": ["S-77120", "S-77121", "S-77122"], "estado": "enviada a laboratorio"}',
          },
          {
            say: '24 incrementos (ISO 12743), compuesta M-0481-C con sellos S-77120 a S-77122, enviada al laboratorio.',
          },
        ],
      },
      {
        name: 'jefe_laboratorio',
        description: 'Jefe del laboratorio químico',
        instructions: 'Encarga el ensaye y revisa el informe.',
        replies: [
          {
            handoff: 'quimico_ensayes',
            message: 'Ensaye completo de M-0481-C (lote CC-ANG-0481): Cu, Au, Ag, As, Hg, Zn, Pb y humedad.',
          },
          {
            say: 'Ensaye M-0481-C (CC-ANG-0481): Cu 27,12%, Au 1,6 g/t, Ag 58 g/t, Zn 1,1%, Pb 0,4%.',
          },
        ],
      },
      {
        name: 'quimico_ensayes',
        description: 'Químico analista',
        instructions: 'Ensaya la muestra e informa todos los elementos pedidos.',
        replies: [
          {
            call: 'ensaye_muestra',
            args: { muestra: 'M-0481-C', elementos: ['Cu', 'Au', 'Ag', 'As', 'Hg', 'Zn', 'Pb', 'H2O'] },
            result:
              '{"Cu_pct": 27.12, "Au_g_t": 1.6, "Ag_g_t": 58, "Zn_pct": 1.1, "Pb_pct": 0.4, "As_pct": 0.31, "Hg_ppm": 14, "H2O_pct": 8.9, "certificado": "LQ-27-0481"}',
          },
          {
            say: 'Informe LQ-27-0481, muestra M-0481-C:\n\n| Elemento | Resultado |\n|---|---|\n| Cu | 27,12% |\n| Au | 1,6 g/t |\n| Ag | 58 g/t |\n| Zn | 1,1% |\n| Pb | 0,4% |\n| As',
            cutOff: true,
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'quimico_ensayes', to: 'jefe_laboratorio' },
      agent: 'quimico_ensayes',
    },
  }),
  defineScenario({
    id: 'cobre-despacho-router-repite-laycan',
    title:
      'El coordinador de despacho vuelve a pedir al agente naviero la misma confirmación de laycan tres veces, aunque el naviero ya la confirmó con la nota de alistamiento',
    domain: 'Programación de despacho a puerto',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Programen el despacho por camión de 10.600 TMH del lote CC-ANG-0490 desde la planta a Puerto Angamos para el embarque EMB-2027-090 en la MV Loa River. Confirmen con la agencia naviera el laycan y la fecha de aviso de alistamiento antes de fijar el programa de camiones.',
    topology: {
      shape: 'network',
      coordinator: 'coordinador_despacho',
      workers: ['agente_naviero', 'programador_camiones'],
    },
    agents: [
      {
        name: 'coordinador_despacho',
        description: 'Coordina despacho de concentrado a puerto',
        instructions: 'Obtén la confirmación de la nave, luego programa los camiones y cierra.',
        replies: [
          {
            handoff: 'agente_naviero',
            message:
              'Confirma el laycan de la MV Loa River para el EMB-2027-090 y la fecha esperada de la nota de alistamiento (NOR) en Angamos.',
          },
          {
            handoff: 'agente_naviero',
            message:
              'Confirma el laycan de la MV Loa River para el EMB-2027-090 y la fecha esperada de la nota de alistamiento (NOR) en Angamos.',
          },
          {
            handoff: 'agente_naviero',
            message:
              'Confirma el laycan de la MV Loa River para el EMB-2027-090 y la fecha esperada de la nota de alistamiento (NOR) en Angamos.',
          },
          {
            handoff: 'programador_camiones',
            message:
              'Programa 10.600 TMH del lote CC-ANG-0490 a Angamos para la MV Loa River, laycan 08–12 julio 2027.',
          },
          {
            say: 'Despacho EMB-2027-090: MV Loa River, laycan 08–12 julio 2027, NOR estimada 08-07-2027 06:00. Programa de camiones PC-0490: 354 viajes de 30 TMH entre el 28-06 y el 07-07.',
          },
        ],
      },
      {
        name: 'agente_naviero',
        description: 'Agencia naviera: posición de naves',
        instructions: 'Confirma laycan y alistamiento de naves.',
        replies: [
          {
            call: 'posicion_nave',
            args: { nave: 'MV Loa River', puerto: 'Angamos' },
            result:
              '{"laycan": "2027-07-08/2027-07-12", "eta": "2027-07-07T22:00", "nor_estimada": "2027-07-08T06:00", "charter_party": "CP-LR-2027-14"}',
          },
          {
            say: 'MV Loa River: laycan 08–12 julio 2027, ETA 07-07 22:00, NOR estimada 08-07-2027 06:00 (CP-LR-2027-14). Confirmado.',
          },
          {
            say: 'Ya confirmado: laycan 08–12 julio, NOR estimada 08-07-2027 06:00. Sin cambios desde hace una hora.',
          },
          {
            say: 'Misma respuesta: laycan 08–12 julio 2027, NOR 08-07-2027 06:00. No hay novedades de la nave.',
          },
        ],
      },
      {
        name: 'programador_camiones',
        description: 'Programa los viajes de camiones',
        instructions: 'Arma el programa de camiones al puerto.',
        replies: [
          {
            call: 'programa_camiones',
            args: { lote: 'CC-ANG-0490', tmh: 10600, capacidad_tmh: 30, fin: '2027-07-07' },
            result: '{"programa": "PC-0490", "viajes": 354, "inicio": "2027-06-28", "fin": "2027-07-07"}',
          },
          { say: 'Programa PC-0490: 354 viajes de 30 TMH, del 28-06 al 07-07-2027.' },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'coordinador_despacho', to: 'agente_naviero' },
      agent: 'coordinador_despacho',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'cobre-sano-centavos-a-dolares-por-libra',
    title:
      'Cotizaciones entrega el precio provisional en 412,50 ¢/lb, liquidación lo usa como 4,1250 USD/lb y la revisión lo muestra también como 9.094,06 USD/t: es el mismo precio',
    domain: 'Precio provisional de cobre',
    mast: ['FM-2.4'],
    nearMissOf:
      'low_quality_output: the copper price changes unit (¢/lb, USD/lb, USD/t) between agents, correctly converted',
    request:
      'Valoricen provisionalmente el cobre pagable del embarque EMB-2027-095 (2.412,677 t pagables) con el precio LME Cash Settlement del día del BL, 03-07-2027, y revisen el resultado antes de enviarlo a facturación.',
    topology: {
      shape: 'swarm',
      entry: 'cotizaciones',
      agents: ['cotizaciones', 'valorizacion_provisional', 'revision_comercial'],
    },
    agents: [
      {
        name: 'cotizaciones',
        description: 'Obtiene precios oficiales de metales',
        instructions: 'Consulta el precio y transfiere a valorización.',
        replies: [
          {
            call: 'lme_precio_dia',
            args: { metal: 'cobre', serie: 'cash_settlement', fecha: '2027-07-03' },
            result: '{"fecha": "2027-07-03", "usd_t": 9094.06, "centavos_lb": 412.50}',
          },
          {
            handoff: 'valorizacion_provisional',
            message:
              'LME Cash Settlement cobre del 03-07-2027 (fecha del BL del EMB-2027-095): **412,50 ¢/lb**.',
          },
        ],
      },
      {
        name: 'valorizacion_provisional',
        description: 'Valoriza provisionalmente el cobre pagable',
        instructions: 'Valoriza y transfiere a revisión comercial.',
        replies: [
          {
            call: 'valorizar_cobre',
            args: { embarque: 'EMB-2027-095', cu_pagable_t: 2412.677, precio_usd_lb: 4.125 },
            result: '{"cu_pagable_lb": 5319035.97, "valor_usd": 21941023.38}',
          },
          {
            handoff: 'revision_comercial',
            message:
              'EMB-2027-095: 2.412,677 t = 5.319.036 lb × 4,1250 USD/lb = **21.941.023,38 USD** (valor provisional del cobre).',
          },
        ],
      },
      {
        name: 'revision_comercial',
        description: 'Revisa valorizaciones antes de facturar',
        instructions: 'Verifica el cálculo y lo informa.',
        replies: [
          {
            say: 'Revisado EMB-2027-095:\n\n| Concepto | Valor |\n|---|---|\n| Precio LME 03-07-2027 | 412,50 ¢/lb = 4,1250 USD/lb ≈ 9.094,06 USD/t |\n| Cu pagable | 2.412,677 t (5.319.036 lb) |\n| **Valor provisional del cobre** | **21.941.023,38 USD** |\n\nCálculo correcto; se envía a facturación.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cobre-sano-reensaye-reemplaza-ley',
    title:
      'El laboratorio informa que el reensaye de la muestra dirimente reemplaza la ley 28,10% por 27,95% Cu, y el liquidador usa 27,95%',
    domain: 'Liquidación final de concentrado de cobre',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a superseded copper grade is visible upstream but the settlement correctly uses the new one',
    request:
      'Hagan la liquidación del cobre del embarque EMB-2027-102 a LS-Nikko (9.204,330 TMS) con precio final 4,0880 USD/lb. Nuestro laboratorio reensayó la muestra dirimente después de un error de calibración; usen el resultado válido.',
    topology: {
      shape: 'pipeline',
      order: ['laboratorio_dirimente', 'liquidador_cobre', 'control_gestion'],
    },
    agents: [
      {
        name: 'laboratorio_dirimente',
        description: 'Laboratorio químico',
        instructions: 'Informa la ley válida y anula las que correspondan.',
        replies: [
          {
            call: 'historial_ensayes',
            args: { embarque: 'EMB-2027-102', muestra: 'D-102' },
            result:
              '{"ensayes": [{"id": "LQ-27-1020", "cu_pct": 28.10, "fecha": "2027-07-19", "estado": "anulado", "motivo": "calibración ICP fuera de tolerancia"}, {"id": "LQ-27-1020R", "cu_pct": 27.95, "fecha": "2027-07-23", "estado": "válido"}]}',
          },
          {
            say: 'EMB-2027-102, muestra dirimente D-102: el ensaye LQ-27-1020 (28,10% Cu, 19-07) quedó **anulado** por calibración del ICP fuera de tolerancia. El reensaye **LQ-27-1020R del 23-07 da 27,95% Cu** y es el válido.',
          },
        ],
      },
      {
        name: 'liquidador_cobre',
        description: 'Calcula el valor del cobre pagable',
        instructions: 'Cu pagable = mín(96,5% de la ley; ley − 1,0 unidad).',
        prompt: 'Laboratorio:\n{input}\n\nSolicitud: {request}',
        replies: [
          {
            call: 'calcular_cobre_pagable',
            args: { embarque: 'EMB-2027-102', tms: 9204.33, ley_cu_pct: 27.95, precio_usd_lb: 4.088 },
            result:
              '{"pagable_pct": 26.95, "cu_pagable_t": 2480.567, "cu_pagable_lb": 5468707, "valor_usd": 22356076.16}',
          },
          {
            say: 'EMB-2027-102 con la ley válida 27,95% (LQ-27-1020R): pagable 26,95% → 2.480,567 t = 5.468.707 lb × 4,0880 = **22.356.076,16 USD**.',
          },
        ],
      },
      {
        name: 'control_gestion',
        description: 'Control de gestión comercial',
        instructions: 'Registra la liquidación y resume.',
        prompt: 'Liquidación:\n{input}',
        replies: [
          {
            say: '## Liquidación cobre EMB-2027-102 — LS-Nikko\n\n- Ley Cu: 27,95% (reensaye LQ-27-1020R; el ensaye LQ-27-1020 fue anulado)\n- Cu pagable: 26,95% → 2.480,567 t (5.468.707 lb)\n- Precio final: 4,0880 USD/lb\n- **Valor del cobre: 22.356.076,16 USD**',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cobre-sano-reintento-tipo-cambio',
    title:
      'El analista tributario recibe un 503 del servicio del Banco Central al pedir el dólar observado, reintenta y usa el valor del reintento para convertir la factura a pesos',
    domain: 'Conversión tributaria de facturas de exportación',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a failed exchange-rate call followed by a retry whose result is the one reported',
    request:
      'Para el registro tributario de la factura de exportación FE-2027-0311 (22.356.076,16 USD, fecha 26-07-2027) necesito el monto en pesos chilenos con el dólar observado publicado por el Banco Central para esa fecha.',
    topology: {
      shape: 'supervisor',
      coordinator: 'contador_exportaciones',
      workers: ['analista_tributario'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'contador_exportaciones',
        description: 'Contador de exportaciones',
        instructions: 'Pide la conversión y la informa.',
        replies: [
          {
            handoff: 'analista_tributario',
            message:
              'Convierte la FE-2027-0311 (22.356.076,16 USD, 26-07-2027) a CLP con el dólar observado de esa fecha.',
          },
          {
            say: 'FE-2027-0311: 22.356.076,16 USD × dólar observado 26-07-2027 de 938,47 CLP/USD = **20.980.506.794 CLP**.',
          },
        ],
      },
      {
        name: 'analista_tributario',
        description: 'Analista tributario',
        instructions: 'Consulta el dólar observado; si el servicio falla, reintenta antes de informar.',
        replies: [
          {
            call: 'bcentral_dolar_observado',
            args: { fecha: '2027-07-26' },
            result: {
              error: '503 Service Unavailable: si3.bcentral.cl en mantenimiento, intente nuevamente',
            },
          },
          {
            call: 'bcentral_dolar_observado',
            args: { fecha: '2027-07-26' },
            result: '{"fecha": "2027-07-26", "dolar_observado": 938.47, "serie": "F073.TCO.PRE.Z.D"}',
            waitMs: 3000,
          },
          {
            say: 'Primer intento falló (503, mantenimiento); el reintento respondió. Dólar observado 26-07-2027: 938,47 CLP/USD → 22.356.076,16 × 938,47 = **20.980.506.794 CLP**.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cobre-sano-flete-alternativo-sin-cupo',
    title:
      'La cotización opcional de flete desde Mejillones no se puede hacer por falta de cupo, y la comparación final se basa solo en la cotización de Angamos, que sí estaba pedida',
    domain: 'Flete marítimo de concentrado',
    mast: ['FM-3.1', 'FM-2.3'],
    nearMissOf:
      'lost_message: an optional worker declines its brief and the final answer does not depend on it',
    request:
      'Coticen el flete para el embarque EMB-2027-110 (10.000 TMH ±10%, concentrado de cobre a granel) de Puerto Angamos a Onsan, Corea, laycan 15–19 de agosto 2027, para fijar el precio CIF a Korea Zinc. Si la agencia tiene cupo, coticen también desde Mejillones como alternativa; si no, no es necesario.',
    topology: {
      shape: 'fanout',
      planner: 'planificador_fletes',
      workers: ['flete_angamos', 'flete_mejillones'],
      aggregator: 'comparador_fletes',
    },
    agents: [
      {
        name: 'planificador_fletes',
        description: 'Reparte las cotizaciones de flete',
        instructions: 'Una instrucción por cotizador.',
        replies: [
          {
            plan: {
              flete_angamos:
                'EMB-2027-110: 10.000 TMH ±10% granel, Angamos → Onsan, laycan 15–19 agosto 2027. Cotiza USD/TMH, demurrage y despatch.',
              flete_mejillones:
                'Opcional: misma carga desde Mejillones → Onsan, laycan 15–19 agosto 2027, solo si hay cupo. Si no hay, indícalo.',
            },
          },
        ],
      },
      {
        name: 'flete_angamos',
        description: 'Cotiza fletes desde Angamos',
        instructions: 'Consulta a la agencia y entrega la cotización.',
        replies: [
          {
            call: 'cotizar_flete',
            args: { origen: 'Angamos', destino: 'Onsan', tmh: 10000, laycan: '2027-08-15/2027-08-19' },
            result:
              '{"cotizacion": "FL-ANG-27-0815", "naviera": "Ultrabulk", "nave": "MV Kestrel Bay", "usd_tmh": 38.75, "demurrage_usd_dia": 18500, "despatch_usd_dia": 9250, "validez": "2027-07-31"}',
          },
          {
            say: 'Cotización FL-ANG-27-0815 (Ultrabulk, MV Kestrel Bay): 38,75 USD/TMH, demurrage 18.500 USD/día, despatch 9.250 USD/día, válida hasta el 31-07-2027.',
          },
        ],
      },
      {
        name: 'flete_mejillones',
        description: 'Cotiza fletes desde Mejillones',
        instructions: 'Cotiza solo si hay cupo.',
        replies: [
          {
            call: 'cupo_puerto',
            args: { puerto: 'Mejillones', ventana: '2027-08-15/2027-08-19' },
            result: '{"cupo": false, "motivo": "sitio 2 en mantención hasta el 2027-08-30"}',
          },
          {
            say: 'Sin cupo en Mejillones para el 15–19 de agosto (sitio 2 en mantención hasta el 30-08). No se cotiza.',
          },
        ],
      },
      {
        name: 'comparador_fletes',
        description: 'Consolida las cotizaciones',
        instructions: 'Elige la cotización y calcula el flete del embarque.',
        replies: [
          {
            say: '## Flete EMB-2027-110 — Angamos → Onsan\n\n- Cotización FL-ANG-27-0815, Ultrabulk, MV Kestrel Bay\n- 38,75 USD/TMH × 10.000 TMH = **387.500 USD** (rango ±10%: 348.750–426.250 USD)\n- Demurrage 18.500 USD/día; despatch 9.250 USD/día\n- Validez: 31-07-2027\n\nMejillones no tenía cupo para el laycan; se usa Angamos para el precio CIF.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cobre-sano-oferta-brief-parafraseado',
    title:
      'El coordinador de ventas reescribe con sus palabras la solicitud de oferta spot para Aurubis, pero mantiene tonelaje ±10% a opción del vendedor, laycan, humedad máxima, tope de arsénico y puerto',
    domain: 'Oferta spot de concentrado',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: the router paraphrases the request in its briefs but keeps every constraint',
    request:
      'Aurubis pide una oferta spot: 10.000 TMH de concentrado de cobre, ±10% a opción del vendedor, laycan 12 al 16 de abril de 2027, FOB Puerto Angamos. Humedad máxima 10,0% y arsénico no superior a 0,50%. Verifiquen que tenemos un lote que cumpla y redacten la oferta.',
    topology: {
      shape: 'network',
      coordinator: 'coordinador_ventas',
      workers: ['planificacion_lotes', 'redactor_ofertas'],
    },
    agents: [
      {
        name: 'coordinador_ventas',
        description: 'Coordina ofertas a clientes',
        instructions: 'Verifica disponibilidad, encarga la oferta y cierra.',
        replies: [
          {
            handoff: 'planificacion_lotes',
            message:
              '¿Hay un lote en Angamos que pueda cargarse entre el 12 y el 16 de abril de 2027 con unas 10.000 TMH (hasta 11.000 si ejercemos el +10%), humedad de 10,0% como tope y As de 0,50% como tope?',
          },
          {
            handoff: 'redactor_ofertas',
            message:
              'Redacta la oferta spot a Aurubis: lote CC-ANG-0412, 10.000 TMH más/menos 10% a nuestra opción, carga FOB Angamos con laycan del 12 al 16 de abril de 2027, humedad no mayor a 10,0%, As no mayor a 0,50%.',
          },
          {
            say: 'Oferta OF-AUR-27-004 enviada a Aurubis: lote CC-ANG-0412, 10.000 TMH ±10% a opción del vendedor, FOB Angamos, laycan 12–16 abril 2027, humedad máx. 10,0%, As máx. 0,50% (lote: humedad 8,7%, As 0,22%).',
          },
        ],
      },
      {
        name: 'planificacion_lotes',
        description: 'Planifica lotes de concentrado en puerto',
        instructions: 'Busca lotes que cumplan las condiciones.',
        replies: [
          {
            call: 'buscar_lote',
            args: {
              puerto: 'Angamos',
              tmh_min: 10000,
              tmh_max: 11000,
              ventana: '2027-04-12/2027-04-16',
              humedad_max: 10.0,
              as_max: 0.5,
            },
            result:
              '{"lote": "CC-ANG-0412", "tmh": 11240, "humedad_pct": 8.7, "as_pct": 0.22, "cu_pct": 27.4, "disponible_desde": "2027-04-05"}',
          },
          {
            say: 'Lote CC-ANG-0412: 11.240 TMH disponibles desde el 05-04, humedad 8,7%, As 0,22%, Cu 27,4%. Cumple.',
          },
        ],
      },
      {
        name: 'redactor_ofertas',
        description: 'Redacta ofertas comerciales',
        instructions: 'Redacta y registra la oferta.',
        replies: [
          {
            call: 'registrar_oferta',
            args: {
              cliente: 'Aurubis',
              lote: 'CC-ANG-0412',
              tmh: 10000,
              tolerancia: '±10% opción vendedor',
              laycan: '2027-04-12/2027-04-16',
              incoterm: 'FOB Angamos',
              humedad_max: 10.0,
              as_max: 0.5,
            },
            result: '{"oferta": "OF-AUR-27-004", "estado": "enviada"}',
          },
          {
            say: 'Oferta OF-AUR-27-004 enviada: 10.000 TMH ±10% a opción del vendedor, FOB Angamos, laycan 12–16/04/2027, humedad máx. 10,0%, As máx. 0,50%, lote CC-ANG-0412.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cobre-sano-contenedores-devuelve-resultados',
    title:
      'Los encargados de contenedores y de aduana devuelven al jefe de logística sellos, pesos, DUS y números de reserva de 14 contenedores, y todos coinciden en el resumen final',
    domain: 'Despacho de concentrado en contenedores',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: a long hand-back dense with container ids, seals and customs numbers that all agree',
    request:
      'Despachen el embarque en contenedores EMB-2027-118 a Zijin (Xiamen) por San Antonio: 14 contenedores de 20 pies con liner bag, unas 330 TMH de concentrado. Necesito los sellos, el peso neto de cada contenedor, la reserva con la naviera y el DUS aceptado por Aduanas.',
    topology: {
      shape: 'supervisor',
      coordinator: 'jefe_logistica',
      workers: ['control_contenedores', 'documentacion_aduana'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'jefe_logistica',
        description: 'Jefe de logística de exportación',
        instructions: 'Encarga el control de contenedores y la documentación, y consolida.',
        replies: [
          {
            handoff: 'control_contenedores',
            message:
              "EMB-2027-118: 14 contenedores 20' con liner bag, San Antonio. Registra sellos y peso neto de cada uno.",
          },
          {
            handoff: 'documentacion_aduana',
            message:
              'EMB-2027-118, 14 contenedores, 330,242 TMH netas (del control de contenedores), destino Xiamen. Tramita el DUS y confirma la reserva con la naviera.',
          },
          {
            say: '## EMB-2027-118 — Zijin, Xiamen\n\n- Reserva: MSC booking 177SAI2708841, nave MSC Aurora / FX733A, ETD San Antonio 21-08-2027\n- DUS 2705318841-K, aceptado por Aduana San Antonio el 18-08-2027\n- 14 contenedores, **330,242 TMH netas**\n\n| Contenedor | Sello | TMH |\n|---|---|---|\n| MSCU 412077-3 | CA-118001 | 23,614 |\n| MSCU 412091-0 | CA-118002 | 23,502 |\n| MSCU 412105-8 | CA-118003 | 23,688 |\n| MSCU 412112-4 | CA-118004 | 23,571 |\n| MSCU 412120-1 | CA-118005 | 23,540 |\n| MSCU 412133-6 | CA-118006 | 23,602 |\n| MSCU 412149-2 | CA-118007 | 23,519 |\n| MSCU 412150-9 | CA-118008 | 23,633 |\n| MSCU 412164-5 | CA-118009 | 23,577 |\n| MSCU 412178-0 | CA-118010 | 23,548 |\n| MSCU 412181-7 | CA-118011 | 23,596 |\n| MSCU 412195-3 | CA-118012 | 23,611 |\n| MSCU 412203-6 | CA-118013 | 23,524 |\n| MSCU 412217-1 | CA-118014 | 23,717 |',
          },
        ],
      },
      {
        name: 'control_contenedores',
        description: 'Controla llenado, sellado y pesaje de contenedores',
        instructions: 'Registra cada contenedor y devuelve el detalle.',
        replies: [
          {
            call: 'registro_contenedores',
            args: { embarque: 'EMB-2027-118', cantidad: 14 },
            result:
              '{"contenedores": [["MSCU 412077-3","CA-118001",23.614],["MSCU 412091-0","CA-118002",23.502],["MSCU 412105-8","CA-118003",23.688],["MSCU 412112-4","CA-118004",23.571],["MSCU 412120-1","CA-118005",23.540],["MSCU 412133-6","CA-118006",23.602],["MSCU 412149-2","CA-118007",23.519],["MSCU 412150-9","CA-118008",23.633],["MSCU 412164-5","CA-118009",23.577],["MSCU 412178-0","CA-118010",23.548],["MSCU 412181-7","CA-118011",23.596],["MSCU 412195-3","CA-118012",23.611],["MSCU 412203-6","CA-118013",23.524],["MSCU 412217-1","CA-118014",23.717]], "total_tmh": 330.242}',
          },
          {
            say: '14 contenedores sellados y pesados, total **330,242 TMH**:\nMSCU 412077-3 CA-118001 23,614; MSCU 412091-0 CA-118002 23,502; MSCU 412105-8 CA-118003 23,688; MSCU 412112-4 CA-118004 23,571; MSCU 412120-1 CA-118005 23,540; MSCU 412133-6 CA-118006 23,602; MSCU 412149-2 CA-118007 23,519; MSCU 412150-9 CA-118008 23,633; MSCU 412164-5 CA-118009 23,577; MSCU 412178-0 CA-118010 23,548; MSCU 412181-7 CA-118011 23,596; MSCU 412195-3 CA-118012 23,611; MSCU 412203-6 CA-118013 23,524; MSCU 412217-1 CA-118014 23,717.',
          },
        ],
      },
      {
        name: 'documentacion_aduana',
        description: 'Tramita documentos de exportación',
        instructions: 'Tramita el DUS y confirma la reserva.',
        replies: [
          {
            call: 'confirmar_reserva',
            args: { embarque: 'EMB-2027-118', contenedores: 14, puerto: 'San Antonio', destino: 'Xiamen' },
            result:
              '{"booking": "177SAI2708841", "naviera": "MSC", "nave": "MSC Aurora", "viaje": "FX733A", "etd": "2027-08-21"}',
          },
          {
            call: 'tramitar_dus',
            args: {
              embarque: 'EMB-2027-118',
              tmh_netas: 330.242,
              contenedores: 14,
              booking: '177SAI2708841',
            },
            result:
              '{"dus": "2705318841-K", "estado": "aceptado", "aduana": "San Antonio", "fecha": "2027-08-18"}',
          },
          {
            say: 'Reserva MSC 177SAI2708841 (MSC Aurora, viaje FX733A, ETD 21-08-2027). DUS 2705318841-K aceptado por Aduana San Antonio el 18-08-2027 por 330,242 TMH en 14 contenedores.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch190Scenarios = [...faults, ...healthy];
