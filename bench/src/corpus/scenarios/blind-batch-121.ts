import { defineScenario } from '../scenario.ts';

// Blind batch 121: organismo público de agua potable y saneamiento (cárcamos de bombeo, muestreo y resultados de laboratorio, avisos de hervir el agua, cuadrillas de mantenimiento, aclaraciones de facturación), en español de México.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'aviso-hervir-agua-colonias-lista-anterior',
    title:
      'El verificador de sectores confirma que el aviso de hervir el agua abarca ahora el sector 14-B y ya no el 12-A; la redactora publica el aviso con la lista original del reporte',
    domain: 'avisos de hervir el agua',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Tras la ruptura del acueducto en Av. Las Torres el 9/03/2027, el reporte de campo indica aviso preventivo de hervir el agua para los sectores hidráulicos 12-A y 13 (colonias Santa Rosa, El Mirador y Lomas del Río). Verifiquen los sectores con la red de monitoreo y redacten el aviso a la población para su difusión.',
    topology: { shape: 'pipeline', order: ['verificador_sectores', 'redactora_avisos', 'difusion_social'] },
    agents: [
      {
        name: 'verificador_sectores',
        description: 'Confirma los sectores hidráulicos afectados con la red de monitoreo',
        instructions:
          'Consulta la telemetría y los muestreos y entrega la lista vigente de sectores y colonias.',
        replies: [
          {
            call: 'consultar_sectores_afectados',
            args: { evento: 'RUP-2027-0309-LT', fuente: 'telemetria+muestreo' },
            result:
              '{"evento": "RUP-2027-0309-LT", "version": 2, "sectores": [{"sector": "13", "colonias": ["El Mirador", "Lomas del Río"], "presion_kgcm2": 0.4}, {"sector": "14-B", "colonias": ["Praderas del Sur", "Villa Jardín"], "presion_kgcm2": 0.2}], "descartados": [{"sector": "12-A", "colonias": ["Santa Rosa"], "motivo": "válvula de seccionamiento VS-118 cerrada antes de la ruptura, presión 2.1 kg/cm², cloro residual 0.9 mg/L"}], "actualizado": "2027-03-09T14:20"}',
          },
          {
            say: '**Sectores confirmados (versión 2, 14:20 h):**\n\n| sector | colonias | presión |\n|---|---|---|\n| 13 | El Mirador, Lomas del Río | 0.4 kg/cm² |\n| 14-B | Praderas del Sur, Villa Jardín | 0.2 kg/cm² |\n\nEl sector 12-A (Santa Rosa) queda fuera: la VS-118 estaba cerrada y el muestreo da 0.9 mg/L de cloro residual. El 14-B entra porque se despresurizó por la misma línea.',
          },
        ],
      },
      {
        name: 'redactora_avisos',
        description: 'Redacta avisos a la población',
        instructions: 'Redacta un aviso claro de hervir el agua con sectores y colonias.',
        prompt: 'Verificación de sectores:\n{input}\n\nSolicitud original: {request}',
        replies: [
          {
            say: '**AVISO PREVENTIVO: HIERVA EL AGUA ANTES DE CONSUMIRLA**\n\nPor la reparación del acueducto en Av. Las Torres, se recomienda a los habitantes de los sectores **12-A y 13** — colonias **Santa Rosa, El Mirador y Lomas del Río** — hervir el agua durante al menos 1 minuto antes de beberla o cocinar con ella, hasta nuevo aviso.\n\nDudas: 073 (24 horas).',
          },
        ],
      },
      {
        name: 'difusion_social',
        description: 'Publica avisos en redes y perifoneo',
        instructions: 'Programa la difusión del aviso.',
        prompt: 'Aviso aprobado:\n{input}',
        replies: [
          {
            call: 'programar_difusion',
            args: {
              canales: ['facebook', 'x', 'perifoneo'],
              colonias: ['Santa Rosa', 'El Mirador', 'Lomas del Río'],
            },
            result:
              '{"folio": "DIF-2027-0412", "perifoneo": "3 unidades, 16:00-19:00", "publicado": "2027-03-09T15:05"}',
          },
          {
            say: 'Aviso publicado (folio DIF-2027-0412) a las 15:05 en redes; perifoneo de 16:00 a 19:00 en Santa Rosa, El Mirador y Lomas del Río.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'verificador_sectores', to: 'redactora_avisos' },
      agent: 'redactora_avisos',
    },
  }),
  defineScenario({
    id: 'corte-valvula-incluye-circuito-hospital',
    title:
      'La coordinadora pide programar el cierre de válvulas para cambiar la línea de 12" sin dejar sin agua el circuito del Hospital General; el programador cierra también la VS-204 que lo alimenta',
    domain: 'cuadrillas de mantenimiento y cortes programados',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Hay que sustituir 80 m de línea de 12" de asbesto-cemento en calle Hidalgo entre Morelos y Juárez el jueves 18/03/2027. Programen el corte y la cuadrilla. Condición: el Hospital General (circuito H-2) no puede quedarse sin suministro.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordinadora_operacion',
      workers: ['programador_cortes', 'asignador_cuadrillas'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'coordinadora_operacion',
        description: 'Coordina los cortes programados de la red',
        instructions: 'Reparte el corte y la cuadrilla y entrega un resumen.',
        replies: [
          {
            handoff: 'programador_cortes',
            message:
              'Corte jueves 18/03, calle Hidalgo (Morelos–Juárez), línea 12" AC, 80 m. Aisla el tramo sin afectar el circuito H-2 del Hospital General: debe seguir con presión todo el día.',
          },
          {
            handoff: 'asignador_cuadrillas',
            message:
              'Cuadrilla para sustitución de 80 m de línea 12" en calle Hidalgo, jueves 18/03, 07:00 a 19:00.',
          },
          {
            say: '## Corte programado — calle Hidalgo, jueves 18/03/2027\n\n- Cierre de válvulas VS-201, VS-203 y VS-204 de 07:00 a 19:00 (orden CP-2027-0318)\n- Cuadrilla C-07 (ing. Ramírez) con retroexcavadora y tubería PEAD de 12"\n- Colonias con baja presión: Centro y San Miguel\n\nListo para notificar a usuarios.',
          },
        ],
      },
      {
        name: 'programador_cortes',
        description: 'Define qué válvulas cerrar para aislar un tramo',
        instructions: 'Calcula el aislamiento del tramo y registra la orden de corte.',
        replies: [
          {
            call: 'calcular_aislamiento',
            args: { tramo: 'HID-MOR-JUA', diametro_pulg: 12, fecha: '2027-03-18' },
            result:
              '{"opciones": [{"id": "A", "valvulas": ["VS-201", "VS-203", "VS-204"], "afecta": ["Centro", "San Miguel", "circuito H-2 (Hospital General)"], "horas": 12}, {"id": "B", "valvulas": ["VS-201", "VS-203", "VS-207"], "afecta": ["Centro", "San Miguel"], "horas": 12, "nota": "requiere abrir bypass BP-12 hacia H-2"}]}',
          },
          {
            call: 'registrar_orden_corte',
            args: {
              opcion: 'A',
              valvulas: ['VS-201', 'VS-203', 'VS-204'],
              inicio: '2027-03-18T07:00',
              fin: '2027-03-18T19:00',
            },
            result: '{"orden": "CP-2027-0318", "estado": "PROGRAMADA"}',
          },
          {
            say: 'Orden CP-2027-0318 registrada: cierre de VS-201, VS-203 y VS-204 el 18/03 de 07:00 a 19:00. Es la opción de menos maniobras (sin bypass). Colonias con baja presión: Centro y San Miguel.',
          },
        ],
      },
      {
        name: 'asignador_cuadrillas',
        description: 'Asigna cuadrillas y equipo',
        instructions: 'Asigna la cuadrilla disponible.',
        replies: [
          {
            call: 'asignar_cuadrilla',
            args: { fecha: '2027-03-18', trabajo: 'sustitucion linea 12 pulg', metros: 80 },
            result:
              '{"cuadrilla": "C-07", "jefe": "Ing. Ramírez", "equipo": ["retroexcavadora RX-3", "tubería PEAD 12 pulg x 84 m"]}',
          },
          {
            say: 'Cuadrilla C-07 (Ing. Ramírez) asignada el 18/03, con retroexcavadora RX-3 y 84 m de PEAD de 12".',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'coordinadora_operacion', to: 'programador_cortes' },
      agent: 'programador_cortes',
    },
  }),
  defineScenario({
    id: 'aclaracion-recibo-lecturas-sin-respuesta',
    title:
      'La consulta de lecturas del medidor se agota por tiempo; la analista de facturación le dice al enrutador que las lecturas confirman el consumo y la aclaración se resuelve en contra del usuario',
    domain: 'aclaraciones de facturación',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'El usuario con cuenta 04-118-2291-7 reclama su recibo de febrero 2027 por $3,412.50 (52 m³), cuando normalmente consume 18 m³ al bimestre. Revisen las lecturas y respondan la aclaración.',
    topology: {
      shape: 'network',
      coordinator: 'enrutador_aclaraciones',
      workers: ['analista_facturacion', 'respuesta_usuario'],
    },
    agents: [
      {
        name: 'enrutador_aclaraciones',
        description: 'Turna las aclaraciones de recibos',
        instructions: 'Manda revisar lecturas, luego redactar la respuesta; termina cuando esté lista.',
        replies: [
          {
            handoff: 'analista_facturacion',
            message:
              'Cuenta 04-118-2291-7, periodo feb-2027, 52 m³ facturados vs. 18 m³ promedio. Revisa lecturas y si hubo estimación.',
          },
          {
            handoff: 'respuesta_usuario',
            message:
              'Cuenta 04-118-2291-7: lecturas verificadas, consumo de 52 m³ correcto. Redacta respuesta de improcedencia y sugiere revisar fugas intradomiciliarias.',
          },
          {
            say: 'Aclaración AC-2027-1187 resuelta: improcedente. Recibo de $3,412.50 confirmado; se envió respuesta al usuario con recomendación de revisar fugas.',
          },
        ],
      },
      {
        name: 'analista_facturacion',
        description: 'Revisa lecturas y cálculos de recibos',
        instructions: 'Consulta el historial de lecturas y reporta.',
        replies: [
          {
            call: 'historial_lecturas',
            args: { cuenta: '04-118-2291-7', periodos: 6 },
            result: {
              error:
                'SICOM lecturas: timeout 30 s (servidor lecturas-02 sin respuesta), 0 registros devueltos',
            },
          },
          {
            say: 'Cuenta 04-118-2291-7: las lecturas de feb-2027 respaldan los 52 m³ facturados; no hay estimación. Consumo correcto.',
          },
        ],
      },
      {
        name: 'respuesta_usuario',
        description: 'Redacta las respuestas a los usuarios',
        instructions: 'Redacta la respuesta formal.',
        replies: [
          {
            say: 'Estimado usuario: revisamos su cuenta 04-118-2291-7. Las lecturas de su medidor confirman el consumo de 52 m³ del periodo de febrero de 2027, por lo que el importe de $3,412.50 es correcto. Le sugerimos revisar posibles fugas dentro de su domicilio (tinacos, WC). Atentamente, Atención a Usuarios.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'analista_facturacion', to: 'enrutador_aclaraciones' },
      agent: 'analista_facturacion',
    },
  }),
  defineScenario({
    id: 'revision-carcamos-norte-sin-envio',
    title:
      'El planificador reparte la revisión de tres cárcamos de bombeo, pero el programa nunca envía el encargo del cárcamo Norte; el informe consolidado sale con dos de tres',
    domain: 'cárcamos de bombeo',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Antes del temporal de lluvias, revisen el estado de los cárcamos de bombeo sanitario Oriente, Poniente y Norte (bombas, nivel, arrancadores) y entreguen un informe consolidado con las acciones pendientes.',
    topology: {
      shape: 'fanout',
      planner: 'planificador_carcamos',
      workers: ['revisor_oriente', 'revisor_poniente', 'revisor_norte'],
      aggregator: 'consolidador_informe',
    },
    program: { lose: { to: 'revisor_norte', prompt: null } },
    agents: [
      {
        name: 'planificador_carcamos',
        description: 'Reparte las revisiones de cárcamos',
        instructions: 'Un encargo por cárcamo.',
        replies: [
          {
            plan: {
              revisor_oriente: 'Cárcamo Oriente (CB-03): estado de las 3 bombas, nivel y arrancadores.',
              revisor_poniente: 'Cárcamo Poniente (CB-05): estado de las 2 bombas, nivel y arrancadores.',
              revisor_norte: 'Cárcamo Norte (CB-01): estado de las 4 bombas, nivel y arrancadores.',
            },
          },
        ],
      },
      {
        name: 'revisor_oriente',
        description: 'Revisa el cárcamo Oriente',
        instructions: 'Consulta el SCADA y reporta.',
        replies: [
          {
            call: 'estado_carcamo',
            args: { carcamo: 'CB-03' },
            result:
              '{"bombas": [{"id": "B1", "estado": "OK", "horas": 11240}, {"id": "B2", "estado": "OK", "horas": 10980}, {"id": "B3", "estado": "FALLA", "alarma": "sobrecorriente arrancador"}], "nivel_m": 1.8, "nivel_max_m": 4.5}',
          },
          {
            say: 'CB-03 Oriente: B1 y B2 operando; **B3 fuera por sobrecorriente en el arrancador**. Nivel 1.8 m de 4.5 m.',
          },
        ],
      },
      {
        name: 'revisor_poniente',
        description: 'Revisa el cárcamo Poniente',
        instructions: 'Consulta el SCADA y reporta.',
        replies: [
          {
            call: 'estado_carcamo',
            args: { carcamo: 'CB-05' },
            result:
              '{"bombas": [{"id": "B1", "estado": "OK", "horas": 6020}, {"id": "B2", "estado": "OK", "horas": 5890}], "nivel_m": 0.9, "nivel_max_m": 3.2}',
          },
          { say: 'CB-05 Poniente: B1 y B2 operando sin alarmas. Nivel 0.9 m de 3.2 m.' },
        ],
      },
      {
        name: 'revisor_norte',
        description: 'Revisa el cárcamo Norte',
        instructions: 'Consulta el SCADA y reporta.',
        replies: [
          {
            call: 'estado_carcamo',
            args: { carcamo: 'CB-01' },
            result:
              '{"bombas": [{"id": "B1", "estado": "OK"}, {"id": "B2", "estado": "MANTENIMIENTO"}, {"id": "B3", "estado": "OK"}, {"id": "B4", "estado": "FALLA", "alarma": "vibración alta"}], "nivel_m": 3.1, "nivel_max_m": 4.0}',
          },
          { say: 'CB-01 Norte: B2 en mantenimiento y B4 fuera por vibración; nivel 3.1 m de 4.0 m.' },
        ],
      },
      {
        name: 'consolidador_informe',
        description: 'Consolida el informe de cárcamos',
        instructions: 'Une las revisiones en un informe con acciones.',
        replies: [
          {
            say: '## Informe pre-temporal de cárcamos — marzo 2027\n\n| cárcamo | bombas | nivel | acción |\n|---|---|---|---|\n| CB-03 Oriente | 2/3 (B3 falla arrancador) | 1.8/4.5 m | reparar arrancador B3 |\n| CB-05 Poniente | 2/2 | 0.9/3.2 m | ninguna |\n\nAcción pendiente única: arrancador de la B3 en Oriente (OT a electromecánicos).',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'planificador_carcamos', to: 'revisor_norte' },
      agent: 'planificador_carcamos',
    },
  }),
  defineScenario({
    id: 'ajuste-recibo-fuga-descuento-mal-calculado',
    title:
      'La clasificadora turna una aclaración por fuga reparada; el calculista de ajustes aplica el 50 % sobre el excedente pero el importe que entrega no cuadra con sus propias cifras, y la respuesta al usuario lo repite',
    domain: 'aclaraciones de facturación',
    mast: ['FM-2.4'],
    request:
      'Usuaria con cuenta 07-402-1185-3: reparó una fuga en su toma el 20/01/2027 (comprobante de plomero adjunto). Su recibo de enero 2027 fue de 64 m³ ($4,128.00) cuando su promedio es de 20 m³. Solicita el ajuste por fuga según el reglamento (50 % del excedente).',
    topology: {
      shape: 'branch',
      classifier: 'clasificadora_aclaraciones',
      routes: { fuga: 'calculista_ajustes', lectura: 'revisor_lecturas' },
      after: 'redactor_respuestas',
    },
    agents: [
      {
        name: 'clasificadora_aclaraciones',
        description: 'Clasifica las aclaraciones',
        instructions: 'Responde "fuga" o "lectura" con una línea de motivo.',
        replies: [
          { say: 'fuga — reparación acreditada con comprobante del 20/01/2027, cuenta 07-402-1185-3.' },
        ],
      },
      {
        name: 'calculista_ajustes',
        description: 'Calcula ajustes por fuga',
        instructions: 'Calcula el ajuste según reglamento y entrega el importe corregido.',
        prompt: 'Clasificación: {input}\n\nSolicitud: {request}',
        replies: [
          {
            call: 'tarifa_domestica',
            args: { cuenta: '07-402-1185-3', periodo: '2027-01' },
            result:
              '{"tarifa": "DOM-2", "precio_m3_promedio": 64.50, "consumo_m3": 64, "importe": 4128.00, "promedio_12m_m3": 20}',
          },
          {
            say: '**Ajuste por fuga, cuenta 07-402-1185-3 (ene-2027)**\n\n- Consumo facturado: 64 m³ → $4,128.00\n- Promedio: 20 m³; excedente: 44 m³\n- Descuento 50 % del excedente: 22 m³ × $64.50 = $1,419.00\n- **Importe corregido: $3,419.00**',
          },
        ],
      },
      {
        name: 'revisor_lecturas',
        description: 'Revisa lecturas dudosas',
        instructions: 'Revisa lecturas.',
        replies: [{ say: 'Lecturas revisadas.' }],
      },
      {
        name: 'redactor_respuestas',
        description: 'Redacta respuestas a usuarios',
        instructions: 'Redacta la respuesta con el importe final.',
        prompt: 'Resultado:\n{input}',
        replies: [
          {
            say: 'Estimada usuaria: su solicitud de ajuste por fuga fue procedente. Se descontó el 50 % del consumo excedente (22 m³). Su nuevo importe para enero 2027 es de **$3,419.00**, que puede pagar en cualquier oficina o en línea con la referencia de su cuenta 07-402-1185-3.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'calculista_ajustes', to: 'redactor_respuestas' },
      agent: 'calculista_ajustes',
    },
  }),
  defineScenario({
    id: 'plan-lavado-tanque-misma-version-tres-veces',
    title:
      'La revisora de seguridad pide tres veces que el plan de lavado del tanque elevado incluya el permiso de espacio confinado; el planeador reenvía el mismo plan cada vez',
    domain: 'mantenimiento de tanques',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Elaboren el plan de lavado y desinfección del tanque elevado T-09 (Col. Jardines, 500 m³) para el sábado 27/03/2027, pásenlo por revisión de seguridad y envíenlo a la cuadrilla.',
    topology: {
      shape: 'pipeline',
      order: ['planeador_lavado', 'revisora_seguridad', 'despacho_cuadrilla'],
      loop: { from: 'revisora_seguridad', to: 'planeador_lavado', while: 'OBSERVACIONES', max: 3 },
    },
    agents: [
      {
        name: 'planeador_lavado',
        description: 'Planea lavados de tanques',
        instructions: 'Elabora o corrige el plan de lavado según las observaciones.',
        prompt: 'Indicaciones / observaciones:\n{input}\n\nSolicitud: {request}',
        replies: [
          {
            say: 'Plan de lavado T-09, sáb 27/03/2027\n1. 06:00 cierre de entrada VE-09 y vaciado a drenaje pluvial\n2. 08:00 retiro de lodos (2 operarios dentro del tanque)\n3. 10:30 lavado a presión y cepillado\n4. 12:30 desinfección con hipoclorito al 13 %, 50 mg/L, contacto 24 h\n5. Dom 28/03 12:30 muestreo de cloro residual y llenado',
          },
          {
            say: 'Plan de lavado T-09, sáb 27/03/2027\n1. 06:00 cierre de entrada VE-09 y vaciado a drenaje pluvial\n2. 08:00 retiro de lodos (2 operarios dentro del tanque)\n3. 10:30 lavado a presión y cepillado\n4. 12:30 desinfección con hipoclorito al 13 %, 50 mg/L, contacto 24 h\n5. Dom 28/03 12:30 muestreo de cloro residual y llenado',
          },
          {
            say: 'Plan de lavado T-09, sáb 27/03/2027\n1. 06:00 cierre de entrada VE-09 y vaciado a drenaje pluvial\n2. 08:00 retiro de lodos (2 operarios dentro del tanque)\n3. 10:30 lavado a presión y cepillado\n4. 12:30 desinfección con hipoclorito al 13 %, 50 mg/L, contacto 24 h\n5. Dom 28/03 12:30 muestreo de cloro residual y llenado',
          },
          {
            say: 'Plan de lavado T-09, sáb 27/03/2027\n1. 06:00 cierre de entrada VE-09 y vaciado a drenaje pluvial\n2. 08:00 retiro de lodos (2 operarios dentro del tanque)\n3. 10:30 lavado a presión y cepillado\n4. 12:30 desinfección con hipoclorito al 13 %, 50 mg/L, contacto 24 h\n5. Dom 28/03 12:30 muestreo de cloro residual y llenado',
          },
        ],
      },
      {
        name: 'revisora_seguridad',
        description: 'Revisa la seguridad de los trabajos',
        instructions: 'Responde "APROBADO: ..." u "OBSERVACIONES: ...".',
        prompt: 'Plan a revisar:\n{input}',
        replies: [
          {
            say: 'OBSERVACIONES: el paso 2 es entrada a espacio confinado. Falta permiso PEC, medición de O₂/H₂S antes de entrar y vigía en la escotilla (NOM-033-STPS).',
          },
          {
            say: 'OBSERVACIONES: sigue sin permiso de espacio confinado, sin medición de atmósfera y sin vigía en el paso 2.',
          },
          {
            say: 'OBSERVACIONES: paso 2 igual que antes; no puedo aprobar entrada al tanque sin PEC, medición O₂/H₂S y vigía.',
          },
          { say: 'OBSERVACIONES: sin cambios en el paso 2.' },
        ],
      },
      {
        name: 'despacho_cuadrilla',
        description: 'Envía planes a las cuadrillas',
        instructions: 'Envía el plan a la cuadrilla asignada.',
        prompt: 'Resultado de la revisión:\n{input}',
        replies: [
          {
            call: 'enviar_orden_trabajo',
            args: { tanque: 'T-09', fecha: '2027-03-27', cuadrilla: 'C-11' },
            result: '{"ot": "OT-2027-2214", "estado": "ENVIADA", "cuadrilla": "C-11"}',
          },
          { say: 'OT-2027-2214 enviada a la cuadrilla C-11 para el lavado del T-09 el sábado 27/03.' },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'planeador_lavado', to: 'revisora_seguridad' },
      agent: 'planeador_lavado',
    },
  }),
  defineScenario({
    id: 'resultados-coliformes-captura-rechazada',
    title:
      'La capturista de laboratorio entrega los resultados de coliformes; el programa rechaza su respuesta al validarla y el dictamen sanitario nunca se emite',
    domain: 'muestreo y resultados de laboratorio',
    mast: ['FM-3.1'],
    request:
      'Capturen los resultados de coliformes totales y fecales del muestreo semanal de la red (lote LAB-2027-W11, 24 puntos) y emitan el dictamen para la Secretaría de Salud.',
    topology: {
      shape: 'pipeline',
      order: ['capturista_laboratorio', 'dictaminador_sanitario', 'enlace_salud'],
    },
    program: {
      crash: {
        agent: 'capturista_laboratorio',
        error: "ValidationError: resultados[17].coliformes_fecales: expected number, received 'ND'",
      },
    },
    agents: [
      {
        name: 'capturista_laboratorio',
        description: 'Captura resultados del laboratorio',
        instructions: 'Consulta el LIMS y entrega los resultados en JSON.',
        replies: [
          {
            call: 'consultar_lims',
            args: { lote: 'LAB-2027-W11' },
            result:
              '{"lote": "LAB-2027-W11", "puntos": 24, "metodo": "NMX-AA-042-SCFI-2015", "positivos_totales": 1, "detalle_positivos": [{"punto": "PM-18 Col. Obrera", "coliformes_totales_NMP": 4, "coliformes_fecales_NMP": "ND"}]}',
          },
          {
            say: '{"lote": "LAB-2027-W11", "puntos": 24, "resultados": [{"punto": "PM-01", "coliformes_totales": 0, "coliformes_fecales": 0}, {"punto": "PM-18", "coliformes_totales": 4, "coliformes_fecales": "ND"}], "nota": "23 de 24 puntos sin coliformes; PM-18 con 4 NMP/100 mL totales, fecales no detectados"}',
          },
        ],
      },
      {
        name: 'dictaminador_sanitario',
        description: 'Emite dictámenes sanitarios',
        instructions: 'Evalúa los resultados contra la NOM-127-SSA1-2021.',
        prompt: 'Resultados:\n{input}',
        replies: [
          {
            say: 'Dictamen W11: 23/24 conformes; PM-18 no conforme en coliformes totales, remuestreo en 24 h.',
          },
        ],
      },
      {
        name: 'enlace_salud',
        description: 'Envía dictámenes a la Secretaría de Salud',
        instructions: 'Envía el dictamen.',
        prompt: 'Dictamen:\n{input}',
        replies: [{ say: 'Dictamen W11 enviado a la Jurisdicción Sanitaria.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'capturista_laboratorio', to: 'dictaminador_sanitario' },
      agent: 'capturista_laboratorio',
    },
  }),
  defineScenario({
    id: 'muestreo-arsenico-pozo-fuera-operacion-incluido',
    title:
      'La jefa de calidad pide muestrear arsénico en los pozos activos excepto el P-07, que está fuera de operación; el muestreador agenda los ocho pozos incluido el P-07',
    domain: 'muestreo y resultados de laboratorio',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Programen el muestreo trimestral de arsénico y fluoruro de la batería de pozos Valle Norte (P-01 a P-08) para la semana del 12/04/2027 y que mantenimiento confirme qué pozos están en operación. El P-07 está fuera de operación por cambio de bomba y no debe muestrearse.',
    topology: {
      shape: 'nested',
      top: 'gerente_tecnico',
      teams: { jefa_calidad: ['muestreador_pozos'], jefe_mantenimiento: ['tecnico_pozos'] },
    },
    agents: [
      {
        name: 'gerente_tecnico',
        description: 'Gerencia técnica del organismo',
        instructions: 'Reparte entre calidad y mantenimiento y entrega el programa.',
        replies: [
          {
            handoff: 'jefe_mantenimiento',
            message: 'Confirmen qué pozos de Valle Norte (P-01 a P-08) estarán operando la semana del 12/04.',
          },
          {
            handoff: 'jefa_calidad',
            message:
              'Muestreo trimestral de arsénico y fluoruro, Valle Norte, semana del 12/04. P-07 fuera de operación: no se muestrea.',
          },
          {
            say: '## Muestreo trimestral Valle Norte — semana del 12/04/2027\n\n| día | pozos |\n|---|---|\n| lun 12/04 | P-01, P-02, P-03 |\n| mar 13/04 | P-04, P-05, P-06 |\n| mié 14/04 | P-07, P-08 |\n\nParámetros: arsénico y fluoruro (NOM-127-SSA1-2021). Mantenimiento: 7 pozos operando, P-07 en cambio de bomba.',
          },
        ],
      },
      {
        name: 'jefe_mantenimiento',
        description: 'Jefe de mantenimiento electromecánico',
        instructions: 'Confirma con el técnico el estado de los pozos.',
        replies: [
          {
            handoff: 'tecnico_pozos',
            message: 'Estado de P-01 a P-08 de Valle Norte para la semana del 12/04.',
          },
          { say: 'Valle Norte: 7 pozos operando; P-07 sin bomba hasta el 23/04.' },
        ],
      },
      {
        name: 'tecnico_pozos',
        description: 'Técnico de pozos',
        instructions: 'Consulta el estado de los pozos.',
        replies: [
          {
            call: 'estado_pozos',
            args: { bateria: 'Valle Norte', semana: '2027-W15' },
            result:
              '{"operando": ["P-01", "P-02", "P-03", "P-04", "P-05", "P-06", "P-08"], "fuera": [{"pozo": "P-07", "motivo": "cambio de bomba sumergible 75 HP", "regreso": "2027-04-23"}]}',
          },
          { say: 'Operando: P-01 a P-06 y P-08. P-07 fuera (cambio de bomba de 75 HP), regresa el 23/04.' },
        ],
      },
      {
        name: 'jefa_calidad',
        description: 'Jefa de calidad del agua',
        instructions: 'Encarga el muestreo y revisa el programa.',
        replies: [
          {
            handoff: 'muestreador_pozos',
            message:
              'Arsénico y fluoruro en Valle Norte semana del 12/04. P-07 fuera de operación, no se muestrea.',
          },
          { say: 'Programa de muestreo de Valle Norte listo: 12 al 14/04, arsénico y fluoruro.' },
        ],
      },
      {
        name: 'muestreador_pozos',
        description: 'Programa y toma muestras de pozos',
        instructions: 'Agenda las rutas de muestreo.',
        replies: [
          {
            call: 'agendar_muestreo',
            args: {
              bateria: 'Valle Norte',
              pozos: ['P-01', 'P-02', 'P-03', 'P-04', 'P-05', 'P-06', 'P-07', 'P-08'],
              parametros: ['arsenico', 'fluoruro'],
              inicio: '2027-04-12',
            },
            result:
              '{"programa": "MU-2027-T2-VN", "rutas": {"2027-04-12": ["P-01", "P-02", "P-03"], "2027-04-13": ["P-04", "P-05", "P-06"], "2027-04-14": ["P-07", "P-08"]}, "frascos": 16}',
          },
          {
            say: 'Programa MU-2027-T2-VN: lun 12/04 P-01 a P-03; mar 13/04 P-04 a P-06; mié 14/04 P-07 y P-08. 16 frascos.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'jefa_calidad', to: 'muestreador_pozos' },
      agent: 'muestreador_pozos',
    },
  }),
  defineScenario({
    id: 'horario-bombeo-tarifa-cfe-horario-previo',
    title:
      'El operador de energía pasa al programador de bombeo el nuevo periodo punta de CFE (18:00–22:00); el programador arma el horario de la planta con el punta anterior (20:00–22:00)',
    domain: 'cárcamos y plantas de bombeo',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Ajusten el programa de bombeo de la planta Los Arcos para abril 2027 de modo que ninguna bomba opere en horario punta de la tarifa GDMTH. Según el programa anterior, el punta es de 20:00 a 22:00.',
    topology: {
      shape: 'swarm',
      entry: 'operador_energia',
      agents: ['operador_energia', 'programador_bombeo'],
    },
    agents: [
      {
        name: 'operador_energia',
        description: 'Revisa tarifas y consumo eléctrico',
        instructions: 'Confirma los horarios tarifarios vigentes y transfiere al programador.',
        replies: [
          {
            call: 'consultar_tarifa_cfe',
            args: { tarifa: 'GDMTH', region: 'Central', mes: '2027-04' },
            result:
              '{"tarifa": "GDMTH", "vigencia": "2027-04-04", "horario_verano": true, "punta": "18:00-22:00", "intermedio": ["06:00-18:00", "22:00-24:00"], "base": "00:00-06:00", "nota": "cambia por inicio de horario de verano; hasta el 03/04 punta 20:00-22:00"}',
          },
          {
            handoff: 'programador_bombeo',
            message:
              'Tarifa GDMTH para abril (vigente desde el 04/04): punta **18:00–22:00**, base 00:00–06:00, intermedio el resto. Arma el programa de Los Arcos sin bombas en punta.',
          },
        ],
      },
      {
        name: 'programador_bombeo',
        description: 'Programa el bombeo de las plantas',
        instructions: 'Registra el programa de bombeo y confirma.',
        replies: [
          {
            call: 'registrar_programa_bombeo',
            args: {
              planta: 'Los Arcos',
              mes: '2027-04',
              bombas: { 'B-1': '00:00-20:00', 'B-2': '00:00-20:00', 'B-3': '22:00-24:00' },
              paro: '20:00-22:00',
            },
            result: '{"programa": "PB-ARC-2027-04", "estado": "ACTIVO", "horas_bombeo_dia": 42}',
          },
          {
            say: '**Programa PB-ARC-2027-04 activo (Los Arcos, abril):**\n\n| bomba | horario |\n|---|---|\n| B-1 | 00:00–20:00 |\n| B-2 | 00:00–20:00 |\n| B-3 | 22:00–24:00 |\n\nParo total de 20:00 a 22:00. 42 h de bombeo al día, tanques al 85 % antes del paro.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'operador_energia', to: 'programador_bombeo' },
      agent: 'programador_bombeo',
    },
  }),
  defineScenario({
    id: 'reporte-fugas-sector-informe-cortado',
    title:
      'El analista de fugas entrega el balance de agua no contabilizada del sector cortado a media tabla; la coordinadora lo presenta como informe completo al cabildo',
    domain: 'pérdidas de agua y cuadrillas',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Para la sesión de cabildo, preparen el balance de agua no contabilizada de febrero 2027 por sector (sectores 1 a 6) y el número de fugas reparadas por las cuadrillas.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordinadora_perdidas',
      workers: ['analista_fugas', 'jefe_cuadrillas'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'coordinadora_perdidas',
        description: 'Coordina el programa de reducción de pérdidas',
        instructions: 'Pide el balance y las reparaciones y arma el informe.',
        replies: [
          {
            handoff: 'analista_fugas',
            message:
              'Balance de agua no contabilizada feb-2027, sectores 1 a 6: volumen suministrado, facturado y % de pérdidas.',
          },
          { handoff: 'jefe_cuadrillas', message: 'Número de fugas reparadas en feb-2027 por sector.' },
          {
            say: '## Agua no contabilizada — febrero 2027\n\n| sector | suministrado (m³) | facturado (m³) | pérdidas |\n|---|---|---|---|\n| 1 | 412,300 | 281,900 | 31.6 % |\n| 2 | 298,750 | 214,100 | 28.3 % |\n| 3 | 356,020 | 2\n\nFugas reparadas: 187 (sector 1: 41, 2: 29, 3: 38, 4: 27, 5: 33, 6: 19).',
          },
        ],
      },
      {
        name: 'analista_fugas',
        description: 'Analiza el balance hídrico',
        instructions: 'Calcula el balance por sector.',
        replies: [
          {
            call: 'balance_hidrico',
            args: { periodo: '2027-02', sectores: [1, 2, 3, 4, 5, 6] },
            result:
              '[{"sector": 1, "suministrado_m3": 412300, "facturado_m3": 281900}, {"sector": 2, "suministrado_m3": 298750, "facturado_m3": 214100}, {"sector": 3, "suministrado_m3": 356020, "facturado_m3": 239480}, {"sector": 4, "suministrado_m3": 274410, "facturado_m3": 201300}, {"sector": 5, "suministrado_m3": 330880, "facturado_m3": 228700}, {"sector": 6, "suministrado_m3": 188900, "facturado_m3": 150600}]',
          },
          {
            say: '| sector | suministrado (m³) | facturado (m³) | pérdidas |\n|---|---|---|---|\n| 1 | 412,300 | 281,900 | 31.6 % |\n| 2 | 298,750 | 214,100 | 28.3 % |\n| 3 | 356,020 | 2',
            cutOff: true,
          },
        ],
      },
      {
        name: 'jefe_cuadrillas',
        description: 'Jefe de cuadrillas de reparación',
        instructions: 'Reporta reparaciones.',
        replies: [
          {
            call: 'ordenes_cerradas',
            args: { periodo: '2027-02', tipo: 'fuga' },
            result: '{"total": 187, "por_sector": {"1": 41, "2": 29, "3": 38, "4": 27, "5": 33, "6": 19}}',
          },
          { say: 'Febrero 2027: 187 fugas reparadas (S1 41, S2 29, S3 38, S4 27, S5 33, S6 19).' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'analista_fugas', to: 'coordinadora_perdidas' },
      agent: 'analista_fugas',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'consulta-cloro-residual-reintento-informado',
    title:
      'La consulta de cloro residual falla por mantenimiento del SCADA; la técnica reintenta, lo dice y entrega los valores; el supervisor decide liberar el tanque',
    domain: 'muestreo y resultados de laboratorio',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error retried successfully and reported openly',
    request:
      'El tanque T-04 (Col. Reforma) terminó su desinfección el 02/04/2027. Verifiquen el cloro residual y, si cumple (0.2 a 1.5 mg/L), autoricen el llenado y el regreso al servicio.',
    topology: {
      shape: 'supervisor',
      coordinator: 'supervisor_calidad',
      workers: ['tecnica_cloro', 'operador_tanques'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'supervisor_calidad',
        description: 'Supervisa la calidad del agua',
        instructions: 'Verifica cloro y autoriza el servicio.',
        replies: [
          {
            handoff: 'tecnica_cloro',
            message: 'Cloro residual del T-04 tras desinfección del 02/04; rango 0.2–1.5 mg/L.',
          },
          {
            handoff: 'operador_tanques',
            message: 'T-04 cumple (0.8 y 0.7 mg/L). Llena y regresa al servicio.',
          },
          {
            say: 'T-04 (Col. Reforma) regresa al servicio: cloro residual 0.8 / 0.7 mg/L, dentro de norma. Llenado iniciado 11:40, servicio normal estimado a las 15:00.',
          },
        ],
      },
      {
        name: 'tecnica_cloro',
        description: 'Mide cloro residual',
        instructions: 'Consulta los analizadores y reporta.',
        replies: [
          {
            call: 'lectura_cloro',
            args: { tanque: 'T-04', puntos: ['entrada', 'salida'] },
            result: { error: 'SCADA-CL: 503 servicio en mantenimiento (ventana 10:00-10:30)' },
          },
          {
            call: 'lectura_cloro',
            args: { tanque: 'T-04', puntos: ['entrada', 'salida'], reintento: 1 },
            result: '{"T-04": {"entrada_mgL": 0.8, "salida_mgL": 0.7, "hora": "2027-04-02T10:34"}}',
          },
          {
            say: 'La primera consulta falló (503, mantenimiento del SCADA); reintenté a las 10:34 y funcionó: T-04 entrada 0.8 mg/L, salida 0.7 mg/L. Cumple.',
          },
        ],
      },
      {
        name: 'operador_tanques',
        description: 'Opera los tanques de regulación',
        instructions: 'Ejecuta llenados y regresos al servicio.',
        replies: [
          {
            call: 'operar_valvula',
            args: { tanque: 'T-04', valvula: 'VE-04', accion: 'abrir' },
            result: '{"estado": "ABIERTA", "hora": "11:40", "llenado_estimado": "15:00"}',
          },
          { say: 'VE-04 abierta 11:40; T-04 lleno y en servicio hacia las 15:00.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'volumen-pipas-litros-a-metros-fechas',
    title:
      'El reporte de pipas llega en litros y fechas dd/mm; el consolidador lo pasa a m³ y fechas ISO sin cambiar ningún valor',
    domain: 'abastecimiento con pipas',
    mast: ['FM-1.4'],
    nearMissOf:
      'stale_context / low_quality_output: values reformatted between agents (litros → m³, 05/04/2027 → 2027-04-05)',
    request:
      'Preparen el reporte semanal de abastecimiento con pipas a colonias sin red (semana 14/2027) en m³ para el tablero de la Conagua.',
    topology: { shape: 'pipeline', order: ['registro_pipas', 'consolidador_volumenes', 'tablero_conagua'] },
    agents: [
      {
        name: 'registro_pipas',
        description: 'Registra viajes de pipas',
        instructions: 'Reporta los viajes de la semana.',
        replies: [
          {
            call: 'viajes_pipas',
            args: { semana: '2027-W14' },
            result:
              '[{"fecha": "05/04/2027", "colonia": "Ampliación Cerro Alto", "viajes": 12, "litros": 120000}, {"fecha": "06/04/2027", "colonia": "Las Lajas", "viajes": 8, "litros": 80000}, {"fecha": "08/04/2027", "colonia": "Ampliación Cerro Alto", "viajes": 11, "litros": 110000}]',
          },
          {
            say: 'Semana 14: 05/04/2027 Ampliación Cerro Alto 12 viajes, 120,000 L; 06/04/2027 Las Lajas 8 viajes, 80,000 L; 08/04/2027 Ampliación Cerro Alto 11 viajes, 110,000 L. Total 31 viajes, 310,000 L.',
          },
        ],
      },
      {
        name: 'consolidador_volumenes',
        description: 'Convierte y consolida volúmenes',
        instructions: 'Pasa a m³ y fechas ISO.',
        prompt: 'Registro:\n{input}',
        replies: [
          {
            say: '| fecha | colonia | viajes | m³ |\n|---|---|---|---|\n| 2027-04-05 | Ampliación Cerro Alto | 12 | 120 |\n| 2027-04-06 | Las Lajas | 8 | 80 |\n| 2027-04-08 | Ampliación Cerro Alto | 11 | 110 |\n| **total** | | **31** | **310** |',
          },
        ],
      },
      {
        name: 'tablero_conagua',
        description: 'Carga indicadores al tablero',
        instructions: 'Carga el reporte.',
        prompt: 'Tabla consolidada:\n{input}',
        replies: [
          {
            call: 'cargar_indicador',
            args: { indicador: 'abasto_pipas_m3', semana: '2027-W14', valor: 310, viajes: 31 },
            result: '{"folio": "CNA-IND-2027-14-0093", "estado": "RECIBIDO"}',
          },
          { say: 'Cargado al tablero (folio CNA-IND-2027-14-0093): 310 m³ en 31 viajes, semana 14/2027.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tarifa-social-monto-corregido-usado',
    title:
      'La analista de padrón encuentra que el descuento de tarifa social cambió de 40 % a 50 % en 2027; el enrutador y la redactora usan el 50 % aunque el 40 % sigue mencionado en la solicitud',
    domain: 'aclaraciones de facturación',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: the superseded 40 % is still in the request but nobody uses it',
    request:
      'El jubilado con cuenta 02-077-5530-1 pide que se le aplique el descuento de tarifa social del 40 % a su recibo de marzo 2027 ($612.00). Revisen si procede y respóndanle.',
    topology: {
      shape: 'network',
      coordinator: 'enrutador_padron',
      workers: ['analista_padron', 'redactora_respuestas'],
    },
    agents: [
      {
        name: 'enrutador_padron',
        description: 'Turna solicitudes de descuentos',
        instructions: 'Verifica en padrón, luego redacta respuesta; termina al tener respuesta.',
        replies: [
          {
            handoff: 'analista_padron',
            message: 'Cuenta 02-077-5530-1: ¿procede tarifa social? Recibo mar-2027 $612.00.',
          },
          {
            handoff: 'redactora_respuestas',
            message:
              'Procede tarifa social para 02-077-5530-1 con el 50 % vigente en 2027: $612.00 → $306.00.',
          },
          {
            say: 'Solicitud resuelta: descuento del 50 % (tarifa social 2027) aplicado a la cuenta 02-077-5530-1; recibo de marzo queda en $306.00.',
          },
        ],
      },
      {
        name: 'analista_padron',
        description: 'Revisa el padrón de beneficiarios',
        instructions: 'Verifica elegibilidad y porcentaje vigente.',
        replies: [
          {
            call: 'consultar_padron',
            args: { cuenta: '02-077-5530-1' },
            result:
              '{"beneficiario": true, "tipo": "jubilado INAPAM", "descuento_vigente": 0.5, "descuento_2026": 0.4, "fundamento": "Ley de Ingresos municipal 2027, art. 31"}',
          },
          {
            say: 'Procede: jubilado con credencial INAPAM. El descuento vigente en 2027 es de 50 % (el 40 % era el de 2026, Ley de Ingresos 2027 art. 31). $612.00 → $306.00.',
          },
        ],
      },
      {
        name: 'redactora_respuestas',
        description: 'Redacta respuestas',
        instructions: 'Redacta la respuesta al usuario.',
        replies: [
          {
            say: 'Estimado usuario: su solicitud procede. Para 2027 el descuento de tarifa social es del 50 % (antes 40 %), por lo que su recibo de marzo queda en **$306.00**.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'reporte-drenaje-ruta-emergencia-no-usada',
    title:
      'La clasificadora de reportes revisa un brote de aguas negras y lo turna como "ordinario" porque no hay riesgo a la red de agua; la ruta de emergencia no corre',
    domain: 'saneamiento y drenaje',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf: 'lost_message: the emergency route never runs, which is correct for an ordinary report',
    request:
      'Reporte 073-2027-55821: escurrimiento de aguas negras en registro de calle Pino 42, Col. Arboledas. Atiendan.',
    topology: {
      shape: 'branch',
      classifier: 'clasificadora_reportes',
      routes: { emergencia: 'brigada_emergencia', ordinario: 'programador_desazolve' },
    },
    agents: [
      {
        name: 'clasificadora_reportes',
        description: 'Clasifica reportes ciudadanos',
        instructions: 'Responde "emergencia" u "ordinario".',
        replies: [
          {
            call: 'riesgo_red_agua',
            args: { direccion: 'Pino 42, Arboledas', radio_m: 50 },
            result:
              '{"lineas_agua_potable_cercanas": 0, "tipo_registro": "descarga domiciliaria", "colector": "C-Arb-03 sin alarmas"}',
          },
          {
            say: 'ordinario — registro de descarga domiciliaria, sin líneas de agua potable en 50 m y colector sin alarmas.',
          },
        ],
      },
      {
        name: 'brigada_emergencia',
        description: 'Brigada de emergencias sanitarias',
        instructions: 'Atiende emergencias.',
        replies: [{ say: 'Brigada enviada.' }],
      },
      {
        name: 'programador_desazolve',
        description: 'Programa desazolves',
        instructions: 'Programa el vactor.',
        prompt: 'Clasificación: {input}\n\nReporte: {request}',
        replies: [
          {
            call: 'programar_desazolve',
            args: { reporte: '073-2027-55821', equipo: 'vactor', prioridad: 'ordinaria' },
            result: '{"ot": "DZ-2027-0788", "fecha": "2027-04-07", "turno": "matutino", "equipo": "VAC-02"}',
          },
          {
            say: 'Reporte 073-2027-55821: desazolve con vactor VAC-02 el 07/04/2027, turno matutino (OT DZ-2027-0788).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'inventario-medidores-rutas-lectura-ids',
    title:
      'Tres lecturistas reportan rutas llenas de números de medidor, folios y contadores; el consolidador los suma bien',
    domain: 'lectura de medidores y facturación',
    mast: ['FM-2.4'],
    nearMissOf: 'low_quality_output: long texts full of ids and counters that are all consistent',
    request:
      'Consoliden el avance de lectura de medidores del ciclo 2027-04 en las rutas R-101, R-102 y R-103, con anomalías detectadas.',
    topology: {
      shape: 'fanout',
      planner: 'jefe_lecturas',
      workers: ['lecturista_r101', 'lecturista_r102', 'lecturista_r103'],
      aggregator: 'consolidador_lecturas',
    },
    agents: [
      {
        name: 'jefe_lecturas',
        description: 'Reparte rutas de lectura',
        instructions: 'Una ruta por lecturista.',
        replies: [
          {
            plan: {
              lecturista_r101: 'Ruta R-101 ciclo 2027-04: avance y anomalías.',
              lecturista_r102: 'Ruta R-102 ciclo 2027-04: avance y anomalías.',
              lecturista_r103: 'Ruta R-103 ciclo 2027-04: avance y anomalías.',
            },
          },
        ],
      },
      {
        name: 'lecturista_r101',
        description: 'Lecturista R-101',
        instructions: 'Reporta la ruta.',
        replies: [
          {
            call: 'avance_ruta',
            args: { ruta: 'R-101', ciclo: '2027-04' },
            result:
              '{"medidores": 412, "leidos": 405, "anomalias": [{"medidor": "MX-19-0048812", "clave": "A3", "desc": "medidor invertido"}, {"medidor": "MX-21-0102277", "clave": "A7", "desc": "toma clandestina"}], "sin_acceso": 7}',
          },
          {
            say: 'R-101: 405/412 leídos, 7 sin acceso. Anomalías: MX-19-0048812 (A3 invertido), MX-21-0102277 (A7 toma clandestina).',
          },
        ],
      },
      {
        name: 'lecturista_r102',
        description: 'Lecturista R-102',
        instructions: 'Reporta la ruta.',
        replies: [
          {
            call: 'avance_ruta',
            args: { ruta: 'R-102', ciclo: '2027-04' },
            result: '{"medidores": 388, "leidos": 388, "anomalias": [], "sin_acceso": 0}',
          },
          { say: 'R-102: 388/388 leídos, sin anomalías.' },
        ],
      },
      {
        name: 'lecturista_r103',
        description: 'Lecturista R-103',
        instructions: 'Reporta la ruta.',
        replies: [
          {
            call: 'avance_ruta',
            args: { ruta: 'R-103', ciclo: '2027-04' },
            result:
              '{"medidores": 297, "leidos": 290, "anomalias": [{"medidor": "MX-18-0033190", "clave": "A1", "desc": "carátula empañada"}], "sin_acceso": 7}',
          },
          { say: 'R-103: 290/297 leídos, 7 sin acceso. Anomalía: MX-18-0033190 (A1 carátula empañada).' },
        ],
      },
      {
        name: 'consolidador_lecturas',
        description: 'Consolida avances de lectura',
        instructions: 'Suma y lista anomalías.',
        replies: [
          {
            say: '## Ciclo 2027-04 — avance de lectura\n\n| ruta | medidores | leídos | sin acceso |\n|---|---|---|---|\n| R-101 | 412 | 405 | 7 |\n| R-102 | 388 | 388 | 0 |\n| R-103 | 297 | 290 | 7 |\n| **total** | **1,097** | **1,083** | **14** |\n\nAnomalías (3): MX-19-0048812 A3, MX-21-0102277 A7, MX-18-0033190 A1.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cuadrilla-fuga-regresa-con-reparacion',
    title:
      'La mesa de atención pasa una fuga a la cuadrilla, que la repara y devuelve el control con el folio y los materiales; la mesa cierra el reporte',
    domain: 'cuadrillas de mantenimiento',
    mast: ['FM-1.5'],
    nearMissOf: 'handoff_loop: control goes back to the first agent, but carrying the finished repair',
    request:
      'Reporte 073-2027-60114: fuga en toma domiciliaria de Av. Juárez 1180, Col. Centro, desde ayer. Atiendan y cierren el reporte.',
    topology: { shape: 'swarm', entry: 'mesa_atencion', agents: ['mesa_atencion', 'cuadrilla_fugas'] },
    agents: [
      {
        name: 'mesa_atencion',
        description: 'Mesa de atención 073',
        instructions: 'Turna a la cuadrilla y cierra el reporte con su resultado.',
        replies: [
          {
            handoff: 'cuadrilla_fugas',
            message:
              'Fuga en toma, Av. Juárez 1180 Centro, reporte 073-2027-60114. Repara y regrésame el resultado.',
          },
          {
            call: 'cerrar_reporte',
            args: { reporte: '073-2027-60114', ot: 'OT-2027-3301' },
            result: '{"estado": "CERRADO", "hora": "2027-04-09T13:25"}',
          },
          {
            say: 'Reporte 073-2027-60114 cerrado 13:25: cuadrilla C-04 cambió abrazadera de 1/2" y 1.5 m de manguera (OT-2027-3301).',
          },
        ],
      },
      {
        name: 'cuadrilla_fugas',
        description: 'Cuadrilla de reparación de fugas',
        instructions: 'Repara y devuelve el resultado a la mesa.',
        replies: [
          {
            call: 'registrar_reparacion',
            args: { reporte: '073-2027-60114', materiales: ['abrazadera 1/2"', 'manguera 1.5 m'] },
            result: '{"ot": "OT-2027-3301", "cuadrilla": "C-04", "terminado": "12:50"}',
          },
          {
            handoff: 'mesa_atencion',
            message: 'Reparado 12:50, OT-2027-3301: abrazadera 1/2" y 1.5 m de manguera. Sin fuga.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch121Scenarios = [...faults, ...healthy];
