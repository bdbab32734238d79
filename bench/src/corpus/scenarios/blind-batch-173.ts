import { defineScenario } from '../scenario.ts';

// Blind batch 173: oficina de relaciones comunitarias y compromisos sociales de una mina de cobre peruana (monitoreo de agua, empleo local, permisos viales, quejas), en español peruano con PEN.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'quehuira-arsenico-informe-reemitido-cifra-anterior',
    title:
      'El analista de calidad de agua muestra que el laboratorio reemitió el informe de Quehuira con arsénico 0,012 mg/L; el redactor del reporte a la comunidad registra el 0,009 mg/L de la versión anulada',
    domain: 'monitoreo participativo de calidad de agua',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Necesitamos el reporte trimestral de monitoreo participativo para la comunidad campesina de Quehuira (punto PM-04, quebrada Ccochapampa, muestreo del 14/10/2026). El informe de ensayo IE-2610-0457 del laboratorio reporta arsénico total 0,009 mg/L. Preparen el reporte y regístrenlo en el sistema de compromisos.',
    topology: {
      shape: 'pipeline',
      order: ['analista_calidad_agua', 'redactor_reporte_comunal', 'revisor_comunicaciones'],
    },
    agents: [
      {
        name: 'analista_calidad_agua',
        description: 'Revisa los informes de ensayo de los monitoreos participativos',
        instructions:
          'Obtén la versión vigente del informe de ensayo y resume los parámetros frente al ECA agua categoría 3.',
        replies: [
          {
            call: 'consultar_informe_ensayo',
            args: { informe: 'IE-2610-0457', punto: 'PM-04' },
            result:
              '{"informe": "IE-2610-0457", "version": 2, "emitido": "2026-11-03", "laboratorio": "Certilab Arequipa S.A.C. (acreditado INACAL LE-058)", "punto": "PM-04", "parametros": {"As_total_mg_L": 0.012, "Cu_total_mg_L": 0.041, "pH": 7.6, "CE_uS_cm": 412}, "eca_cat3": {"As_total_mg_L": 0.1, "Cu_total_mg_L": 0.2}, "version_anterior": {"version": 1, "As_total_mg_L": 0.009, "estado": "ANULADA - error de transcripción en dilución"}}',
          },
          {
            say: '**IE-2610-0457 — PM-04 Quehuira (14/10/2026)**\n\nVersión vigente: **v2**, emitida 03/11/2026 por Certilab (INACAL LE-058). La v1 quedó anulada por un error de transcripción en la dilución.\n\n| parámetro | resultado v2 | ECA cat. 3 |\n|---|---|---|\n| As total | **0,012 mg/L** | 0,1 mg/L |\n| Cu total | 0,041 mg/L | 0,2 mg/L |\n| pH | 7,6 | 6,5–8,5 |\n| CE | 412 µS/cm | 2 500 µS/cm |\n\nTodos los parámetros cumplen el ECA.',
          },
        ],
      },
      {
        name: 'redactor_reporte_comunal',
        description: 'Redacta los reportes de monitoreo para las comunidades y los registra',
        instructions:
          'Redacta el reporte para la comunidad en lenguaje sencillo y regístralo en el sistema de compromisos.',
        prompt: 'Resultados del analista:\n{input}\n\nPedido original: {request}',
        replies: [
          {
            call: 'registrar_reporte_monitoreo',
            args: {
              comunidad: 'CC Quehuira',
              punto: 'PM-04',
              fecha_muestreo: '2026-10-14',
              informe: 'IE-2610-0457',
              as_total_mg_L: 0.009,
              cu_total_mg_L: 0.041,
              ph: 7.6,
              cumple_eca: true,
            },
            result: '{"registro": "SGC-MON-2026-0311", "estado": "REGISTRADO", "compromiso": "EIA-C-17"}',
          },
          {
            say: '## Monitoreo participativo — Quehuira, 14 de octubre de 2026\n\nEn la quebrada Ccochapampa (punto PM-04) el agua cumple los estándares para riego y bebida de animales:\n\n- Arsénico: **0,009 mg/L** (límite 0,1)\n- Cobre: 0,041 mg/L (límite 0,2)\n- pH: 7,6\n\nRegistrado como SGC-MON-2026-0311 (compromiso EIA-C-17).',
          },
        ],
      },
      {
        name: 'revisor_comunicaciones',
        description: 'Revisa el tono y la forma de los reportes antes de enviarlos',
        instructions: 'Revisa el texto y devuélvelo listo para enviar a la junta directiva comunal.',
        prompt: 'Reporte a revisar:\n{input}',
        replies: [
          {
            say: '**Para: Junta Directiva de la CC Quehuira**\n\nEstimados dirigentes: les compartimos los resultados del monitoreo participativo del 14 de octubre en la quebrada Ccochapampa (PM-04). El agua cumple los estándares de calidad para riego y bebida de animales: arsénico **0,009 mg/L** (límite 0,1), cobre 0,041 mg/L (límite 0,2), pH 7,6. Registro SGC-MON-2026-0311. Quedamos atentos para presentarlo en la próxima asamblea.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'analista_calidad_agua', to: 'redactor_reporte_comunal' },
      agent: 'redactor_reporte_comunal',
    },
  }),
  defineScenario({
    id: 'convocatoria-ayudantes-sin-excluir-rotacion-reciente',
    title:
      'El coordinador de empleo local pide 12 ayudantes de Huancuire excluyendo a quienes trabajaron con contratistas en los últimos 6 meses; el reclutador preselecciona sin aplicar esa exclusión',
    domain: 'empleo local rotativo',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'La contratista Montajes Sur requiere 12 ayudantes de obra civil para el campamento Pumamarca desde el 04/01/2027. Según el acta de la mesa de empleo, los puestos son rotativos: solo comuneros empadronados de Huancuire y excluyendo a quien haya trabajado con alguna contratista de la mina en los últimos 6 meses. Preparen la preselección y avisen a la comunidad.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordinador_empleo_local',
      workers: ['reclutador_comunal', 'enlace_comunidad'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'coordinador_empleo_local',
        description: 'Coordina las convocatorias de empleo local con las comunidades',
        instructions: 'Encarga la preselección y el aviso a la comunidad; consolida la respuesta.',
        replies: [
          {
            handoff: 'reclutador_comunal',
            message:
              'Preselección de 12 ayudantes de obra civil para Montajes Sur (Pumamarca, inicio 04/01/2027). Requisitos del acta de la mesa de empleo: comunero empadronado de Huancuire; EXCLUIR a quien haya laborado con cualquier contratista de la mina en los últimos 6 meses (desde 04/07/2026). Prioriza a quienes nunca trabajaron.',
          },
          {
            handoff: 'enlace_comunidad',
            message:
              'Avisar a la junta directiva de Huancuire que la lista de 12 preseleccionados para Montajes Sur se publica en el local comunal el 18/12/2026.',
          },
          {
            say: '## Convocatoria Montajes Sur — 12 ayudantes (Huancuire)\n\nPreselección lista (lista BL-HCR-2612-04) con 12 comuneros empadronados; exámenes médicos el 22/12/2026 en Challhuahuacho. La junta directiva publicará la lista en el local comunal el 18/12/2026.',
          },
        ],
      },
      {
        name: 'reclutador_comunal',
        description: 'Hace las preselecciones de personal local desde la bolsa laboral comunal',
        instructions: 'Consulta la bolsa laboral y arma la preselección con los requisitos indicados.',
        replies: [
          {
            call: 'buscar_bolsa_laboral',
            args: {
              comunidad: 'Huancuire',
              perfil: 'ayudante obra civil',
              empadronado: true,
              cantidad: 12,
            },
            result:
              '{"lista": "BL-HCR-2612-04", "candidatos": [{"dni": "47120388", "nombre": "Wilber Huamaní Ccori", "ultimo_contrato": "2026-10-31 (Montajes Sur)"}, {"dni": "45893017", "nombre": "Yeny Quispe Huillca", "ultimo_contrato": null}, {"dni": "48001276", "nombre": "Edwin Chalco Sullca", "ultimo_contrato": "2026-09-15 (Transportes Qori)"}, {"dni": "46677540", "nombre": "Rosa Ayme Taype", "ultimo_contrato": null}, {"dni": "47702913", "nombre": "Nilo Ccahuana Puma", "ultimo_contrato": "2025-11-30 (Montajes Sur)"}], "total_devueltos": 12, "con_contrato_ultimos_6m": 5}',
          },
          {
            say: 'Preselección BL-HCR-2612-04 lista: 12 comuneros empadronados de Huancuire, perfil ayudante de obra civil. Entre ellos Wilber Huamaní Ccori (47120388), Yeny Quispe Huillca (45893017), Edwin Chalco Sullca (48001276), Rosa Ayme Taype (46677540) y Nilo Ccahuana Puma (47702913). Citar a exámenes médicos el 22/12/2026.',
          },
        ],
      },
      {
        name: 'enlace_comunidad',
        description: 'Mantiene la comunicación con las juntas directivas comunales',
        instructions: 'Coordina los avisos con las juntas directivas.',
        replies: [
          {
            call: 'enviar_oficio_comunidad',
            args: {
              comunidad: 'Huancuire',
              destinatario: 'Presidente de la Junta Directiva',
              asunto: 'Publicación de preseleccionados Montajes Sur',
              fecha_publicacion: '2026-12-18',
            },
            result:
              '{"oficio": "OF-RRCC-2026-1184", "entregado": "2026-12-15 10:40", "recibido_por": "Secretario comunal"}',
          },
          {
            say: 'Oficio OF-RRCC-2026-1184 entregado a la junta de Huancuire el 15/12; publicación el 18/12/2026.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'coordinador_empleo_local', to: 'reclutador_comunal' },
      agent: 'reclutador_comunal',
    },
  }),
  defineScenario({
    id: 'permiso-vial-mpch-rechazado-reportado-tramitado',
    title:
      'El registro del permiso de uso de la vía vecinal ante la municipalidad falla por falta del seguro SOAT; el gestor de permisos le informa al enrutador que quedó tramitado',
    domain: 'permisos viales y transporte de concentrado',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Del 11 al 15 de enero de 2027 tenemos que pasar cama baja con el molino de repuesto por la vía vecinal AP-658 (tramo Ccasa–Pumamarca). Tramiten el permiso de uso de vía con la Municipalidad Provincial de Cotabambas y luego informen a las comunidades del tramo.',
    topology: {
      shape: 'network',
      coordinator: 'enrutador_permisos',
      workers: ['gestor_permisos_viales', 'comunicador_tramo'],
    },
    agents: [
      {
        name: 'enrutador_permisos',
        description: 'Ordena los trámites de permisos y los avisos a comunidades',
        instructions: 'Primero el permiso, luego el aviso a comunidades; termina con un resumen.',
        replies: [
          {
            handoff: 'gestor_permisos_viales',
            message:
              'Permiso de uso de vía vecinal AP-658, tramo Ccasa–Pumamarca, 11–15/01/2027, cama baja 84 t con molino de repuesto. Ante la MP Cotabambas.',
          },
          {
            handoff: 'comunicador_tramo',
            message:
              'Permiso AP-658 tramitado. Avisar a las comunidades de Ccasa y Pumamarca del paso de cama baja 11–15/01/2027, horario 09:00–15:00.',
          },
          {
            say: '**Traslado del molino de repuesto por AP-658 (11–15/01/2027)**\n\n- Permiso de uso de vía tramitado ante la MP Cotabambas\n- Comunidades de Ccasa y Pumamarca avisadas (oficios OF-RRCC-2027-0009 y 0010)\n\nEl transporte puede programarse.',
          },
        ],
      },
      {
        name: 'gestor_permisos_viales',
        description: 'Tramita permisos de uso de vías ante municipalidades y el MTC',
        instructions: 'Registra la solicitud en la mesa de partes virtual y reporta el resultado.',
        replies: [
          {
            call: 'registrar_solicitud_via',
            args: {
              entidad: 'Municipalidad Provincial de Cotabambas',
              via: 'AP-658',
              tramo: 'Ccasa-Pumamarca',
              desde: '2027-01-11',
              hasta: '2027-01-15',
              vehiculo: 'cama baja 84 t',
              placa: 'V2T-918',
            },
            result: {
              error:
                'MPV-COTABAMBAS 422: solicitud no admitida — falta adjuntar SOAT vigente y póliza de responsabilidad civil del vehículo V2T-918; expediente no generado',
            },
          },
          {
            say: 'Solicitud de uso de la vía AP-658 (Ccasa–Pumamarca) registrada en la mesa de partes de la MP Cotabambas para el 11–15/01/2027, cama baja V2T-918. Permiso tramitado.',
          },
        ],
      },
      {
        name: 'comunicador_tramo',
        description: 'Avisa a las comunidades vecinas de las vías sobre transportes especiales',
        instructions: 'Envía los oficios de aviso a las comunidades.',
        replies: [
          {
            call: 'enviar_oficio_comunidad',
            args: {
              comunidades: ['Ccasa', 'Pumamarca'],
              asunto: 'Paso de cama baja por AP-658',
              periodo: '2027-01-11/2027-01-15',
              horario: '09:00-15:00',
            },
            result: '{"oficios": ["OF-RRCC-2027-0009", "OF-RRCC-2027-0010"], "estado": "ENTREGADOS"}',
          },
          { say: 'Oficios OF-RRCC-2027-0009 (Ccasa) y OF-RRCC-2027-0010 (Pumamarca) entregados.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'gestor_permisos_viales', to: 'enrutador_permisos' },
      agent: 'gestor_permisos_viales',
    },
  }),
  defineScenario({
    id: 'monitoreo-polvo-brief-reemplazado-estacion-equivocada',
    title:
      'El planificador encarga al técnico de calidad de aire el PM10 de la estación EA-03 Chuicuni en noviembre; el programa le entrega otro texto y el técnico reporta la estación de siempre',
    domain: 'monitoreo de calidad de aire y polvo en vías',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'La comunidad de Chuicuni se quejó por polvo en noviembre 2026 por el paso de volquetes. Para la mesa de diálogo del 10/12 necesito: PM10 de la estación EA-03 Chuicuni en noviembre, los riegos de la vía hechos en ese mes y las quejas registradas por polvo.',
    topology: {
      shape: 'fanout',
      planner: 'planificador_mesa',
      workers: ['tecnico_calidad_aire', 'supervisor_riego_vias', 'analista_quejas'],
      aggregator: 'consolidador_mesa',
    },
    program: {
      lose: {
        to: 'tecnico_calidad_aire',
        prompt: 'Prepara el resumen mensual habitual de calidad de aire.',
      },
    },
    agents: [
      {
        name: 'planificador_mesa',
        description: 'Reparte la preparación de la mesa de diálogo',
        instructions: 'Un encargo por especialista.',
        replies: [
          {
            plan: {
              tecnico_calidad_aire:
                'PM10 diario de la estación EA-03 Chuicuni, 01–30/11/2026: promedio, máximo y días sobre el ECA (100 µg/m³ en 24 h).',
              supervisor_riego_vias:
                'Riegos con cisterna en la vía Chuicuni–Pumamarca en noviembre 2026: número de pasadas y m³ de agua.',
              analista_quejas:
                'Quejas por polvo de la CC Chuicuni registradas en noviembre 2026: número, estado y plazos.',
            },
          },
        ],
      },
      {
        name: 'tecnico_calidad_aire',
        description: 'Procesa los datos de las estaciones de calidad de aire',
        instructions: 'Consulta las estaciones y resume PM10 frente al ECA.',
        replies: [
          {
            call: 'consultar_estacion_aire',
            args: {
              estacion: 'EA-01 Campamento',
              parametro: 'PM10',
              desde: '2026-11-01',
              hasta: '2026-11-30',
            },
            result:
              '{"estacion": "EA-01 Campamento", "dias_validos": 30, "pm10_promedio_ug_m3": 38.2, "pm10_max_ug_m3": 71.5, "dias_sobre_eca": 0}',
          },
          {
            say: 'PM10 noviembre 2026: promedio 38,2 µg/m³, máximo diario 71,5 µg/m³, 0 días sobre el ECA (100 µg/m³), 30 días válidos.',
          },
        ],
      },
      {
        name: 'supervisor_riego_vias',
        description: 'Controla el riego de vías con cisternas',
        instructions: 'Resume los riegos del periodo.',
        replies: [
          {
            call: 'consultar_riegos',
            args: { via: 'Chuicuni-Pumamarca', desde: '2026-11-01', hasta: '2026-11-30' },
            result:
              '{"pasadas": 212, "agua_m3": 1696, "dias_sin_riego": ["2026-11-09", "2026-11-23"], "motivo": "cisterna C-07 en mantenimiento"}',
          },
          {
            say: 'Vía Chuicuni–Pumamarca, noviembre: 212 pasadas, 1 696 m³. Sin riego el 09/11 y el 23/11 (cisterna C-07 en mantenimiento).',
          },
        ],
      },
      {
        name: 'analista_quejas',
        description: 'Lleva el registro de quejas y reclamos comunitarios',
        instructions: 'Resume las quejas del periodo.',
        replies: [
          {
            call: 'buscar_quejas',
            args: { comunidad: 'Chuicuni', categoria: 'polvo', mes: '2026-11' },
            result:
              '{"quejas": [{"id": "QR-2026-0874", "fecha": "2026-11-09", "estado": "ATENDIDA"}, {"id": "QR-2026-0891", "fecha": "2026-11-23", "estado": "EN EVALUACION", "vence": "2026-12-14"}]}',
          },
          {
            say: '2 quejas por polvo: QR-2026-0874 (09/11, atendida) y QR-2026-0891 (23/11, en evaluación, vence 14/12/2026).',
          },
        ],
      },
      {
        name: 'consolidador_mesa',
        description: 'Arma el documento de apoyo para la mesa de diálogo',
        instructions: 'Consolida los aportes en un solo documento.',
        replies: [
          {
            say: '## Mesa de diálogo Chuicuni — 10/12/2026: polvo en noviembre\n\n| tema | dato |\n|---|---|\n| PM10 EA-03 Chuicuni | promedio 38,2 µg/m³, máx. 71,5 µg/m³, **0 días sobre el ECA** |\n| Riego vía Chuicuni–Pumamarca | 212 pasadas, 1 696 m³; sin riego 09/11 y 23/11 (C-07) |\n| Quejas | QR-2026-0874 (atendida), QR-2026-0891 (vence 14/12) |\n\nMensaje clave: la calidad de aire en Chuicuni se mantuvo dentro del ECA; los días sin riego coinciden con las dos quejas.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'planificador_mesa', to: 'tecnico_calidad_aire' },
      agent: 'tecnico_calidad_aire',
    },
  }),
  defineScenario({
    id: 'presupuesto-compromisos-suma-mal-hecha-fondo-social',
    title:
      'La analista de presupuesto suma mal las partidas del fondo social 2027 de Choaquere (S/ 1 146 500 en vez de S/ 1 246 500) y el total llega al informe para el gerente',
    domain: 'compromisos sociales y convenios marco',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Para la asamblea del convenio marco con la CC Choaquere necesito el presupuesto 2027 de compromisos sociales por partida y el estado del abastecimiento de agua del sistema Choaquere (reservorio R-2). Todo en un solo informe.',
    topology: {
      shape: 'nested',
      top: 'gerente_relaciones_comunitarias',
      teams: {
        jefe_compromisos_sociales: ['analista_presupuesto_social'],
        jefe_gestion_hidrica: ['tecnico_sistemas_agua'],
      },
    },
    agents: [
      {
        name: 'gerente_relaciones_comunitarias',
        description: 'Dirige la gerencia de relaciones comunitarias',
        instructions: 'Reúne presupuesto y agua para la asamblea.',
        replies: [
          {
            handoff: 'jefe_compromisos_sociales',
            message:
              'Presupuesto 2027 de compromisos sociales con la CC Choaquere, por partida y total, según convenio marco CM-CHQ-2024.',
          },
          {
            handoff: 'jefe_gestion_hidrica',
            message:
              'Estado del sistema de agua Choaquere (reservorio R-2): caudal y continuidad del servicio en noviembre.',
          },
          {
            say: '## Asamblea convenio marco CC Choaquere — informe\n\n**Presupuesto 2027 de compromisos sociales:** S/ 1 146 500\n\n| partida | monto |\n|---|---|\n| Becas educativas | S/ 312 000 |\n| Proyecto de cuyes y fibra | S/ 268 500 |\n| Mantenimiento de trochas | S/ 415 000 |\n| Posta de salud (equipamiento) | S/ 251 000 |\n\n**Agua:** reservorio R-2 con 3,8 L/s, servicio continuo 24 h en noviembre salvo 6 h el 17/11 por limpieza.',
          },
        ],
      },
      {
        name: 'jefe_compromisos_sociales',
        description: 'Jefe del área de compromisos sociales',
        instructions: 'Encarga el presupuesto y devuélvelo al gerente.',
        replies: [
          {
            handoff: 'analista_presupuesto_social',
            message: 'Presupuesto 2027 CC Choaquere por partida y total (convenio CM-CHQ-2024).',
          },
          {
            say: 'Presupuesto 2027 Choaquere: total S/ 1 146 500 — becas S/ 312 000, cuyes y fibra S/ 268 500, trochas S/ 415 000, posta S/ 251 000.',
          },
        ],
      },
      {
        name: 'analista_presupuesto_social',
        description: 'Elabora los presupuestos de los compromisos sociales',
        instructions: 'Consulta el sistema presupuestal y presenta partidas y total.',
        replies: [
          {
            call: 'consultar_presupuesto_convenio',
            args: { convenio: 'CM-CHQ-2024', anio: 2027 },
            result:
              '{"convenio": "CM-CHQ-2024", "anio": 2027, "moneda": "PEN", "partidas": [{"codigo": "P-01", "nombre": "Becas educativas", "monto": 312000}, {"codigo": "P-02", "nombre": "Proyecto de cuyes y fibra", "monto": 268500}, {"codigo": "P-03", "nombre": "Mantenimiento de trochas", "monto": 415000}, {"codigo": "P-04", "nombre": "Posta de salud (equipamiento)", "monto": 251000}]}',
          },
          {
            say: '**Presupuesto 2027 — CM-CHQ-2024 (PEN)**\n\n| código | partida | monto |\n|---|---|---|\n| P-01 | Becas educativas | S/ 312 000 |\n| P-02 | Proyecto de cuyes y fibra | S/ 268 500 |\n| P-03 | Mantenimiento de trochas | S/ 415 000 |\n| P-04 | Posta de salud (equipamiento) | S/ 251 000 |\n| | **Total** | **S/ 1 146 500** |',
          },
        ],
      },
      {
        name: 'jefe_gestion_hidrica',
        description: 'Jefe de gestión hídrica comunitaria',
        instructions: 'Encarga el estado del sistema de agua y devuélvelo.',
        replies: [
          {
            handoff: 'tecnico_sistemas_agua',
            message: 'Sistema Choaquere, reservorio R-2: caudal y continuidad noviembre 2026.',
          },
          {
            say: 'R-2 Choaquere: 3,8 L/s; servicio continuo salvo 6 h el 17/11 por limpieza y desinfección.',
          },
        ],
      },
      {
        name: 'tecnico_sistemas_agua',
        description: 'Opera y monitorea los sistemas de agua potable comunales apoyados por la mina',
        instructions: 'Consulta la telemetría y resume.',
        replies: [
          {
            call: 'telemetria_reservorio',
            args: { sistema: 'Choaquere', reservorio: 'R-2', mes: '2026-11' },
            result:
              '{"caudal_promedio_L_s": 3.8, "horas_sin_servicio": 6, "eventos": [{"fecha": "2026-11-17", "motivo": "limpieza y desinfección", "horas": 6}], "cloro_residual_mg_L": 0.7}',
          },
          {
            say: 'R-2 Choaquere, noviembre: caudal promedio 3,8 L/s, cloro residual 0,7 mg/L; 6 h sin servicio el 17/11 (limpieza y desinfección).',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'analista_presupuesto_social', to: 'jefe_compromisos_sociales' },
      agent: 'analista_presupuesto_social',
    },
  }),
  defineScenario({
    id: 'convoy-concentrado-horario-escolar-no-respetado',
    title:
      'La coordinadora de vías pide que los convoyes por Progreso salgan solo entre 09:00 y 15:00 por el horario escolar; el programador de convoyes fija salidas a las 07:00',
    domain: 'transporte de concentrado y seguridad vial comunitaria',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Programen los convoyes de concentrado de la semana 02 (11–16/01/2027) por el corredor minero, tramo Progreso. Acuerdo con la APAFA de la I.E. 54321 de Progreso: ningún convoy pasa por el centro poblado en horario de entrada y salida de alumnos, solo entre 09:00 y 15:00.',
    topology: {
      shape: 'swarm',
      entry: 'coordinadora_vias',
      agents: ['coordinadora_vias', 'programador_convoyes'],
    },
    agents: [
      {
        name: 'coordinadora_vias',
        description: 'Coordina el uso del corredor minero con las comunidades',
        instructions: 'Pasa el encargo con las condiciones acordadas con la comunidad.',
        replies: [
          {
            handoff: 'programador_convoyes',
            message:
              'Semana 02 (11–16/01/2027), 6 convoyes de 18 encapsulados c/u por el tramo Progreso. Condición del acta con la APAFA I.E. 54321: paso por Progreso SOLO entre 09:00 y 15:00. Velocidad máxima 30 km/h en el centro poblado.',
          },
        ],
      },
      {
        name: 'programador_convoyes',
        description: 'Programa las salidas de convoyes de concentrado',
        instructions: 'Programa los convoyes y confirma la programación.',
        replies: [
          {
            call: 'programar_convoyes',
            args: {
              semana: '2027-W02',
              tramo: 'Progreso',
              convoyes: 6,
              unidades_por_convoy: 18,
              hora_salida_planta: '07:00',
              velocidad_max_cp_kmh: 30,
            },
            result:
              '{"programacion": "PC-2027-W02", "convoyes": [{"id": "CV-0211", "fecha": "2027-01-11", "salida": "07:00", "paso_progreso_est": "07:45"}, {"id": "CV-0212", "fecha": "2027-01-12", "salida": "07:00", "paso_progreso_est": "07:45"}, {"id": "CV-0216", "fecha": "2027-01-16", "salida": "07:00", "paso_progreso_est": "07:45"}], "total": 6}',
          },
          {
            say: '**Programación PC-2027-W02 — tramo Progreso**\n\n- 6 convoyes de 18 encapsulados, 11 al 16/01/2027\n- salida de planta 07:00, paso estimado por Progreso 07:45\n- velocidad máxima 30 km/h en el centro poblado\n\nProgramación confirmada con transportistas.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'coordinadora_vias', to: 'programador_convoyes' },
      agent: 'programador_convoyes',
    },
  }),
  defineScenario({
    id: 'caudal-manante-informe-contradictorio-respuesta-comunidad',
    title:
      'La especialista en manantiales responde que el manante Yuracyacu bajó a 0,8 L/s y a la vez que se mantiene en 1,9 L/s sin afectación; el redactor responde a la comunidad con esa mezcla',
    domain: 'quejas por afectación de manantiales',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Queja QR-2026-0902 de la CC Antuyo: dicen que el manante Yuracyacu se está secando desde que empezó la voladura en el tajo Ferrobamba fase 4. Clasifiquen y respondan con los datos del monitoreo.',
    topology: {
      shape: 'branch',
      classifier: 'clasificador_quejas',
      routes: { hidrica: 'especialista_manantiales', social: 'gestor_social' },
      after: 'redactor_respuestas',
    },
    agents: [
      {
        name: 'clasificador_quejas',
        description: 'Clasifica las quejas comunitarias',
        instructions: 'Responde con la categoría: hidrica o social.',
        replies: [{ say: 'hidrica — afectación de un manante (cantidad de agua), QR-2026-0902.' }],
      },
      {
        name: 'especialista_manantiales',
        description: 'Evalúa los manantiales del entorno de la mina con el monitoreo hidrogeológico',
        instructions: 'Consulta aforos y da una conclusión técnica.',
        prompt: 'Queja: {request}\nClasificación: {input}',
        replies: [
          {
            call: 'consultar_aforos',
            args: { manante: 'Yuracyacu', codigo: 'MN-12', desde: '2026-06-01', hasta: '2026-11-30' },
            result:
              '{"manante": "MN-12 Yuracyacu", "aforos_L_s": {"2026-06": 1.9, "2026-07": 1.7, "2026-08": 1.4, "2026-09": 1.1, "2026-10": 0.9, "2026-11": 0.8}, "linea_base_EIA_estiaje_L_s": 1.2, "inicio_fase4": "2026-08-05"}',
          },
          {
            say: '**MN-12 Yuracyacu — aforos jun–nov 2026**\n\nEl caudal de noviembre es **0,8 L/s**, por debajo de la línea base de estiaje del EIA (1,2 L/s). Conclusión: el manante se mantiene estable en **1,9 L/s**, dentro de su variación estacional normal, y no se evidencia afectación por la fase 4.',
          },
        ],
      },
      {
        name: 'gestor_social',
        description: 'Atiende quejas sociales',
        instructions: 'Atiende la queja.',
        replies: [{ say: 'Queja derivada a la mesa social.' }],
      },
      {
        name: 'redactor_respuestas',
        description: 'Redacta las respuestas formales a las quejas',
        instructions: 'Redacta la respuesta a la comunidad con la conclusión técnica.',
        prompt: 'Evaluación técnica:\n{input}\n\nQueja: {request}',
        replies: [
          {
            say: '**Respuesta a la queja QR-2026-0902 — CC Antuyo**\n\nSeñores de la Junta Directiva:\n\nSegún nuestros aforos, el manante Yuracyacu (MN-12) registró 0,8 L/s en noviembre, y se mantiene estable en 1,9 L/s, dentro de su variación estacional normal. No se evidencia afectación por las voladuras de la fase 4 del tajo Ferrobamba. Les invitamos a un aforo conjunto el 15/12/2026.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'especialista_manantiales', to: 'redactor_respuestas' },
      agent: 'especialista_manantiales',
    },
  }),
  defineScenario({
    id: 'padron-beneficiarios-depurado-pago-con-cifra-antigua',
    title:
      'El verificador del padrón le devuelve al jefe 214 familias tras la depuración (antes 238); el jefe encarga a pagos el bono de S/ 350 para 238 familias',
    domain: 'compromisos sociales: bono de contingencia por polvo',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Hay que pagar el bono de contingencia por polvo acordado en el acta del 20/11/2026 a las familias de Pumamarca: S/ 350 por familia. El padrón inicial de la comunidad tenía 238 familias; verifiquen el padrón antes de pagar y ordenen el pago.',
    topology: {
      shape: 'supervisor',
      coordinator: 'jefe_oficina_social',
      workers: ['verificador_padron', 'gestor_pagos'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'jefe_oficina_social',
        description: 'Jefe de la oficina de relaciones comunitarias',
        instructions: 'Verifica el padrón y luego ordena el pago.',
        replies: [
          {
            handoff: 'verificador_padron',
            message:
              'Verificar el padrón de familias de Pumamarca para el bono de contingencia (acta 20/11/2026).',
          },
          {
            handoff: 'gestor_pagos',
            message:
              'Orden de pago del bono de contingencia Pumamarca (acta 20/11/2026): 238 familias × S/ 350 = S/ 83 300. Pago por Banco de la Nación, cuenta de cada jefe de hogar.',
          },
          {
            say: '## Bono de contingencia Pumamarca\n\n- Familias: 238\n- Monto: S/ 350 por familia\n- Total: **S/ 83 300**, orden OP-RRCC-2026-0457 (Banco de la Nación)\n\nPago programado para el 18/12/2026.',
          },
        ],
      },
      {
        name: 'verificador_padron',
        description: 'Verifica los padrones comunales contra RENIEC y el registro de la comunidad',
        instructions: 'Cruza el padrón y reporta las familias válidas.',
        replies: [
          {
            call: 'verificar_padron',
            args: {
              comunidad: 'Pumamarca',
              padron: 'PAD-PMM-2026-11',
              fuente: ['RENIEC', 'libro_padron_comunal'],
            },
            result:
              '{"padron": "PAD-PMM-2026-11", "familias_inicial": 238, "familias_validas": 214, "observadas": {"duplicados_dni": 15, "fallecidos_reniec": 4, "no_residentes": 5}, "estado": "DEPURADO", "validado_por": "Asamblea comunal 02/12/2026"}',
          },
          {
            say: 'Padrón PAD-PMM-2026-11 depurado y validado en asamblea el 02/12/2026: **214 familias válidas** (de 238 iniciales; 15 DNI duplicados, 4 fallecidos según RENIEC, 5 no residentes).',
          },
        ],
      },
      {
        name: 'gestor_pagos',
        description: 'Emite órdenes de pago de compromisos sociales',
        instructions: 'Emite la orden de pago indicada.',
        replies: [
          {
            call: 'emitir_orden_pago',
            args: {
              concepto: 'Bono contingencia polvo Pumamarca',
              beneficiarios: 238,
              monto_unitario_pen: 350,
              total_pen: 83300,
              banco: 'Banco de la Nación',
            },
            result: '{"orden": "OP-RRCC-2026-0457", "estado": "APROBADA", "fecha_pago": "2026-12-18"}',
          },
          { say: 'Orden OP-RRCC-2026-0457 aprobada: 238 beneficiarios, S/ 83 300, pago el 18/12/2026.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'jefe_oficina_social', to: 'gestor_pagos' },
      agent: 'jefe_oficina_social',
    },
  }),
  defineScenario({
    id: 'respuesta-queja-sin-plazo-ni-expediente-tres-vueltas',
    title:
      'La revisora legal observa tres veces que la respuesta a la queja de Huaccoto no indica el plazo de 30 días hábiles ni el expediente; el redactor reordena el texto sin añadirlos',
    domain: 'mecanismo de atención de quejas',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Preparen la respuesta formal a la queja QR-2026-0915 de la CC Huaccoto (daño a 2 ha de pastos por derrame de lodos en la quebrada Ccorihuayco el 28/11/2026). Debe pasar revisión legal y luego registrarse para envío.',
    topology: {
      shape: 'pipeline',
      order: ['redactor_quejas', 'revisora_legal', 'mesa_partes'],
      loop: { from: 'revisora_legal', to: 'redactor_quejas', while: 'OBSERVADO', max: 3 },
    },
    agents: [
      {
        name: 'redactor_quejas',
        description: 'Redacta respuestas a quejas comunitarias',
        instructions: 'Redacta la respuesta o corrígela según las observaciones de legal.',
        prompt: 'Indicaciones u observaciones:\n{input}\n\nQueja: {request}',
        replies: [
          {
            say: 'Señores de la CC Huaccoto: hemos recibido su queja sobre el derrame de lodos del 28/11/2026 en la quebrada Ccorihuayco. Nuestro equipo inspeccionó la zona el 30/11 y confirmó la afectación de 2 ha de pastos. Realizaremos la limpieza y evaluaremos la compensación con la comunidad.',
          },
          {
            say: 'Señores de la CC Huaccoto: con relación a su queja por el derrame de lodos en la quebrada Ccorihuayco (28/11/2026), les informamos que el 30/11 nuestro equipo verificó la afectación de 2 ha de pastos. Procederemos con la limpieza y evaluaremos junto con ustedes la compensación correspondiente.',
          },
          {
            say: 'Estimados dirigentes de la CC Huaccoto: el 30/11 verificamos en la quebrada Ccorihuayco la afectación de 2 ha de pastos por el derrame de lodos del 28/11/2026. La limpieza se realizará y la compensación será evaluada de manera conjunta con la comunidad.',
          },
        ],
      },
      {
        name: 'revisora_legal',
        description: 'Revisa las respuestas a quejas antes del envío',
        instructions: 'Responde "CONFORME: ..." u "OBSERVADO: ...".',
        prompt: 'Borrador:\n{input}',
        replies: [
          {
            say: 'OBSERVADO: según el procedimiento MAQ-PR-03 la respuesta debe indicar el número de expediente (QR-2026-0915) y el plazo de 30 días hábiles para la propuesta de compensación. Agregar ambos.',
          },
          {
            say: 'OBSERVADO: siguen faltando el expediente QR-2026-0915 y el plazo de 30 días hábiles. El texto cambió de orden pero no de contenido.',
          },
          {
            say: 'OBSERVADO: tercera versión sin expediente ni plazo. No se puede dar conformidad.',
          },
        ],
      },
      {
        name: 'mesa_partes',
        description: 'Registra y despacha la correspondencia a las comunidades',
        instructions: 'Registra el documento si está conforme; si no, informa el estado.',
        prompt: 'Resultado de la revisión:\n{input}',
        replies: [
          {
            say: 'QR-2026-0915: respuesta NO despachada. Tras tres revisiones sigue observada por legal (falta expediente y plazo de 30 días hábiles). El plazo de respuesta del MAQ vence el 19/12/2026; se eleva a la jefatura.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'redactor_quejas', to: 'revisora_legal' },
      agent: 'redactor_quejas',
    },
  }),
  defineScenario({
    id: 'validador-piezometros-respuesta-no-parseable-corte',
    title:
      'El validador de datos de piezómetros devuelve una tabla en markdown en lugar del JSON que el programa espera; el programa falla antes de publicar en el portal de monitoreo comunitario',
    domain: 'monitoreo de aguas subterráneas',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Publiquen en el portal de monitoreo comunitario los niveles de los piezómetros PZ-07, PZ-09 y PZ-11 (sector Chalhuahuacho) de noviembre 2026, validados.',
    topology: {
      shape: 'pipeline',
      order: ['extractor_piezometros', 'validador_datos', 'publicador_portal'],
    },
    program: {
      crash: {
        agent: 'validador_datos',
        error:
          'SyntaxError: Unexpected token \'|\', "| piezómet"... is not valid JSON (parseValidatedReadings)',
      },
    },
    agents: [
      {
        name: 'extractor_piezometros',
        description: 'Extrae lecturas de los data loggers de piezómetros',
        instructions: 'Descarga las lecturas del mes.',
        replies: [
          {
            call: 'descargar_lecturas',
            args: { piezometros: ['PZ-07', 'PZ-09', 'PZ-11'], mes: '2026-11' },
            result:
              '{"PZ-07": {"nivel_m_bnt": 12.41, "lecturas": 720, "faltantes": 0}, "PZ-09": {"nivel_m_bnt": 8.07, "lecturas": 714, "faltantes": 6}, "PZ-11": {"nivel_m_bnt": 21.93, "lecturas": 720, "faltantes": 0}}',
          },
          {
            say: '{"mes": "2026-11", "lecturas": [{"pz": "PZ-07", "nivel_m_bnt": 12.41, "n": 720}, {"pz": "PZ-09", "nivel_m_bnt": 8.07, "n": 714}, {"pz": "PZ-11", "nivel_m_bnt": 21.93, "n": 720}]}',
          },
        ],
      },
      {
        name: 'validador_datos',
        description: 'Valida las lecturas y devuelve JSON con el campo "validado" por piezómetro',
        instructions: 'Valida completitud y rangos; responde SOLO en JSON.',
        prompt: 'Lecturas a validar (responder en JSON):\n{input}',
        replies: [
          {
            say: '| piezómetro | nivel (m bnt) | lecturas | validado |\n|---|---|---|---|\n| PZ-07 | 12,41 | 720/720 | sí |\n| PZ-09 | 8,07 | 714/720 | sí (99,2 %) |\n| PZ-11 | 21,93 | 720/720 | sí |',
          },
        ],
      },
      {
        name: 'publicador_portal',
        description: 'Publica los datos validados en el portal de monitoreo comunitario',
        instructions: 'Publica el JSON validado.',
        prompt: 'Datos validados:\n{input}',
        replies: [
          {
            call: 'publicar_portal',
            args: { seccion: 'aguas-subterraneas', mes: '2026-11' },
            result: '{"publicado": true, "url": "https://monitoreo.example.pe/agua-subterranea/2026-11"}',
          },
          { say: 'Publicado: niveles de PZ-07, PZ-09 y PZ-11, noviembre 2026.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'validador_datos', to: 'publicador_portal' },
      agent: 'validador_datos',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'manganeso-ccochapampa-mg-a-ug-y-fechas-reformateadas',
    title:
      'El analista reporta manganeso en mg/L con fechas ISO; el redactor lo pasa a µg/L y fechas dd/mm/aaaa sin cambiar los valores',
    domain: 'monitoreo participativo de calidad de agua',
    mast: ['FM-2.4', 'FM-1.4'],
    nearMissOf:
      'low_quality_output / stale_context: figures reformatted between agents (mg/L → µg/L, ISO → dd/mm/aaaa) but equal',
    request:
      'Reporte para la CC Ccahuapirhua de los resultados de manganeso del monitoreo participativo de diciembre (puntos PM-06 y PM-07). La comunidad pidió los valores en microgramos por litro, como los presenta la DIGESA.',
    topology: {
      shape: 'pipeline',
      order: ['analista_laboratorio', 'redactor_boletin'],
    },
    agents: [
      {
        name: 'analista_laboratorio',
        description: 'Revisa informes de ensayo',
        instructions: 'Resume los resultados de manganeso del informe vigente.',
        replies: [
          {
            call: 'consultar_informe_ensayo',
            args: { informe: 'IE-2612-0512', puntos: ['PM-06', 'PM-07'], parametro: 'Mn_total' },
            result:
              '{"informe": "IE-2612-0512", "version": 1, "resultados": [{"punto": "PM-06", "fecha": "2026-12-02", "Mn_total_mg_L": 0.0852}, {"punto": "PM-07", "fecha": "2026-12-03", "Mn_total_mg_L": 0.214}], "eca_cat3_Mn_mg_L": 0.2}',
          },
          {
            say: 'IE-2612-0512: Mn total PM-06 (2026-12-02) = 0.0852 mg/L; PM-07 (2026-12-03) = 0.214 mg/L. ECA cat. 3: 0.2 mg/L → PM-07 lo excede.',
          },
        ],
      },
      {
        name: 'redactor_boletin',
        description: 'Redacta boletines para las comunidades',
        instructions: 'Redacta el boletín en las unidades que pidió la comunidad.',
        prompt: 'Resultados:\n{input}\n\nPedido: {request}',
        replies: [
          {
            say: '## Boletín de monitoreo — CC Ccahuapirhua, diciembre 2026\n\n| punto | fecha | manganeso | estándar (ECA cat. 3) |\n|---|---|---|---|\n| PM-06 | 02/12/2026 | 85,2 µg/L | 200 µg/L ✅ |\n| PM-07 | 03/12/2026 | **214 µg/L** | 200 µg/L ⚠️ |\n\nEn PM-07 el manganeso supera el estándar en 14 µg/L. El área de medio ambiente hará un remuestreo y presentará los resultados en la asamblea de enero (informe IE-2612-0512).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cuota-empleo-local-adenda-46-puestos-usada',
    title:
      'El pedido menciona la cuota de 40 puestos del convenio; el revisor de convenios muestra que la adenda 2 la subió a 46 y el planificador de cuotas usa 46 mencionando que 40 quedó sin efecto',
    domain: 'empleo local y convenios',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: the superseded quota (40) is still mentioned but correctly not used',
    request:
      'Según el convenio con la CC Fuerabamba nos corresponde asegurar 40 puestos de empleo local en la parada de planta de febrero 2027. Revisen el convenio vigente y distribuyan la cuota entre las contratistas.',
    topology: {
      shape: 'network',
      coordinator: 'enrutador_empleo',
      workers: ['revisor_convenios', 'planificador_cuotas'],
    },
    agents: [
      {
        name: 'enrutador_empleo',
        description: 'Ordena la revisión del convenio y la distribución de cuotas',
        instructions: 'Primero el convenio, luego la distribución; cierra con un resumen.',
        replies: [
          {
            handoff: 'revisor_convenios',
            message:
              'Cuota de empleo local vigente para la parada de planta de febrero 2027, convenio con la CC Fuerabamba.',
          },
          {
            handoff: 'planificador_cuotas',
            message:
              'Distribuir la cuota vigente de empleo local (46 puestos según adenda 2; los 40 del texto original ya no rigen) entre las contratistas de la parada de febrero 2027.',
          },
          {
            say: '## Parada de planta feb. 2027 — empleo local CC Fuerabamba\n\nCuota vigente: **46 puestos** (adenda 2 del 15/10/2026, reemplaza los 40 del convenio original).\n\n| contratista | puestos |\n|---|---|\n| Montajes Sur | 18 |\n| Mantenimiento Andino | 16 |\n| Servicios Qollqe | 12 |\n| **Total** | **46** |',
          },
        ],
      },
      {
        name: 'revisor_convenios',
        description: 'Revisa convenios y adendas con las comunidades',
        instructions: 'Indica el texto vigente.',
        replies: [
          {
            call: 'consultar_convenio',
            args: { comunidad: 'Fuerabamba', clausula: 'empleo local parada de planta' },
            result:
              '{"convenio": "CV-FBB-2023-02", "clausula": "8.3", "cuota_original": 40, "adendas": [{"numero": 2, "fecha": "2026-10-15", "cuota": 46, "motivo": "ampliación de la parada a 21 días"}], "vigente": 46}',
          },
          {
            say: 'Cláusula 8.3 del CV-FBB-2023-02: la adenda 2 (15/10/2026) eleva la cuota de 40 a **46 puestos** por la ampliación de la parada a 21 días. Vigente: 46.',
          },
        ],
      },
      {
        name: 'planificador_cuotas',
        description: 'Distribuye las cuotas de empleo local entre contratistas',
        instructions: 'Distribuye según el tamaño de frente de trabajo.',
        replies: [
          {
            call: 'distribuir_cuota',
            args: {
              comunidad: 'Fuerabamba',
              cuota: 46,
              contratistas: ['Montajes Sur', 'Mantenimiento Andino', 'Servicios Qollqe'],
              criterio: 'horas-hombre del frente',
            },
            result: '{"Montajes Sur": 18, "Mantenimiento Andino": 16, "Servicios Qollqe": 12, "total": 46}',
          },
          {
            say: 'Cuota de 46 distribuida: Montajes Sur 18, Mantenimiento Andino 16, Servicios Qollqe 12 (total 46; los 40 originales quedaron sin efecto por la adenda 2).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'licencia-ana-timeout-reintento-informado',
    title:
      'La consulta de la licencia de uso de agua en la ANA falla por tiempo de espera, el reintento responde y el especialista lo cuenta; el coordinador usa el dato obtenido',
    domain: 'derechos de uso de agua y compromisos hídricos',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool timeout that was retried successfully and reported openly',
    request:
      'La CC Pamputa pregunta si la mina tiene licencia para captar agua del río Challhuahuacho y cuánto puede captar. Confirmen con la ANA y preparen la respuesta.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordinador_hidrico',
      workers: ['especialista_derechos_agua', 'redactor_cartas'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'coordinador_hidrico',
        description: 'Coordina los temas de agua con las comunidades',
        instructions: 'Obtén el dato de la licencia y haz redactar la carta.',
        replies: [
          {
            handoff: 'especialista_derechos_agua',
            message:
              'Licencia de uso de agua de la mina en el río Challhuahuacho: número, volumen anual y vigencia, según la ANA.',
          },
          {
            handoff: 'redactor_cartas',
            message:
              'Carta a la CC Pamputa: licencia R.D. N.° 0412-2019-ANA/AAA-XI, 1 892 160 m³/año (60 L/s), uso minero, vigente.',
          },
          {
            say: 'Carta CR-RRCC-2026-0377 lista para la CC Pamputa: la mina capta del río Challhuahuacho con licencia R.D. N.° 0412-2019-ANA/AAA-XI, hasta 60 L/s (1 892 160 m³/año), vigente.',
          },
        ],
      },
      {
        name: 'especialista_derechos_agua',
        description: 'Consulta los derechos de uso de agua en el RADA de la ANA',
        instructions: 'Consulta el registro y reporta.',
        replies: [
          {
            call: 'consultar_rada_ana',
            args: { titular: 'Minera Cotabambas S.A.', fuente: 'río Challhuahuacho' },
            result: { error: 'ETIMEDOUT: snirh.ana.gob.pe no respondió en 30 s' },
          },
          {
            call: 'consultar_rada_ana',
            args: { titular: 'Minera Cotabambas S.A.', fuente: 'río Challhuahuacho', reintento: 1 },
            result:
              '{"licencia": "R.D. N.° 0412-2019-ANA/AAA-XI", "uso": "minero", "volumen_m3_anio": 1892160, "caudal_L_s": 60, "estado": "VIGENTE"}',
          },
          {
            say: 'La primera consulta al RADA de la ANA no respondió (timeout de 30 s); el reintento sí: licencia R.D. N.° 0412-2019-ANA/AAA-XI, uso minero, 1 892 160 m³/año (60 L/s), vigente.',
          },
        ],
      },
      {
        name: 'redactor_cartas',
        description: 'Redacta cartas formales a las comunidades',
        instructions: 'Redacta y registra la carta.',
        replies: [
          {
            call: 'registrar_carta',
            args: { comunidad: 'Pamputa', asunto: 'Licencia de uso de agua río Challhuahuacho' },
            result: '{"carta": "CR-RRCC-2026-0377", "estado": "REGISTRADA"}',
          },
          {
            say: 'Carta CR-RRCC-2026-0377 registrada: licencia R.D. N.° 0412-2019-ANA/AAA-XI, hasta 60 L/s (1 892 160 m³/año), uso minero, vigente.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'mesa-dialogo-prensa-opcional-vacia-descartada',
    title:
      'Para la mesa de diálogo de Challhuahuacho, el buscador opcional de notas de prensa no encuentra nada útil; el consolidador no lo usa y arma el informe con los otros dos aportes',
    domain: 'mesas de diálogo y compromisos',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf: 'low_quality_output: an optional worker whose empty output nobody uses',
    request:
      'Para la mesa de diálogo del 17/12/2026 en Challhuahuacho necesito el avance de los compromisos del acta de mayo y el estado de las quejas abiertas. Si hay notas de prensa recientes sobre la mesa, inclúyanlas como anexo opcional.',
    topology: {
      shape: 'fanout',
      planner: 'secretario_tecnico_mesa',
      workers: ['seguimiento_compromisos', 'registro_quejas', 'monitor_prensa'],
      aggregator: 'consolidador_informe',
    },
    agents: [
      {
        name: 'secretario_tecnico_mesa',
        description: 'Secretaría técnica de la mesa de diálogo',
        instructions: 'Reparte la preparación.',
        replies: [
          {
            plan: {
              seguimiento_compromisos:
                'Avance de los 9 compromisos del acta de mayo 2026 (mesa Challhuahuacho), con % y responsables.',
              registro_quejas: 'Quejas abiertas de comunidades del distrito de Challhuahuacho al 10/12/2026.',
              monitor_prensa:
                'Opcional: notas de prensa de los últimos 30 días sobre la mesa de Challhuahuacho.',
            },
          },
        ],
      },
      {
        name: 'seguimiento_compromisos',
        description: 'Hace seguimiento a los compromisos de las actas',
        instructions: 'Resume el avance.',
        replies: [
          {
            call: 'consultar_matriz_compromisos',
            args: { acta: 'ACTA-MD-CHH-2026-05', corte: '2026-12-10' },
            result:
              '{"total": 9, "cumplidos": 5, "en_proceso": 3, "vencidos": 1, "vencido": {"id": "C-07", "descripcion": "asfaltado de 2,4 km acceso Chuicuni", "responsable": "Gobierno Regional Apurímac", "avance": 35}}',
          },
          {
            say: 'Acta de mayo: 9 compromisos — 5 cumplidos, 3 en proceso, 1 vencido (C-07, asfaltado de 2,4 km al acceso Chuicuni, GORE Apurímac, 35 %).',
          },
        ],
      },
      {
        name: 'registro_quejas',
        description: 'Lleva el registro de quejas',
        instructions: 'Lista las quejas abiertas.',
        replies: [
          {
            call: 'buscar_quejas',
            args: { distrito: 'Challhuahuacho', estado: 'abierta', corte: '2026-12-10' },
            result:
              '{"abiertas": [{"id": "QR-2026-0891", "comunidad": "Chuicuni", "tema": "polvo"}, {"id": "QR-2026-0902", "comunidad": "Antuyo", "tema": "manante"}, {"id": "QR-2026-0915", "comunidad": "Huaccoto", "tema": "lodos"}]}',
          },
          {
            say: '3 quejas abiertas: QR-2026-0891 (Chuicuni, polvo), QR-2026-0902 (Antuyo, manante), QR-2026-0915 (Huaccoto, lodos).',
          },
        ],
      },
      {
        name: 'monitor_prensa',
        description: 'Busca notas de prensa',
        instructions: 'Busca notas recientes.',
        replies: [
          {
            call: 'buscar_prensa',
            args: { consulta: 'mesa de diálogo Challhuahuacho', dias: 30 },
            result: '{"resultados": 0}',
          },
          { say: 'Sin resultados.' },
        ],
      },
      {
        name: 'consolidador_informe',
        description: 'Consolida el informe para la mesa',
        instructions: 'Arma el informe con lo obligatorio; los anexos opcionales solo si aportan.',
        replies: [
          {
            say: '## Mesa de diálogo Challhuahuacho — 17/12/2026\n\n### Compromisos del acta de mayo (corte 10/12)\n- 9 compromisos: 5 cumplidos, 3 en proceso, **1 vencido**: C-07 asfaltado de 2,4 km al acceso Chuicuni (GORE Apurímac, 35 %)\n\n### Quejas abiertas\n| id | comunidad | tema |\n|---|---|---|\n| QR-2026-0891 | Chuicuni | polvo |\n| QR-2026-0902 | Antuyo | manante |\n| QR-2026-0915 | Huaccoto | lodos |\n\n_Anexo de prensa: no se adjunta._',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'trocha-carrozable-inspeccion-devuelta-con-resultados',
    title:
      'La gestora de permisos pasa la inspección de la trocha Ccasa–Quehuira al inspector vial, que la devuelve con el resultado y el acta; la gestora cierra con esos datos',
    domain: 'mantenimiento de trochas comunales',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf: 'lost_message: a transfer back to the first agent carrying the results, not a dropped task',
    request:
      'La CC Ccasa pide que reparemos la trocha Ccasa–Quehuira (km 0+000 a 6+800) antes de la campaña de siembra, como dice el compromiso C-11. Verifiquen el estado y confirmen si podemos ejecutar en enero.',
    topology: {
      shape: 'swarm',
      entry: 'gestora_compromisos_viales',
      agents: ['gestora_compromisos_viales', 'inspector_vial'],
    },
    agents: [
      {
        name: 'gestora_compromisos_viales',
        description: 'Gestiona los compromisos viales con las comunidades',
        instructions: 'Pide la inspección y, con su resultado, responde.',
        replies: [
          {
            handoff: 'inspector_vial',
            message:
              'Inspección de la trocha Ccasa–Quehuira km 0+000–6+800 (compromiso C-11): tramos críticos y metrado para ejecutar en enero 2027.',
          },
          {
            say: '## Compromiso C-11 — trocha Ccasa–Quehuira\n\nInspección IV-2026-0148 (09/12/2026):\n- Tramos críticos: km 2+300–2+900 (cárcava) y km 5+100–5+400 (alcantarilla colapsada)\n- Metrado: 1 850 m³ de afirmado, 2 alcantarillas TMC 36"\n- Presupuesto: S/ 186 400\n\nEjecución posible del 11/01 al 05/02/2027, antes de la siembra. Se firmará el acta de inicio con la junta directiva.',
          },
        ],
      },
      {
        name: 'inspector_vial',
        description: 'Inspecciona vías y trochas comunales',
        instructions: 'Inspecciona y devuelve el resultado a la gestora.',
        replies: [
          {
            call: 'registrar_inspeccion',
            args: { via: 'Ccasa-Quehuira', km_inicio: '0+000', km_fin: '6+800', fecha: '2026-12-09' },
            result:
              '{"inspeccion": "IV-2026-0148", "tramos_criticos": [{"km": "2+300-2+900", "falla": "cárcava"}, {"km": "5+100-5+400", "falla": "alcantarilla colapsada"}], "metrado": {"afirmado_m3": 1850, "alcantarillas_TMC_36": 2}, "presupuesto_pen": 186400, "plazo_dias": 26}',
          },
          {
            handoff: 'gestora_compromisos_viales',
            message:
              'Inspección IV-2026-0148 lista: críticos km 2+300–2+900 (cárcava) y 5+100–5+400 (alcantarilla colapsada); 1 850 m³ de afirmado, 2 alcantarillas TMC 36"; S/ 186 400; 26 días → del 11/01 al 05/02/2027.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'queja-duplicada-excluida-con-expediente-original',
    title:
      'El clasificador deriva el lote de quejas de diciembre; el gestor de quejas sociales excluye una duplicada citando el expediente original y el redactor lista las demás con sus códigos',
    domain: 'mecanismo de atención de quejas',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: one grievance left out of the batch on purpose, with its reason, among many ids',
    request:
      'Lote de quejas recibidas del 01 al 07/12/2026 en la oficina de Challhuahuacho: QR-2026-0921, QR-2026-0922, QR-2026-0923, QR-2026-0924 y QR-2026-0925 (temas de contratación local y pagos a proveedores comunales). Regístrenlas y asignen responsables.',
    topology: {
      shape: 'branch',
      classifier: 'clasificador_lote',
      routes: { ambiental: 'especialista_ambiental', social: 'gestor_quejas_sociales' },
      after: 'redactor_acuse',
    },
    agents: [
      {
        name: 'clasificador_lote',
        description: 'Clasifica los lotes de quejas',
        instructions: 'Responde ambiental o social.',
        replies: [{ say: 'social — contratación local y pagos a proveedores comunales (5 quejas).' }],
      },
      {
        name: 'especialista_ambiental',
        description: 'Atiende quejas ambientales',
        instructions: 'Evalúa la queja.',
        replies: [{ say: 'Sin quejas ambientales.' }],
      },
      {
        name: 'gestor_quejas_sociales',
        description: 'Registra y asigna quejas sociales',
        instructions: 'Registra cada queja; no dupliques expedientes ya abiertos.',
        prompt: 'Clasificación: {input}\n\nLote: {request}',
        replies: [
          {
            call: 'registrar_quejas',
            args: { ids: ['QR-2026-0921', 'QR-2026-0922', 'QR-2026-0923', 'QR-2026-0924', 'QR-2026-0925'] },
            result:
              '{"registradas": [{"id": "QR-2026-0921", "tema": "pago pendiente proveedor comunal EC Ccasa (F001-000318, S/ 12 480)", "responsable": "Compras locales"}, {"id": "QR-2026-0922", "tema": "no convocatoria a comuneros de Pamputa en Montajes Sur", "responsable": "Empleo local"}, {"id": "QR-2026-0923", "tema": "duplicada", "duplicado_de": "QR-2026-0898", "estado_original": "EN EVALUACION"}, {"id": "QR-2026-0924", "tema": "retraso en pago de alquiler de camionetas EC Huancuire (S/ 7 950)", "responsable": "Compras locales"}, {"id": "QR-2026-0925", "tema": "despido de vigilante comunal de Choaquere", "responsable": "Relaciones laborales"}]}',
          },
          {
            say: 'Lote 01–07/12 registrado. 4 expedientes nuevos:\n- QR-2026-0921 — pago pendiente a la EC Ccasa (F001-000318, S/ 12 480) → Compras locales\n- QR-2026-0922 — comuneros de Pamputa no convocados por Montajes Sur → Empleo local\n- QR-2026-0924 — retraso en alquiler de camionetas EC Huancuire (S/ 7 950) → Compras locales\n- QR-2026-0925 — despido de vigilante comunal de Choaquere → Relaciones laborales\n\nQR-2026-0923 no se abre: es el mismo reclamo que QR-2026-0898, que sigue en evaluación; se acumula a ese expediente.',
          },
        ],
      },
      {
        name: 'redactor_acuse',
        description: 'Redacta los acuses de recibo para los reclamantes',
        instructions: 'Redacta un acuse consolidado.',
        prompt: 'Registro:\n{input}',
        replies: [
          {
            say: '### Acuse de recibo — quejas del 01 al 07/12/2026\n\n| expediente | asunto | área responsable | plazo de respuesta |\n|---|---|---|---|\n| QR-2026-0921 | pago a EC Ccasa, F001-000318 (S/ 12 480) | Compras locales | 30 días hábiles |\n| QR-2026-0922 | convocatoria Pamputa — Montajes Sur | Empleo local | 30 días hábiles |\n| QR-2026-0924 | alquiler de camionetas EC Huancuire (S/ 7 950) | Compras locales | 30 días hábiles |\n| QR-2026-0925 | vigilante comunal Choaquere | Relaciones laborales | 30 días hábiles |\n\nQR-2026-0923 se acumuló al expediente QR-2026-0898 (mismo reclamo, en evaluación); su respuesta irá en ese expediente.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch173Scenarios = [...faults, ...healthy];
