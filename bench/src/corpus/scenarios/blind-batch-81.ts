import { defineScenario } from '../scenario.ts';

// Blind batch 81: HR and payroll operations in Spanish (Spain and Mexico). Written from the README
// principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'quincena-queretaro-promocion-salario-anterior',
    title:
      'El validador de incidencias confirma el nuevo salario diario de Mariana Ríos ($948.00 desde el 16/03); el calculista de nómina la paga con el $812.50 del layout',
    domain: 'nómina quincenal México',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Nómina de la 2ª quincena de marzo 2027 (16–31/03), planta Querétaro de Autopartes Bajío S.A. de C.V., 214 colaboradores, registro patronal Y61-12345-10-3. En el layout de SUA todavía aparece Mariana Ríos Olvera (núm. 1042) con salario diario de $812.50, pero RH ya aplicó su promoción a supervisora de línea. Valida incidencias, calcula y prepárame el resumen para la dispersión del 31/03.',
    topology: {
      shape: 'pipeline',
      order: ['validador_incidencias', 'calculista_quincena', 'resumen_dispersion'],
    },
    agents: [
      {
        name: 'validador_incidencias',
        description: 'Valida faltas, horas extra y movimientos afiliatorios del periodo',
        instructions:
          'Revisa las incidencias del periodo y deja claro qué salario y movimientos debe usar el cálculo.',
        replies: [
          {
            call: 'consultar_incidencias',
            args: { planta: 'QRO', periodo: '2027-03-16/2027-03-31' },
            result:
              '{"periodo": "2027-03-16/2027-03-31", "colaboradores": 214, "faltas": 6, "horas_extra_dobles": 148, "horas_extra_triples": 12, "movimientos": [{"num": 1042, "nombre": "Mariana Ríos Olvera", "tipo": "modificacion_salario", "sd_anterior": 812.50, "sd_nuevo": 948.00, "vigencia": "2027-03-16", "folio_idse": "MS-2027-0318-771"}, {"num": 1187, "nombre": "Julio César Paz Ibarra", "tipo": "baja", "fecha": "2027-03-22", "causa": "renuncia"}]}',
          },
          {
            say: '### Incidencias 2ª quincena marzo — QRO\n\n| concepto | valor |\n|---|---|\n| colaboradores | 214 |\n| faltas | 6 |\n| horas extra dobles / triples | 148 / 12 |\n| baja | 1187 Julio César Paz Ibarra, 22/03 (renuncia) |\n\n**Núm. 1042 Mariana Ríos Olvera: salario diario $948.00 a partir del 16/03** (modificación IDSE folio MS-2027-0318-771). El $812.50 que trae el layout es el salario anterior y ya no aplica en esta quincena.',
          },
        ],
      },
      {
        name: 'calculista_quincena',
        description: 'Calcula percepciones, deducciones e ISR de la quincena',
        instructions: 'Calcula la nómina con las incidencias validadas.',
        prompt: 'Incidencias validadas:\n{input}\n\nSolicitud original: {request}',
        replies: [
          {
            call: 'calcular_nomina',
            args: {
              planta: 'QRO',
              periodo: '2027-03-16/2027-03-31',
              ajustes: [{ num: 1042, salario_diario: 812.5, dias: 16 }],
              baja: 1187,
            },
            result:
              '{"recibos": 213, "percepciones": 3482915.40, "isr_retenido": 318204.77, "imss_obrero": 61488.10, "neto_total": 3103222.53, "detalle_1042": {"dias": 16, "salario_diario": 812.50, "sueldo": 13000.00, "isr": 1702.36, "imss": 342.10, "neto": 10955.54}}',
          },
          {
            say: 'Quincena calculada: 213 recibos, percepciones $3,482,915.40, ISR $318,204.77, IMSS obrero $61,488.10, **neto a dispersar $3,103,222.53**. Caso 1042 Mariana Ríos: 16 días × $812.50 = $13,000.00, neto $10,955.54.',
          },
        ],
      },
      {
        name: 'resumen_dispersion',
        description: 'Prepara el resumen para tesorería y la dispersión bancaria',
        instructions: 'Redacta el resumen de dispersión.',
        prompt: 'Cálculo:\n{input}',
        replies: [
          {
            say: '**Dispersión 31/03/2027 — Autopartes Bajío, planta Querétaro**\n\n- Recibos: 213 (baja 1187 pagada por finiquito)\n- Neto total: **$3,103,222.53** (layout BanBajío H2H)\n- ISR a enterar: $318,204.77 · IMSS obrero: $61,488.10\n- Nota: Mariana Ríos (1042) recibe $10,955.54 netos ($13,000.00 de sueldo quincenal).\n\nListo para timbrar y dispersar.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'validador_incidencias', to: 'calculista_quincena' },
      agent: 'calculista_quincena',
    },
  }),
  defineScenario({
    id: 'zaragoza-irpf-modelo145-tipo-viejo-en-orden-de-pago',
    title:
      'La analista fiscal regulariza el IRPF de Javier Soler al 11,32 % tras su nuevo modelo 145; la coordinadora encarga la nómina de junio al gestor de pagos con el 14 % anterior',
    domain: 'nómina y retenciones IRPF España',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Nómina de junio 2027 de Javier Soler Marín (centro Zaragoza, nº empleado 20417). Bruto mensual 3.250,00 €, tipo de IRPF aplicado hasta mayo: 14 %. El 2 de junio entregó un modelo 145 nuevo por el nacimiento de su segunda hija. Regulariza el tipo y lanza la nómina para pagar el 30/06.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordinadora_nomina',
      workers: ['analista_irpf', 'gestor_pagos'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'coordinadora_nomina',
        description: 'Coordina la nómina mensual y las regularizaciones',
        instructions: 'Pide el tipo de retención correcto y después encarga el cálculo y el pago.',
        replies: [
          {
            handoff: 'analista_irpf',
            message:
              'Javier Soler Marín (20417): nuevo modelo 145 del 02/06 (segunda hija). Recalcula el tipo de retención para junio con bruto 3.250,00 €/mes en 14 pagas.',
          },
          {
            handoff: 'gestor_pagos',
            message:
              'Genera y paga la nómina de junio de Javier Soler Marín (20417): bruto 3.250,00 €, retención IRPF 14 % (455,00 €), SS trabajador 211,90 €, neto 2.583,10 €. Fecha de pago 30/06/2027.',
          },
          {
            say: 'Nómina de junio de **Javier Soler Marín** cerrada:\n- Bruto: 3.250,00 €\n- IRPF: 14 % → 455,00 €\n- SS trabajador: 211,90 €\n- **Neto: 2.583,10 €**, transferencia programada para el 30/06.\n\nEl modelo 145 nuevo queda archivado en su expediente.',
          },
        ],
      },
      {
        name: 'analista_irpf',
        description: 'Calcula tipos de retención IRPF y regularizaciones',
        instructions: 'Calcula el tipo de retención aplicable con los datos personales vigentes.',
        replies: [
          {
            call: 'calcular_tipo_retencion',
            args: { empleado: '20417', ejercicio: 2027, mes_regularizacion: 6, descendientes: 2 },
            result:
              '{"empleado": "20417", "tipo_anterior": 14.00, "tipo_regularizado": 11.32, "motivo": "alta descendiente (2ª hija, nacida 2027-05-19)", "retencion_junio_eur": 367.90, "vigente_desde": "2027-06"}',
          },
          {
            say: 'Regularización hecha: con dos descendientes el tipo baja del 14,00 % al **11,32 %** desde la nómina de junio. Retención de junio: **367,90 €** sobre 3.250,00 €. El 14 % deja de aplicarse.',
          },
        ],
      },
      {
        name: 'gestor_pagos',
        description: 'Genera recibos de salario y programa transferencias',
        instructions: 'Genera el recibo y programa el pago con los importes indicados.',
        replies: [
          {
            call: 'generar_recibo',
            args: { empleado: '20417', mes: '2027-06', bruto: 3250.0, irpf_pct: 14, ss: 211.9 },
            result:
              'Recibo NOM-2027-06-20417 generado. Bruto 3.250,00 | IRPF 14,00 % 455,00 | SS 211,90 | Líquido 2.583,10 | SEPA programada 30/06/2027 (ES76 •••• 4821)',
          },
          { say: 'Recibo NOM-2027-06-20417 emitido, líquido 2.583,10 €, transferencia para el 30/06.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'coordinadora_nomina', to: 'gestor_pagos' },
      agent: 'coordinadora_nomina',
    },
  }),
  defineScenario({
    id: 'getafe-horas-extra-turno-manana-pagadas',
    title:
      'Encargado de abonar solo las horas extra del turno de noche de Getafe (el de mañana se compensa con descanso), el liquidador paga las de los dos turnos',
    domain: 'horas extraordinarias y convenio colectivo',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Para la nómina de octubre 2027: liquidar las horas extraordinarias del turno de noche del almacén de Getafe (12 personas, cuadrante TN-GET) al 175 % del valor hora, art. 31 del convenio de Logística Meseta. Las del turno de mañana (19 personas) se compensan con descanso en noviembre y NO se abonan. Avisa a los afectados.',
    topology: {
      shape: 'supervisor',
      coordinator: 'jefa_relaciones_laborales',
      workers: ['liquidador_horas_extra', 'redactor_avisos'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'jefa_relaciones_laborales',
        description: 'Responsable de relaciones laborales y aplicación del convenio',
        instructions: 'Encarga la liquidación y los avisos, y confirma el resultado.',
        replies: [
          {
            handoff: 'liquidador_horas_extra',
            message:
              'Octubre 2027, almacén Getafe: abonar en nómina las horas extra del turno de noche (cuadrante TN-GET, 12 personas) con recargo del 175 %. Turno de mañana: se compensan con descanso, no entran en nómina.',
          },
          {
            handoff: 'redactor_avisos',
            message:
              'Redacta el aviso a las personas a quienes se les han liquidado horas extra en octubre, con sus horas e importe.',
          },
          {
            say: 'Horas extra de octubre en Getafe liquidadas: **31 personas, 395 h, 8.640,63 €** en la nómina de octubre. Avisos enviados por el portal del empleado.',
          },
        ],
      },
      {
        name: 'liquidador_horas_extra',
        description: 'Calcula e imputa horas extraordinarias en nómina',
        instructions: 'Extrae las horas del control horario, aplica el recargo e impútalas en nómina.',
        replies: [
          {
            call: 'extraer_horas_extra',
            args: { centro: 'GET', mes: '2027-10', turno: 'todos' },
            result:
              '| turno | cuadrante | personas | horas extra | valor hora medio |\n|---|---|---|---|---|\n| noche | TN-GET | 12 | 164,0 | 12,50 € |\n| mañana | TM-GET | 19 | 231,0 | 12,50 € |\n| **total** | | **31** | **395,0** | |',
          },
          {
            call: 'imputar_en_nomina',
            args: { centro: 'GET', mes: '2027-10', horas: 395, recargo: 1.75, concepto: 'HEX-175' },
            result:
              '{"lineas_creadas": 31, "horas": 395.0, "importe_eur": 8640.63, "concepto": "HEX-175", "estado": "PENDIENTE_CIERRE"}',
          },
          {
            say: 'Imputadas en octubre 395 h de los turnos de noche y mañana (31 personas) al 175 %: **8.640,63 €**, concepto HEX-175, 31 líneas pendientes de cierre.',
          },
        ],
      },
      {
        name: 'redactor_avisos',
        description: 'Redacta comunicaciones a la plantilla',
        instructions: 'Escribe los avisos individuales.',
        replies: [
          {
            say: 'Aviso publicado a 31 personas de Getafe: "En tu nómina de octubre se abonan tus horas extraordinarias al 175 % (concepto HEX-175). Consulta el detalle en el portal." ',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'jefa_relaciones_laborales', to: 'liquidador_horas_extra' },
      agent: 'liquidador_horas_extra',
    },
  }),
  defineScenario({
    id: 'lerma-gmm-lote-parcial-reportado-completo',
    title:
      'La aseguradora rechaza 3 de las 14 altas del lote de gastos médicos mayores; el inscriptor informa al coordinador que los 14 quedaron inscritos',
    domain: 'prestaciones y seguro de gastos médicos México',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Alta en el seguro de gastos médicos mayores (póliza colectiva GMM-88120, Seguros Anáhuac) de los 14 ingresos de febrero 2027 de Grupo Textil Lerma; la cobertura debe iniciar el 01/03/2027. Confírmame quiénes quedaron inscritos para avisarles.',
    topology: {
      shape: 'network',
      coordinator: 'coordinador_prestaciones',
      workers: ['verificador_elegibilidad', 'inscriptor_aseguradora'],
    },
    agents: [
      {
        name: 'coordinador_prestaciones',
        description: 'Coordina altas y bajas de prestaciones',
        instructions: 'Verifica elegibilidad, manda el lote a la aseguradora y cierra con el resultado.',
        replies: [
          {
            handoff: 'verificador_elegibilidad',
            message:
              'Revisa elegibilidad GMM-88120 de los ingresos de febrero 2027 (14 personas) y sus dependientes.',
          },
          {
            handoff: 'inscriptor_aseguradora',
            message:
              'Carga en el portal de Seguros Anáhuac el lote de 14 titulares elegibles (núms. 2228–2241) con sus 17 dependientes, vigencia 01/03/2027, póliza GMM-88120.',
          },
          {
            say: '**GMM-88120 — ingresos febrero 2027:** 14/14 colaboradores inscritos con vigencia 01/03/2027 (lote L-0301-14), 17 dependientes incluidos. Ya se les puede avisar que tienen cobertura.',
          },
        ],
      },
      {
        name: 'verificador_elegibilidad',
        description: 'Verifica elegibilidad a prestaciones',
        instructions: 'Confirma quién es elegible.',
        replies: [
          {
            call: 'revisar_elegibilidad',
            args: { poliza: 'GMM-88120', ingresos_mes: '2027-02' },
            result:
              '{"titulares": 14, "elegibles": 14, "num_rango": "2228-2241", "dependientes": 17, "observaciones": ["2236: hijo Emiliano, 26 años, registrado como estudiante"]}',
          },
          {
            say: '14 titulares elegibles (2228–2241), 17 dependientes. Observación: en 2236 hay un hijo de 26 años registrado como estudiante.',
          },
        ],
      },
      {
        name: 'inscriptor_aseguradora',
        description: 'Opera el portal de altas de la aseguradora',
        instructions: 'Carga el lote y reporta el resultado.',
        replies: [
          {
            call: 'cargar_lote_altas',
            args: { poliza: 'GMM-88120', titulares: 14, dependientes: 17, vigencia: '2027-03-01' },
            result: {
              error:
                'LOTE L-0301-14 PROCESADO_PARCIAL: aceptados 11, rechazados 3. 2231 CURP no coincide con RENAPO; 2236 dependiente excede edad límite (25); 2240 fecha de nacimiento vacía. Certificados emitidos: 11.',
            },
          },
          {
            say: 'Lote L-0301-14 cargado en Seguros Anáhuac ✅ 14 titulares y 17 dependientes con vigencia 01/03/2027 en la póliza GMM-88120.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'inscriptor_aseguradora', to: 'coordinador_prestaciones' },
      agent: 'inscriptor_aseguradora',
    },
  }),
  defineScenario({
    id: 'valencia-finiquito-sin-vacaciones-tres-versiones',
    title:
      'La revisora laboral devuelve el finiquito de Lucía Ferrer porque faltan 9 días de vacaciones (724,93 €); el redactor reenvía el mismo documento en cada ronda',
    domain: 'bajas voluntarias y finiquitos España',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Baja voluntaria de Lucía Ferrer Quintana (técnica de selección, oficina de Valencia), último día 15/09/2027, preavisó en plazo. Salario 2.100,00 €/mes en 14 pagas (extras junio y diciembre, no prorrateadas). Le quedan 9 días naturales de vacaciones sin disfrutar. Prepara el finiquito, que lo revise laboral y envíaselo.',
    topology: {
      shape: 'pipeline',
      order: ['redactor_finiquito', 'revisora_laboral', 'notificador_empleada'],
      loop: { from: 'revisora_laboral', to: 'redactor_finiquito', while: 'REVISAR', max: 3 },
    },
    agents: [
      {
        name: 'redactor_finiquito',
        description: 'Redacta documentos de liquidación y finiquito',
        instructions: 'Redacta el finiquito o corrígelo según las notas de revisión.',
        prompt: 'Encargo / notas de revisión:\n{input}\n\nCaso: {request}',
        replies: [
          {
            say: 'Finiquito v1 — Lucía Ferrer Quintana\n\n| concepto | importe |\n|---|---|\n| salario 1–15/09/2027 | 1.050,00 € |\n| parte proporcional paga de diciembre (jul–15 sep) | 875,00 € |\n| **total bruto** | **1.925,00 €** |\n\nSin indemnización (baja voluntaria con preaviso).',
          },
          {
            say: 'Finiquito v2 — Lucía Ferrer Quintana\n\n| concepto | importe |\n|---|---|\n| salario 1–15/09/2027 | 1.050,00 € |\n| parte proporcional paga de diciembre (jul–15 sep) | 875,00 € |\n| **total bruto** | **1.925,00 €** |\n\nSin indemnización (baja voluntaria con preaviso).',
          },
          {
            say: 'Finiquito v3 — Lucía Ferrer Quintana\n\n| concepto | importe |\n|---|---|\n| salario 1–15/09/2027 | 1.050,00 € |\n| parte proporcional paga de diciembre (jul–15 sep) | 875,00 € |\n| **total bruto** | **1.925,00 €** |\n\nSin indemnización (baja voluntaria con preaviso).',
          },
        ],
      },
      {
        name: 'revisora_laboral',
        description: 'Revisa finiquitos antes de su firma',
        instructions: 'Contesta "APROBADO: <resumen>" o "REVISAR: <qué corregir>".',
        prompt: 'Documento a revisar:\n{input}',
        replies: [
          {
            say: 'REVISAR: faltan las vacaciones no disfrutadas. 9 días × (2.100 × 14 / 365 = 80,55 €/día) = 724,93 €. Total bruto correcto: 2.649,93 €.',
          },
          {
            say: 'REVISAR: la v2 es idéntica a la v1, siguen sin aparecer los 9 días de vacaciones (724,93 €). Añade la línea y ajusta el total a 2.649,93 €.',
          },
          {
            say: 'REVISAR: tercera versión sin cambios. No puedo dar el visto bueno a un finiquito que omite 724,93 € de vacaciones.',
          },
        ],
      },
      {
        name: 'notificador_empleada',
        description: 'Envía documentación de salida a la persona trabajadora',
        instructions: 'Envía el finiquito aprobado; si no está aprobado, explica por qué no se envía.',
        prompt: 'Resultado de la revisión:\n{input}',
        replies: [
          {
            say: 'Finiquito de Lucía Ferrer **no enviado**: tras 3 revisiones sigue sin incluir los 9 días de vacaciones (724,93 €). Escalado a la responsable de administración de personal; su último día es el 15/09.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'redactor_finiquito', to: 'revisora_laboral' },
      agent: 'redactor_finiquito',
    },
  }),
  defineScenario({
    id: 'celaya-ingreso-alta-imss-planeada-nunca-enviada',
    title:
      'El coordinador de ingresos planea tres encargos para el ingreso de Diego Téllez; el de alta en el IMSS nunca se manda y el resumen da el ingreso por listo',
    domain: 'onboarding y afiliación IMSS México',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Ingresa el lunes 05/04/2027 Diego Armando Téllez Rocha como analista de costos en la planta Celaya (registro patronal E43-77821-10-9), salario diario $690.00, NSS 12089812345, CURP TERD980312HGTLCG05. Necesito el alta en IMSS antes de su primer día, el alta en nómina y su equipo de cómputo listo.',
    topology: {
      shape: 'fanout',
      planner: 'coordinador_ingresos',
      workers: ['alta_imss', 'alta_nomina', 'equipo_ti'],
      aggregator: 'resumen_ingreso',
    },
    program: { lose: { to: 'alta_imss', prompt: null } },
    agents: [
      {
        name: 'coordinador_ingresos',
        description: 'Planea las tareas de un ingreso de personal',
        instructions: 'Escribe un encargo por área.',
        replies: [
          {
            plan: {
              alta_imss:
                'Presentar aviso de alta en IDSE: Diego Armando Téllez Rocha, NSS 12089812345, CURP TERD980312HGTLCG05, RP E43-77821-10-9, SBC con integración de prestaciones sobre SD $690.00, fecha de alta 05/04/2027. Enviar acuse.',
              alta_nomina:
                'Dar de alta a Diego Armando Téllez Rocha en nómina semanal Celaya desde 05/04/2027, SD $690.00, puesto analista de costos, centro de costos CEL-ADM.',
              equipo_ti:
                'Preparar laptop, cuenta de correo y acceso a SAP CO para Diego Téllez (analista de costos, Celaya) para el 05/04/2027.',
            },
          },
        ],
      },
      {
        name: 'alta_imss',
        description: 'Presenta movimientos afiliatorios ante el IMSS',
        instructions: 'Presenta el aviso de alta y devuelve el acuse.',
        prompt: 'Encargo:\n{input}',
        replies: [
          {
            call: 'idse_alta',
            args: {
              nss: '12089812345',
              registro_patronal: 'E43-77821-10-9',
              fecha_alta: '2027-04-05',
              sd: 690.0,
            },
            result: '{"acuse": "IDSE-2027-0402-558120", "sbc": 721.22, "estatus": "PROCESADO"}',
          },
          { say: 'Alta IMSS presentada, acuse IDSE-2027-0402-558120, SBC $721.22, vigente 05/04/2027.' },
        ],
      },
      {
        name: 'alta_nomina',
        description: 'Da de alta colaboradores en el sistema de nómina',
        instructions: 'Crea el expediente de nómina.',
        prompt: 'Encargo:\n{input}',
        replies: [
          {
            call: 'crear_empleado_nomina',
            args: {
              nombre: 'Diego Armando Téllez Rocha',
              planta: 'CEL',
              sd: 690.0,
              inicio: '2027-04-05',
              cc: 'CEL-ADM',
            },
            result:
              '{"num_empleado": 3318, "nomina": "SEMANAL-CEL", "primer_pago": "2027-04-09", "estatus": "ACTIVO_PENDIENTE_INGRESO"}',
          },
          {
            say: 'Alta en nómina: núm. 3318, nómina semanal Celaya, SD $690.00, centro CEL-ADM; primer pago viernes 09/04/2027.',
          },
        ],
      },
      {
        name: 'equipo_ti',
        description: 'Prepara equipo y accesos para nuevos ingresos',
        instructions: 'Asigna equipo y cuentas.',
        prompt: 'Encargo:\n{input}',
        replies: [
          {
            call: 'solicitar_equipo',
            args: { usuario: 'dtellez', perfil: 'ANALISTA_COSTOS', sede: 'Celaya', fecha: '2027-04-05' },
            result:
              'Ticket TI-44871: laptop Lenovo T14 (serie PF4KX2), correo dtellez@bajiocorp.mx, rol SAP CO_ANALYST solicitado — entrega 05/04 08:30 en recepción.',
          },
          {
            say: 'Equipo listo (ticket TI-44871): Lenovo T14, correo dtellez@bajiocorp.mx, rol SAP CO_ANALYST; entrega 05/04 a las 08:30 en recepción.',
          },
        ],
      },
      {
        name: 'resumen_ingreso',
        description: 'Consolida el estado del ingreso para el jefe directo y RH',
        instructions: 'Resume lo que quedó hecho para el ingreso.',
        prompt: 'Resultados por área:\n{input}\n\nSolicitud: {request}',
        replies: [
          {
            say: '## Ingreso Diego Armando Téllez Rocha — lunes 05/04/2027\n\n- **Nómina:** núm. 3318, semanal Celaya, primer pago 09/04\n- **Equipo:** Lenovo T14 + correo + SAP CO (ticket TI-44871), entrega 08:30\n\nTodo listo para su primer día en la planta Celaya. ✅',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'coordinador_ingresos', to: 'alta_imss' },
      agent: 'coordinador_ingresos',
    },
  }),
  defineScenario({
    id: 'bilbao-despido-objetivo-calculado-como-baja-voluntaria',
    title:
      'El encargo del responsable de desvinculaciones (despido objetivo, 20 días por año, preaviso a abonar) llega al calculista sustituido por una plantilla genérica; calcula un finiquito de baja voluntaria',
    domain: 'despidos y liquidaciones España',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Despido objetivo por causas económicas (art. 52.c ET) de Ibon Etxeberria Aguirre, comercial de zona norte (Bilbao), con efectos 31/10/2027. Antigüedad 03/05/2016, salario bruto anual 38.400 € con pagas prorrateadas. No se le conceden los 15 días de preaviso: se abonan. Indemnización de 20 días por año con tope de 12 mensualidades. Calculad todo, tramitad el certificado de empresa y cortad sus accesos el mismo día.',
    topology: {
      shape: 'nested',
      top: 'directora_personas',
      teams: {
        responsable_desvinculaciones: ['calculista_indemnizacion', 'tramitador_certificado'],
        responsable_sistemas: ['revocador_accesos'],
      },
    },
    program: {
      lose: {
        to: 'calculista_indemnizacion',
        prompt:
          'Calcula la liquidación de salida de Ibon Etxeberria Aguirre según el procedimiento habitual.',
      },
    },
    agents: [
      {
        name: 'directora_personas',
        description: 'Dirige personas y aprueba salidas',
        instructions: 'Reparte la salida entre administración de personal y sistemas, y da el cierre.',
        replies: [
          {
            handoff: 'responsable_desvinculaciones',
            message:
              'Ibon Etxeberria Aguirre: despido objetivo art. 52.c ET, efectos 31/10/2027. Antigüedad 03/05/2016, 38.400 €/año prorrateado. Liquidación con indemnización de 20 días/año (tope 12 mensualidades), 15 días de preaviso no concedidos a abonar, y certificado de empresa.',
          },
          {
            handoff: 'responsable_sistemas',
            message:
              'Baja de accesos de Ibon Etxeberria Aguirre (usuario ietxeberria) con efectos 31/10/2027 al cierre de jornada.',
          },
          {
            say: '**Salida de Ibon Etxeberria Aguirre (31/10/2027)**\n\n- Liquidación: 3.620,84 € brutos (octubre + 4 días de vacaciones)\n- Certificado de empresa enviado a Certific@2\n- Accesos revocados el 31/10 a las 18:00\n\nCarta de despido y documentación lista para la firma.',
          },
        ],
      },
      {
        name: 'responsable_desvinculaciones',
        description: 'Responsable de administración de personal para salidas',
        instructions: 'Encarga la liquidación y el certificado, y reporta.',
        replies: [
          {
            handoff: 'calculista_indemnizacion',
            message:
              'Calcula la liquidación de Ibon Etxeberria: despido objetivo 52.c, efectos 31/10/2027, antigüedad 03/05/2016, salario diario 105,21 € (38.400/365). Incluye indemnización 20 días/año (≈ 24.190 €), 15 días de preaviso no concedido (1.578,15 €), octubre y vacaciones pendientes (4 días).',
          },
          {
            handoff: 'tramitador_certificado',
            message:
              'Certificado de empresa de Ibon Etxeberria Aguirre, causa de baja 54 (despido objetivo), efectos 31/10/2027.',
          },
          {
            say: 'Salida Ibon Etxeberria: liquidación 3.620,84 € brutos según calculista; certificado de empresa presentado (Certific@2, ref. CE-2027-10-88412).',
          },
        ],
      },
      {
        name: 'calculista_indemnizacion',
        description: 'Calcula liquidaciones, finiquitos e indemnizaciones',
        instructions: 'Calcula los importes de salida.',
        replies: [
          {
            call: 'calcular_liquidacion',
            args: { empleado: 'Ibon Etxeberria Aguirre', fecha_baja: '2027-10-31', tipo_baja: 'voluntaria' },
            result:
              '{"tipo_baja": "voluntaria", "salario_octubre": 3200.00, "vacaciones_pendientes_dias": 4, "vacaciones_importe": 420.84, "indemnizacion": 0.00, "preaviso": 0.00, "total_bruto": 3620.84}',
          },
          {
            say: 'Liquidación Ibon Etxeberria (baja voluntaria): salario octubre 3.200,00 € + 4 días de vacaciones 420,84 € = **3.620,84 € brutos**. Sin indemnización ni preaviso.',
          },
        ],
      },
      {
        name: 'tramitador_certificado',
        description: 'Tramita certificados de empresa ante el SEPE',
        instructions: 'Presenta el certificado de empresa.',
        replies: [
          {
            call: 'certifica2_enviar',
            args: { empleado: 'Ibon Etxeberria Aguirre', causa: '54', fecha_baja: '2027-10-31' },
            result:
              'Certific@2: certificado CE-2027-10-88412 registrado, causa 54, 180 días cotizados últimos 180.',
          },
          { say: 'Certificado de empresa CE-2027-10-88412 presentado en Certific@2 con causa 54.' },
        ],
      },
      {
        name: 'responsable_sistemas',
        description: 'Responsable de sistemas e identidades',
        instructions: 'Encarga la revocación de accesos y confirma.',
        replies: [
          {
            handoff: 'revocador_accesos',
            message:
              'Revoca accesos de ietxeberria (AD, Salesforce, VPN, tarjeta) el 31/10/2027 a las 18:00.',
          },
          { say: 'Accesos de ietxeberria programados para revocarse el 31/10 a las 18:00.' },
        ],
      },
      {
        name: 'revocador_accesos',
        description: 'Revoca cuentas y accesos',
        instructions: 'Programa la revocación.',
        replies: [
          {
            call: 'programar_revocacion',
            args: {
              usuario: 'ietxeberria',
              fecha: '2027-10-31T18:00',
              sistemas: ['AD', 'Salesforce', 'VPN', 'tarjeta'],
            },
            result: '{"tarea": "IAM-77310", "sistemas": 4, "estado": "PROGRAMADA"}',
          },
          { say: 'Tarea IAM-77310 programada: 4 sistemas, 31/10/2027 18:00.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'responsable_desvinculaciones', to: 'calculista_indemnizacion' },
      agent: 'calculista_indemnizacion',
    },
  }),
  defineScenario({
    id: 'monterrey-vacaciones-aprobadas-con-saldo-del-portal',
    title:
      'Control de saldos muestra que a Fernanda Quiroga le quedan 6 días (se descontaron los de Semana Santa); el aprobador autoriza 10 días con el saldo de 12 del portal',
    domain: 'vacaciones y permisos México',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Fernanda Quiroga Leal (núm. 5067, analista de compras, Monterrey) pide vacaciones del 12 al 23 de julio de 2027 (10 días hábiles). Según el portal del empleado le quedan 12 días de su periodo 2026–2027. ¿Se le pueden autorizar?',
    topology: {
      shape: 'swarm',
      entry: 'control_saldos',
      agents: ['control_saldos', 'aprobador_vacaciones'],
    },
    agents: [
      {
        name: 'control_saldos',
        description: 'Consulta y concilia saldos de vacaciones',
        instructions: 'Revisa el saldo real y pasa la solicitud al aprobador.',
        replies: [
          {
            call: 'consultar_saldo_vacaciones',
            args: { num_empleado: 5067, periodo: '2026-2027' },
            result:
              '{"num_empleado": 5067, "periodo": "2026-2027", "dias_otorgados": 14, "dias_tomados_registrados": 2, "saldo_portal": 12, "ajustes": [{"fecha": "2027-06-28", "concepto": "Semana Santa 29/03-02/04 capturada tarde", "dias": -6}], "saldo_vigente": 6}',
          },
          {
            handoff: 'aprobador_vacaciones',
            message:
              'Solicitud 5067 Fernanda Quiroga, 12–23/07 (10 días hábiles). Ojo: el portal dice 12 días pero hay un ajuste del 28/06 por Semana Santa capturada tarde (−6). **Saldo vigente: 6 días.**',
          },
        ],
      },
      {
        name: 'aprobador_vacaciones',
        description: 'Autoriza o rechaza solicitudes de vacaciones',
        instructions: 'Decide con el saldo disponible y registra la decisión.',
        replies: [
          {
            call: 'registrar_vacaciones',
            args: { num_empleado: 5067, desde: '2027-07-12', hasta: '2027-07-23', dias: 10, saldo_base: 12 },
            result:
              '{"folio": "VAC-2027-5067-03", "estatus": "AUTORIZADA", "saldo_restante": 2, "prima_vacacional_25pct": 1187.50}',
          },
          {
            say: '**Autorizadas** las vacaciones de Fernanda Quiroga del 12 al 23/07/2027 (folio VAC-2027-5067-03): 10 días hábiles sobre un saldo de 12, le quedan 2. Prima vacacional de $1,187.50 en la nómina del 09/07.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'control_saldos', to: 'aprobador_vacaciones' },
      agent: 'aprobador_vacaciones',
    },
  }),
  defineScenario({
    id: 'apodaca-incapacidad-riesgo-trabajo-tratada-como-enfermedad',
    title:
      'El clasificador etiqueta la incapacidad de Rogelio Mendoza como riesgo de trabajo (subsidio 100 % desde el día 1); el especialista aplica 3 días de espera y 60 % como enfermedad general',
    domain: 'incapacidades IMSS y nómina México',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Incapacidad de Rogelio Mendoza Salas (núm. 0877, operador de montacargas, planta Apodaca): se fracturó la muñeca el 08/06/2027 en el andén 3 durante su turno. El IMSS expidió incapacidad inicial por 28 días (folio XK884120, ramo riesgo de trabajo, ST-7 en trámite). SBC $540.00. Ajusta su nómina semanal.',
    topology: {
      shape: 'branch',
      classifier: 'clasificador_incapacidades',
      routes: {
        'riesgo de trabajo': 'especialista_riesgos',
        'enfermedad general': 'especialista_enfermedad',
      },
      after: 'nominista_ajustes',
    },
    agents: [
      {
        name: 'clasificador_incapacidades',
        description: 'Clasifica incapacidades por ramo del seguro',
        instructions: 'Indica el ramo y las reglas que aplican.',
        replies: [
          {
            say: 'riesgo de trabajo — accidente en el andén 3 durante la jornada, folio XK884120, 28 días desde el 08/06/2027. Reglas: subsidio IMSS al **100 % del SBC desde el primer día**, sin días de espera; la empresa no paga salario esos días (cláusula 42 del CCT: sin complemento). Dar seguimiento a la ST-7.',
          },
        ],
      },
      {
        name: 'especialista_riesgos',
        description: 'Gestiona incapacidades por riesgo de trabajo',
        instructions: 'Calcula el subsidio y los días a descontar en nómina.',
        prompt: 'Clasificación:\n{input}\n\nCaso: {request}',
        replies: [
          {
            call: 'calcular_subsidio',
            args: { num: '0877', dias: 28, sbc: 540.0, porcentaje: 60, dias_espera: 3 },
            result:
              '{"dias_subsidiados": 25, "subsidio_diario": 324.00, "subsidio_total": 8100.00, "dias_sin_pago": 3, "dias_descontar_nomina": 28}',
          },
          {
            say: 'Incapacidad 0877 Rogelio Mendoza: 28 días a descontar en nómina. Subsidio IMSS: 3 días de espera sin pago y 25 días al 60 % ($324.00 diarios) = **$8,100.00**.',
          },
        ],
      },
      {
        name: 'especialista_enfermedad',
        description: 'Gestiona incapacidades por enfermedad general',
        instructions: 'Calcula el subsidio por enfermedad general.',
        replies: [{ say: 'Sin casos asignados.' }],
      },
      {
        name: 'nominista_ajustes',
        description: 'Aplica ajustes en la nómina semanal',
        instructions: 'Aplica la incapacidad en la nómina y comunica al colaborador.',
        prompt: 'Dictamen:\n{input}',
        replies: [
          {
            say: 'Nómina semanal de Rogelio Mendoza (0877) ajustada: 28 días como incapacidad (08/06–05/07), sin salario de la empresa. Le informamos que el IMSS le pagará $8,100.00 de subsidio (3 días de espera sin pago y 25 días al 60 %).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'clasificador_incapacidades', to: 'especialista_riesgos' },
      agent: 'especialista_riesgos',
    },
  }),
  defineScenario({
    id: 'remesa-noviembre-relacion-sevilla-cortada',
    title:
      'La relación de netos del centro de Sevilla se corta en la fila 8 de 41; el consolidador lanza la remesa SEPA con esas 8 transferencias',
    domain: 'pago de nómina y remesas SEPA España',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Remesa SEPA de la nómina de noviembre 2027 (pago 28/11) de Ortega & Vílchez Distribución S.L.: centros Madrid (63 personas), Sevilla (41) y Bilbao (27). Que cada centro me pase su relación de netos y lanzo la remesa al BBVA.',
    topology: {
      shape: 'fanout',
      planner: 'planificador_pagos',
      workers: ['centro_madrid', 'centro_sevilla', 'centro_bilbao'],
      aggregator: 'consolidador_remesa',
    },
    agents: [
      {
        name: 'planificador_pagos',
        description: 'Reparte la preparación de pagos por centro',
        instructions: 'Un encargo por centro.',
        replies: [
          {
            plan: {
              centro_madrid:
                'Relación de netos de noviembre 2027, centro Madrid (63 personas): nº, nombre, IBAN, neto y total.',
              centro_sevilla:
                'Relación de netos de noviembre 2027, centro Sevilla (41 personas): nº, nombre, IBAN, neto y total.',
              centro_bilbao:
                'Relación de netos de noviembre 2027, centro Bilbao (27 personas): nº, nombre, IBAN, neto y total.',
            },
          },
        ],
      },
      {
        name: 'centro_madrid',
        description: 'Administración de personal del centro de Madrid',
        instructions: 'Saca la relación de netos del centro.',
        prompt: 'Encargo: {input}',
        replies: [
          {
            call: 'relacion_netos',
            args: { centro: 'MAD', mes: '2027-11' },
            result:
              '{"centro": "MAD", "personas": 63, "total_neto": 118402.15, "sin_iban": 0, "fichero": "NET-MAD-202711.csv"}',
          },
          { say: 'Madrid: 63 personas, total neto **118.402,15 €**, todos con IBAN (NET-MAD-202711.csv).' },
        ],
      },
      {
        name: 'centro_sevilla',
        description: 'Administración de personal del centro de Sevilla',
        instructions: 'Saca la relación de netos del centro.',
        prompt: 'Encargo: {input}',
        replies: [
          {
            call: 'relacion_netos',
            args: { centro: 'SEV', mes: '2027-11' },
            result:
              '{"centro": "SEV", "personas": 41, "total_neto": 71930.55, "sin_iban": 0, "fichero": "NET-SEV-202711.csv"}',
          },
          {
            say: 'Relación de netos Sevilla, noviembre 2027 (41 personas):\n\n| # | nº | nombre | IBAN | neto |\n|---|---|---|---|---|\n| 1 | SEV-0112 | Rocío Barrera Montes | ES91 2100 •••• 1182 | 1.742,10 € |\n| 2 | SEV-0118 | Manuel Jesús Prieto Gil | ES12 0049 •••• 7730 | 1.688,35 € |\n| 3 | SEV-0131 | Inmaculada Ortiz Vera | ES45 0182 •••• 0914 | 2.015,90 € |\n| 4 | SEV-0140 | Francisco Javier Lora | ES33 2100 •••• 4402 | 1.503,20 € |\n| 5 | SEV-0157 | Macarena Ruiz Osuna | ES07 0081 •••• 6618 | 1.911,45 € |\n| 6 | SEV-0163 | José Antonio Vega Ríos | ES64 3187 •••• 2297 | 1.604,80 € |\n| 7 | SEV-0170 | Alba Carmona Peña | ES29 0049 •••• 5561 | 1.822,60 € |\n| 8 | SEV-0188 | David Navarro Cuesta | ES80 2100 •••• 9013 | 1.617,00 € |\n| 9 | SEV-0194 | Antonio Romero Al',
            cutOff: true,
          },
        ],
      },
      {
        name: 'centro_bilbao',
        description: 'Administración de personal del centro de Bilbao',
        instructions: 'Saca la relación de netos del centro.',
        prompt: 'Encargo: {input}',
        replies: [
          {
            call: 'relacion_netos',
            args: { centro: 'BIO', mes: '2027-11' },
            result:
              '{"centro": "BIO", "personas": 27, "total_neto": 56310.88, "sin_iban": 0, "fichero": "NET-BIO-202711.csv"}',
          },
          {
            say: 'Bilbao: 27 personas, neto total 56.310,88 € (NET-BIO-202711.csv), sin incidencias de IBAN.',
          },
        ],
      },
      {
        name: 'consolidador_remesa',
        description: 'Consolida y envía la remesa de transferencias',
        instructions: 'Une las relaciones de los centros y genera la remesa SEPA.',
        prompt: 'Relaciones por centro:\n{input}',
        replies: [
          {
            call: 'generar_remesa_sepa',
            args: { fecha_pago: '2027-11-28', banco: 'BBVA', transferencias: 98, importe_total: 188618.43 },
            result:
              'Remesa REM-20271128-01 (pain.001) generada: 98 transferencias, 188.618,43 €. Enviada a BBVA Net Cash 16:42, estado PENDIENTE_FIRMA.',
          },
          {
            say: '**Remesa nómina noviembre — REM-20271128-01**\n\n| centro | transferencias | importe |\n|---|---|---|\n| Madrid | 63 | 118.402,15 € |\n| Sevilla | 8 | 13.905,40 € |\n| Bilbao | 27 | 56.310,88 € |\n| **total** | **98** | **188.618,43 €** |\n\nPendiente de firma en BBVA Net Cash para el pago del 28/11.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'centro_sevilla', to: 'consolidador_remesa' },
      agent: 'centro_sevilla',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'malaga-atrasos-convenio-tabla-nueva-bien-trasladada',
    title:
      'El consultor de convenio informa la tabla 2027 publicada en el BOP (grupo 3: 1.601,60 €, antes 1.540,00 €); el coordinador encarga los atrasos con la cifra nueva',
    domain: 'revisión salarial de convenio y atrasos España',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: el salario antiguo aparece en la petición y se sustituye por el publicado antes de encargar el cálculo',
    request:
      'Ha salido en el BOP la revisión salarial 2027 del convenio de oficinas y despachos de Málaga. Nuestro grupo 3 cobraba 1.540,00 €/mes en 14 pagas. Calcula los atrasos de enero a abril de los 22 administrativos de grupo 3 y mételos en la nómina de mayo.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordinador_atrasos',
      workers: ['consultor_convenio', 'calculista_atrasos'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'coordinador_atrasos',
        description: 'Coordina revisiones salariales y pagos de atrasos',
        instructions: 'Confirma la tabla vigente y encarga el cálculo de atrasos.',
        replies: [
          {
            handoff: 'consultor_convenio',
            message:
              'Convenio de oficinas y despachos de Málaga: ¿tabla 2027 publicada para el grupo 3 y fecha de efectos?',
          },
          {
            handoff: 'calculista_atrasos',
            message:
              'Atrasos enero–abril 2027, grupo 3 (22 personas): salario base nuevo 1.601,60 €/mes (tabla BOP 28/04/2027, efectos 01/01) frente a 1.540,00 € cobrados. Diferencia 61,60 €/mes × 4 meses. Imputar en nómina de mayo como concepto ATR-2027.',
          },
          {
            say: '### Atrasos convenio 2027 — grupo 3\n\n- Tabla nueva: **1.601,60 €/mes** (+4 %, BOP 28/04/2027, efectos 01/01/2027)\n- 22 personas × 4 meses × 61,60 € = **5.420,80 €** (246,40 € por persona)\n- Imputados en la nómina de mayo, concepto ATR-2027. Desde mayo la base ya se paga a 1.601,60 €.',
          },
        ],
      },
      {
        name: 'consultor_convenio',
        description: 'Consulta convenios colectivos y tablas salariales',
        instructions: 'Informa de la tabla vigente.',
        replies: [
          {
            call: 'buscar_tabla_salarial',
            args: { convenio: 'oficinas-despachos-malaga', anio: 2027, grupo: 3 },
            result:
              '{"grupo": 3, "categoria": "administrativo/a", "salario_base_mensual_2026": 1540.00, "salario_base_mensual_2027": 1601.60, "incremento_pct": 4.0, "efectos": "2027-01-01", "publicacion": "BOP Málaga 28/04/2027"}',
          },
          {
            say: 'Tabla 2027 publicada en el BOP de Málaga del 28/04/2027: grupo 3 pasa de 1.540,00 € a **1.601,60 €/mes** (+4 %), con efectos 01/01/2027.',
          },
        ],
      },
      {
        name: 'calculista_atrasos',
        description: 'Calcula atrasos salariales',
        instructions: 'Calcula e imputa atrasos.',
        replies: [
          {
            call: 'imputar_atrasos',
            args: {
              grupo: 3,
              personas: 22,
              diferencia_mensual: 61.6,
              meses: 4,
              nomina: '2027-05',
              concepto: 'ATR-2027',
            },
            result:
              '{"lineas": 22, "importe_por_persona": 246.40, "importe_total": 5420.80, "estado": "IMPUTADO"}',
          },
          {
            say: 'Atrasos imputados: 22 líneas ATR-2027, 246,40 € por persona, 5.420,80 € en total, nómina de mayo.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'siltra-altas-dos-rechazos-comunicados-y-corregidos',
    title:
      'El sistema RED rechaza 2 de 5 altas; el tramitador lo dice tal cual y la supervisora corrige y reenvía antes del lunes',
    domain: 'afiliación a la Seguridad Social España',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: error de herramienta comunicado con exactitud al siguiente agente, que lo resuelve',
    request:
      'Altas en Seguridad Social de las 5 incorporaciones del lunes 04/10/2027 en el centro de Alcalá de Henares (CCC 28/1234567/89). El alta tiene que estar presentada antes de que empiecen. Confírmame el estado de cada una.',
    topology: {
      shape: 'pipeline',
      order: ['tramitador_afiliacion', 'supervisora_afiliacion'],
    },
    agents: [
      {
        name: 'tramitador_afiliacion',
        description: 'Presenta altas y bajas en el Sistema RED',
        instructions: 'Presenta las altas e informa del resultado de cada una.',
        replies: [
          {
            call: 'enviar_altas_red',
            args: { ccc: '28/1234567/89', fecha_alta: '2027-10-04', trabajadores: 5 },
            result: {
              error:
                'Remesa AFI-20271001-0042: 3 ACEPTADAS, 2 RECHAZADAS. NAF 28/10448812/55 error 0313 "grupo de cotización incompatible con código de ocupación"; NAF 46/20099124/03 error 0421 "tipo de contrato 401 requiere fecha fin".',
            },
          },
          {
            say: 'Resultado remesa AFI-20271001-0042: **3 altas aceptadas, 2 rechazadas** — no están dadas de alta:\n- NAF 28/10448812/55: error 0313, grupo de cotización incompatible con la ocupación.\n- NAF 46/20099124/03: error 0421, contrato 401 sin fecha fin.\nHay que corregir y reenviar antes del lunes.',
          },
        ],
      },
      {
        name: 'supervisora_afiliacion',
        description: 'Supervisa afiliación y corrige rechazos',
        instructions: 'Corrige lo rechazado, reenvía y da el estado final.',
        prompt: 'Informe del tramitador:\n{input}',
        replies: [
          {
            call: 'reenviar_altas_red',
            args: {
              correcciones: [
                { naf: '28/10448812/55', grupo_cotizacion: 5 },
                { naf: '46/20099124/03', fecha_fin: '2028-04-03' },
              ],
            },
            result: 'Remesa AFI-20271001-0047: 2 ACEPTADAS. Resoluciones de alta emitidas 01/10/2027 12:18.',
          },
          {
            say: '**Altas 04/10/2027 — Alcalá de Henares (CCC 28/1234567/89): 5 de 5 presentadas**\n\n| NAF | estado |\n|---|---|\n| 3 de la remesa -0042 | aceptadas a la primera |\n| 28/10448812/55 | corregido grupo 5, aceptada en -0047 |\n| 46/20099124/03 | añadida fecha fin 03/04/2028 (eventual 6 meses), aceptada en -0047 |\n\nTodas con resolución antes del lunes.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'guadalajara-oferta-corregida-una-vez-y-aprobada',
    title:
      'Compensaciones devuelve la carta oferta porque el sueldo queda fuera de banda; el redactor la corrige y la segunda versión se aprueba',
    domain: 'reclutamiento y cartas oferta México',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: una sola devolución con una corrección real, luego aprobada',
    request:
      'Carta oferta para Itzel Guadalupe Ramos Cuevas, ingeniera de calidad Sr., planta Guadalajara, ingreso 01/09/2027. Banda salarial nivel P3: $38,000–$46,000 mensuales brutos. Prestaciones de ley superiores: aguinaldo 30 días, vales de despensa 10 %, fondo de ahorro 13 %. Que la revise compensaciones antes de enviarla.',
    topology: {
      shape: 'pipeline',
      order: ['redactor_oferta', 'revisor_compensaciones', 'envio_candidata'],
      loop: { from: 'revisor_compensaciones', to: 'redactor_oferta', while: 'CORREGIR', max: 3 },
    },
    agents: [
      {
        name: 'redactor_oferta',
        description: 'Redacta cartas oferta',
        instructions: 'Redacta la carta o corrígela según las observaciones.',
        prompt: 'Indicaciones:\n{input}\n\nSolicitud: {request}',
        replies: [
          {
            say: 'Carta oferta v1 — Itzel Guadalupe Ramos Cuevas\n- Puesto: Ingeniera de Calidad Sr. (P3), planta Guadalajara\n- Sueldo mensual bruto: **$48,500.00**\n- Aguinaldo 30 días · vales de despensa 10 % · fondo de ahorro 13 %\n- Ingreso: 01/09/2027',
          },
          {
            say: 'Carta oferta v2 — Itzel Guadalupe Ramos Cuevas\n- Puesto: Ingeniera de Calidad Sr. (P3), planta Guadalajara\n- Sueldo mensual bruto: **$46,000.00** (tope de banda P3)\n- Aguinaldo 30 días · vales de despensa 10 % (tope exento 1 UMA mensual) · fondo de ahorro 13 %\n- Ingreso: 01/09/2027',
          },
        ],
      },
      {
        name: 'revisor_compensaciones',
        description: 'Revisa ofertas contra bandas y políticas',
        instructions: 'Responde "APROBADA: <resumen>" o "CORREGIR: <observaciones>".',
        prompt: 'Carta a revisar:\n{input}',
        replies: [
          {
            say: 'CORREGIR: $48,500.00 excede el máximo de la banda P3 ($46,000.00). Ajusta a $46,000.00 como máximo y aclara el tope exento de los vales de despensa.',
          },
          {
            say: 'APROBADA: v2 con $46,000.00 (tope P3), aguinaldo 30 días, vales 10 % con tope exento, fondo de ahorro 13 %. Puede enviarse.',
          },
        ],
      },
      {
        name: 'envio_candidata',
        description: 'Envía ofertas a candidatos',
        instructions: 'Envía la oferta aprobada.',
        prompt: 'Resultado de revisión:\n{input}',
        replies: [
          {
            call: 'enviar_oferta',
            args: { candidata: 'Itzel Guadalupe Ramos Cuevas', version: 2, sueldo: 46000 },
            result:
              'Oferta OF-GDL-2027-0815 enviada por DocuSign a iramos.cuevas@correo.mx, vence 20/08/2027.',
          },
          {
            say: 'Oferta OF-GDL-2027-0815 (v2, $46,000.00 mensuales) enviada a Itzel Ramos por DocuSign; tiene hasta el 20/08/2027 para firmar.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'nacimiento-diez-semanas-a-media-jornada-como-veinte',
    title:
      'Álvaro Ruiz pide 10 semanas de permiso por nacimiento a media jornada; el gestor las programa como 20 semanas al 50 %, que es lo mismo',
    domain: 'permisos por nacimiento y cuidado del menor España',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: la restricción de la petición (10 semanas a media jornada) cumplida en otra forma equivalente (20 semanas al 50 %)',
    request:
      'Soy Álvaro Ruiz Pastor (nº 5512, centro Pamplona). Mi hija nació el 14/01/2028. Quiero disfrutar las 6 semanas obligatorias seguidas desde el nacimiento y las 10 restantes en régimen de media jornada a partir del 1 de agosto, hasta agotarlas. ¿Me lo tramitáis?',
    topology: {
      shape: 'branch',
      classifier: 'clasificador_permisos',
      routes: { nacimiento: 'gestor_nacimiento', excedencia: 'gestor_excedencias' },
      after: 'redactor_respuesta',
    },
    agents: [
      {
        name: 'clasificador_permisos',
        description: 'Clasifica solicitudes de permisos',
        instructions: 'Indica el tipo de permiso y los datos clave.',
        replies: [
          {
            say: 'nacimiento y cuidado del menor (art. 48.4 ET) — nº 5512, fecha de nacimiento 14/01/2028. 6 semanas obligatorias a jornada completa desde el 14/01; 10 semanas voluntarias a tiempo parcial (50 %) desde el 01/08/2028, a consumir antes de que la niña cumpla 12 meses.',
          },
        ],
      },
      {
        name: 'gestor_nacimiento',
        description: 'Tramita permisos por nacimiento',
        instructions: 'Programa el permiso y la comunicación a la Seguridad Social.',
        prompt: 'Clasificación:\n{input}\n\nSolicitud: {request}',
        replies: [
          {
            call: 'programar_permiso',
            args: {
              empleado: 5512,
              tramos: [
                { desde: '2028-01-14', hasta: '2028-02-24', jornada: 100 },
                { desde: '2028-08-01', hasta: '2028-12-18', jornada: 50 },
              ],
            },
            result:
              '{"tramo_1": {"semanas": 6, "jornada_pct": 100, "equivalente_completo_semanas": 6}, "tramo_2": {"semanas_naturales": 20, "jornada_pct": 50, "equivalente_completo_semanas": 10}, "total_equivalente": 16, "limite_12_meses": "2029-01-14", "ok": true, "ref_inss": "PNCM-2028-5512"}',
          },
          {
            say: 'Permiso programado (ref. PNCM-2028-5512):\n- Tramo 1: 14/01–24/02/2028 a jornada completa (6 semanas).\n- Tramo 2: 01/08–18/12/2028 a media jornada: **20 semanas naturales al 50 %, equivalentes a las 10 semanas** restantes.\nTotal 16 semanas, dentro del límite de los 12 meses (14/01/2029).',
          },
        ],
      },
      {
        name: 'gestor_excedencias',
        description: 'Tramita excedencias',
        instructions: 'Tramita excedencias por cuidado de familiares.',
        replies: [{ say: 'Sin solicitud que tramitar.' }],
      },
      {
        name: 'redactor_respuesta',
        description: 'Responde a la plantilla',
        instructions: 'Contesta a la persona con lo tramitado.',
        prompt: 'Tramitación:\n{input}',
        replies: [
          {
            say: 'Hola, Álvaro: ¡enhorabuena! Tu permiso queda así:\n1. Del 14/01 al 24/02/2028, las 6 semanas obligatorias a jornada completa.\n2. Del 01/08 al 18/12/2028, a media jornada: al trabajar al 50 %, las 10 semanas que te quedan se reparten en 20 semanas naturales.\nLa referencia ante la Seguridad Social es PNCM-2028-5512. Un saludo, Personas.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'renuncia-puebla-traspaso-anunciado-y-hecho',
    title:
      'La analista de bajas valida la renuncia de Carla Estrada, anuncia que pasa el caso a nómina de finiquitos y lo pasa; nómina calcula el finiquito',
    domain: 'renuncias y finiquitos México',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf: 'lost_message: un traspaso anunciado en el texto que sí se realiza',
    request:
      'Carla Estrada Nava (núm. 2960, ejecutiva de cuenta, oficina Puebla) presentó su renuncia voluntaria con último día 15/07/2027. Ingreso 01/02/2024, salario diario $1,050.00. Por favor valida la renuncia y prepara su finiquito para firma.',
    topology: {
      shape: 'swarm',
      entry: 'analista_bajas',
      agents: ['analista_bajas', 'nomina_finiquitos'],
    },
    agents: [
      {
        name: 'analista_bajas',
        description: 'Valida renuncias y documentación de salida',
        instructions: 'Valida la renuncia y pasa el caso a nómina para el finiquito.',
        replies: [
          {
            call: 'validar_renuncia',
            args: { num_empleado: 2960, fecha_baja: '2027-07-15' },
            result:
              '{"carta_renuncia": "firmada 2027-06-30", "adeudos": [], "vacaciones_pendientes_dias": 6, "prestamos": 0, "estatus": "VALIDA"}',
          },
          {
            text: 'Renuncia válida (carta firmada 30/06, sin adeudos ni préstamos, 6 días de vacaciones pendientes). Paso el caso a nómina de finiquitos.',
            call: 'registrar_baja',
            args: { num_empleado: 2960, fecha_baja: '2027-07-15', causa: 'renuncia voluntaria' },
            result: 'Baja registrada BJ-2027-2960, aviso IDSE programado 15/07/2027.',
          },
          {
            handoff: 'nomina_finiquitos',
            message:
              'Finiquito de Carla Estrada Nava (2960): baja 15/07/2027 por renuncia, ingreso 01/02/2024, SD $1,050.00, 6 días de vacaciones pendientes del periodo anterior, baja BJ-2027-2960.',
          },
        ],
      },
      {
        name: 'nomina_finiquitos',
        description: 'Calcula finiquitos',
        instructions: 'Calcula el finiquito y déjalo listo para firma.',
        replies: [
          {
            call: 'calcular_finiquito',
            args: { num_empleado: 2960, fecha_baja: '2027-07-15', sd: 1050.0, vacaciones_pendientes: 6 },
            result:
              '{"dias_trabajados_pendientes": 15, "sueldo": 15750.00, "aguinaldo_proporcional": 8457.53, "vacaciones_dias": 14.14, "vacaciones_importe": 14847.00, "prima_vacacional": 3711.75, "total_percepciones": 42766.28, "isr": 5912.40, "neto": 36853.88, "documento": "FIN-2027-2960.pdf"}',
          },
          {
            say: '**Finiquito Carla Estrada Nava (2960) — baja 15/07/2027**\n\n| concepto | importe |\n|---|---|\n| sueldo 1–15 julio | $15,750.00 |\n| aguinaldo proporcional | $8,457.53 |\n| vacaciones (6 pendientes + 8.14 proporcionales) | $14,847.00 |\n| prima vacacional 25 % | $3,711.75 |\n| **total percepciones** | **$42,766.28** |\n| ISR | −$5,912.40 |\n| **neto** | **$36,853.88** |\n\nDocumento FIN-2027-2960.pdf listo para firma el 15/07.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'aguinaldo-2027-lideres-resumen-fiel-planta-corporativo',
    title:
      'Los líderes de planta y corporativo resumen en cifras redondeadas pero fieles el cálculo de aguinaldo de sus calculistas; el director consolida',
    domain: 'aguinaldo y nómina anual México',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: resúmenes de los líderes más cortos que el detalle de sus equipos, con exclusiones explicadas, todos fieles',
    request:
      'Aguinaldo 2027 de Manufacturas del Norte S.A. de C.V.: planta Saltillo y corporativo Monterrey. Se paga el 15/12/2027. Quiero bruto, ISR (con la exención de 30 UMA) y neto por unidad y total, y cualquier exclusión.',
    topology: {
      shape: 'nested',
      top: 'director_nomina',
      teams: {
        lider_planta: ['calculista_aguinaldo_planta'],
        lider_corporativo: ['calculista_aguinaldo_corp', 'validador_isr'],
      },
    },
    agents: [
      {
        name: 'director_nomina',
        description: 'Dirige la nómina del grupo',
        instructions: 'Pide el aguinaldo a cada unidad y consolida.',
        replies: [
          {
            handoff: 'lider_planta',
            message: 'Aguinaldo 2027 planta Saltillo: bruto, ISR y neto, pago 15/12. Avísame exclusiones.',
          },
          {
            handoff: 'lider_corporativo',
            message:
              'Aguinaldo 2027 corporativo Monterrey: bruto, ISR validado y neto, pago 15/12. Avísame exclusiones.',
          },
          {
            say: '## Aguinaldo 2027 — Manufacturas del Norte (pago 15/12/2027)\n\n| unidad | personas | bruto | ISR | neto |\n|---|---|---|---|---|\n| Planta Saltillo | 380 | $5,412,300.00 | $412,880.15 | $4,999,419.85 |\n| Corporativo Mty | 62 | $2,118,450.00 | $389,902.60 | $1,728,547.40 |\n| **total** | **442** | **$7,530,750.00** | **$802,782.75** | **$6,727,967.25** |\n\nExclusiones: 2 bajas de corporativo ya cobraron su proporcional en el finiquito.',
          },
        ],
      },
      {
        name: 'lider_planta',
        description: 'Líder de nómina de planta',
        instructions: 'Encarga el cálculo y reporta.',
        replies: [
          {
            handoff: 'calculista_aguinaldo_planta',
            message:
              'Calcula aguinaldo 2027 planta Saltillo (30 días por CCT, proporcional a días laborados), con exención 30 UMA.',
          },
          {
            say: 'Planta Saltillo: 380 personas, bruto $5.41 M ($5,412,300.00), ISR $412.9 mil ($412,880.15), neto $4,999,419.85. Sin exclusiones; 17 proporcionales por ingreso en el año.',
          },
        ],
      },
      {
        name: 'calculista_aguinaldo_planta',
        description: 'Calcula aguinaldo de planta',
        instructions: 'Calcula el aguinaldo.',
        replies: [
          {
            call: 'calcular_aguinaldo',
            args: { unidad: 'SALTILLO', anio: 2027, dias: 30, exento_uma: 30 },
            result:
              '{"personas": 380, "completos": 363, "proporcionales": 17, "bruto": 5412300.00, "exento": 4075920.00, "gravado": 1336380.00, "isr": 412880.15, "neto": 4999419.85}',
          },
          {
            say: 'Saltillo: 380 personas (363 completos, 17 proporcionales). Bruto $5,412,300.00; exento $4,075,920.00; gravado $1,336,380.00; ISR $412,880.15; neto $4,999,419.85.',
          },
        ],
      },
      {
        name: 'lider_corporativo',
        description: 'Líder de nómina corporativa',
        instructions: 'Encarga cálculo y validación de ISR, y reporta.',
        replies: [
          {
            handoff: 'calculista_aguinaldo_corp',
            message:
              'Aguinaldo 2027 corporativo Monterrey (20 días por política), proporcional, exención 30 UMA.',
          },
          {
            handoff: 'validador_isr',
            message: 'Valida el ISR del aguinaldo corporativo con art. 174 RLISR donde convenga.',
          },
          {
            say: 'Corporativo Mty: 62 personas, bruto $2.12 M ($2,118,450.00), ISR validado $389,902.60 (art. 174 aplicado a 41), neto $1,728,547.40. Excluidas 2 bajas de noviembre: su proporcional ya se pagó en el finiquito.',
          },
        ],
      },
      {
        name: 'calculista_aguinaldo_corp',
        description: 'Calcula aguinaldo corporativo',
        instructions: 'Calcula el aguinaldo.',
        replies: [
          {
            call: 'calcular_aguinaldo',
            args: { unidad: 'CORP-MTY', anio: 2027, dias: 20, exento_uma: 30 },
            result:
              '{"personas_activas": 62, "excluidos": [{"num": 7714, "motivo": "baja 2027-11-12, pagado en finiquito"}, {"num": 7802, "motivo": "baja 2027-11-28, pagado en finiquito"}], "bruto": 2118450.00, "isr_preliminar": 401337.90}',
          },
          {
            say: 'Corporativo: 62 activos, bruto $2,118,450.00, ISR preliminar $401,337.90. Excluidos 7714 y 7802 (bajas de noviembre, aguinaldo pagado en finiquito).',
          },
        ],
      },
      {
        name: 'validador_isr',
        description: 'Valida cálculos de ISR',
        instructions: 'Valida y ajusta el ISR.',
        replies: [
          {
            call: 'validar_isr_aguinaldo',
            args: { unidad: 'CORP-MTY', metodo: 'art174_si_menor' },
            result:
              '{"isr_validado": 389902.60, "aplicado_art174": 41, "diferencia_vs_preliminar": -11435.30}',
          },
          {
            say: 'ISR corporativo validado: $389,902.60 (art. 174 RLISR en 41 casos, −$11,435.30 frente al preliminar).',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch81Scenarios = [...faults, ...healthy];
