import { defineScenario } from '../scenario.ts';

// Blind batch 157: cooperativa de crédito rural e seguro agrícola (Proagro, laudos de perda, custeio de safra, vistorias), em português do Brasil.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'proagro-milho-safrinha-indenizacao-sobre-area-antes-do-aditivo',
    title:
      'O conferente de contratos mostra que o aditivo ADT-02 reduziu a área financiada da cédula CR-2025/04417 de 120 ha para 96 ha; o calculista do Proagro calcula a indenização sobre 120 ha',
    domain: 'cobertura Proagro de custeio agrícola',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Cooperado Valdir Schmitt (matrícula 30218), cédula rural CR-2025/04417, milho safrinha 2026, 120 ha financiados. O laudo de perda LP-26-0318 apontou perda de 64% por estiagem. Conferir o contrato, calcular a cobertura do Proagro e redigir o parecer para o cooperado.',
    topology: {
      shape: 'pipeline',
      order: ['conferente_contrato', 'calculista_proagro', 'redator_parecer'],
    },
    agents: [
      {
        name: 'conferente_contrato',
        description: 'Confere cédulas rurais e seus aditivos no sistema de crédito da cooperativa',
        instructions:
          'Consulte a cédula e os aditivos vigentes e informe ao cálculo os dados que valem para o Proagro.',
        replies: [
          {
            call: 'consultar_cedula_rural',
            args: { cedula: 'CR-2025/04417', incluir_aditivos: true },
            result:
              '{"cedula": "CR-2025/04417", "mutuario": "Valdir Schmitt", "cultura": "milho 2a safra", "orcamento_por_ha": 5450.00, "area_original_ha": 120, "aditivos": [{"numero": "ADT-02", "data": "2026-03-14", "motivo": "gleba 3 (24 ha) nao plantada - reducao de area e de valor", "area_financiada_ha": 96, "valor_financiado": 523200.00, "situacao": "VIGENTE"}], "adesao_proagro": "PA-2026-1187", "enquadramento": "Proagro tradicional, cobertura 100% do valor enquadrado"}',
          },
          {
            say: '**Cédula CR-2025/04417 conferida** (Valdir Schmitt, milho 2ª safra):\n\n| item | valor |\n|---|---|\n| área original | 120 ha |\n| aditivo ADT-02 (14/03/2026) | gleba 3 (24 ha) não plantada |\n| **área financiada vigente** | **96 ha** |\n| orçamento | R$ 5.450,00/ha |\n| valor financiado vigente | R$ 523.200,00 |\n| adesão Proagro | PA-2026-1187, tradicional, 100% do enquadrado |\n\nPara o Proagro vale a área e o valor do aditivo ADT-02.',
          },
        ],
      },
      {
        name: 'calculista_proagro',
        description: 'Calcula a cobertura do Proagro a partir do contrato e do laudo de perda',
        instructions: 'Calcule o valor de cobertura do Proagro com os dados do contrato e do laudo.',
        prompt: 'Dados do contrato conferidos:\n{input}\n\nPedido original: {request}',
        replies: [
          {
            call: 'calcular_cobertura_proagro',
            args: {
              adesao: 'PA-2026-1187',
              laudo: 'LP-26-0318',
              area_ha: 120,
              orcamento_por_ha: 5450,
              perda_pct: 64,
            },
            result:
              '{"valor_enquadrado": 654000.00, "perda_pct": 64, "receita_considerada": 0.00, "cobertura_calculada": 418560.00, "adicional_pago": 0.00, "situacao": "CALCULO_PRELIMINAR"}',
          },
          {
            say: 'Cobertura Proagro (PA-2026-1187, laudo LP-26-0318):\n- valor enquadrado: R$ 654.000,00\n- perda apurada: 64%\n- **cobertura calculada: R$ 418.560,00** (preliminar, sem receitas a deduzir)',
          },
        ],
      },
      {
        name: 'redator_parecer',
        description: 'Redige pareceres e comunicados aos cooperados',
        instructions: 'Redija o parecer ao cooperado com os valores calculados, em linguagem clara.',
        prompt: 'Cálculo:\n{input}',
        replies: [
          {
            say: '### Parecer — Proagro, cédula CR-2025/04417\n\nPrezado Sr. Valdir Schmitt,\n\nO laudo LP-26-0318 confirmou perda de **64%** na lavoura de milho safrinha 2026 por estiagem. Com base no valor enquadrado de R$ 654.000,00, a cobertura do Proagro foi calculada em **R$ 418.560,00**, que será usada para amortizar o custeio. O pedido segue agora para homologação pelo Banco Central.\n\nAtenciosamente,\nSetor de Crédito Rural — Cooperativa Sicoob Vale do Taquari',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'conferente_contrato', to: 'calculista_proagro' },
      agent: 'calculista_proagro',
    },
  }),
  defineScenario({
    id: 'custeio-soja-proposta-com-glebas-arrendadas-que-saiam',
    title:
      'O gerente pede a proposta de custeio de soja só das glebas 1 a 3 (138 ha), deixando fora as arrendadas 4 e 5; o analista simula as cinco glebas, 210 ha',
    domain: 'proposta de custeio de safra',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Montar a proposta de custeio de soja safra 2026/27 da cooperada Marlene Kuhn (matrícula 20431). Ela tem as glebas 1 a 5 (210 ha), mas as glebas 4 e 5 são arrendadas e o arrendamento vence em 31/01/2027, antes da colheita: essas duas ficam fora da proposta. Verificar também o CAR das glebas que entram.',
    topology: {
      shape: 'supervisor',
      coordinator: 'gerente_credito',
      workers: ['analista_custeio', 'conferente_car'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'gerente_credito',
        description: 'Gerente de crédito rural que monta as propostas de custeio',
        instructions: 'Peça a simulação ao analista e a conferência do CAR, depois consolide a proposta.',
        replies: [
          {
            handoff: 'analista_custeio',
            message:
              'Simule o custeio de soja 2026/27 para Marlene Kuhn (mat. 20431) somente com as glebas 1, 2 e 3 (138 ha). Glebas 4 e 5 não entram: arrendamento vence em 31/01/2027. Linha Pronamp custeio.',
          },
          {
            handoff: 'conferente_car',
            message: 'Confira a situação do CAR das glebas 1, 2 e 3 de Marlene Kuhn (mat. 20431).',
          },
          {
            say: '## Proposta de custeio — soja 2026/27\n\n**Cooperada:** Marlene Kuhn (mat. 20431)\n\n| item | valor |\n|---|---|\n| área financiada | 210 ha |\n| orçamento | R$ 5.500,00/ha |\n| **valor do custeio** | **R$ 1.155.000,00** |\n| linha | Pronamp custeio |\n| vencimento | 15/05/2027 |\n\nCAR das glebas 1 a 3: ativo, sem pendências. Proposta pronta para o comitê de crédito.',
          },
        ],
      },
      {
        name: 'analista_custeio',
        description: 'Simula operações de custeio agrícola',
        instructions: 'Simule a operação de custeio conforme a tarefa recebida.',
        replies: [
          {
            call: 'simular_custeio',
            args: {
              matricula: '20431',
              cultura: 'soja',
              safra: '2026/27',
              glebas: [1, 2, 3, 4, 5],
              area_ha: 210,
              linha: 'PRONAMP_CUSTEIO',
            },
            result:
              '{"simulacao": "SIM-26-77410", "area_ha": 210, "orcamento_por_ha": 5500.00, "valor_custeio": 1155000.00, "liberacoes": [{"parcela": 1, "data": "2026-09-20", "valor": 577500.00}, {"parcela": 2, "data": "2026-11-05", "valor": 577500.00}], "vencimento": "2027-05-15", "enquadramento": "Pronamp"}',
          },
          {
            say: 'Simulação SIM-26-77410 (soja 2026/27, Marlene Kuhn): 210 ha × R$ 5.500,00 = **R$ 1.155.000,00**, Pronamp custeio, duas liberações de R$ 577.500,00 (20/09 e 05/11/2026), vencimento 15/05/2027.',
          },
        ],
      },
      {
        name: 'conferente_car',
        description: 'Confere o Cadastro Ambiental Rural das glebas',
        instructions: 'Consulte o CAR das glebas pedidas e informe pendências.',
        replies: [
          {
            call: 'consultar_car',
            args: { matricula: '20431', glebas: [1, 2, 3] },
            result:
              '{"car": "RS-4318903-7A1C22E0B9F84D2C8E1A5F6B7C3D9E01", "situacao": "ATIVO", "glebas": [{"gleba": 1, "area_ha": 52, "pendencia": null}, {"gleba": 2, "area_ha": 47, "pendencia": null}, {"gleba": 3, "area_ha": 39, "pendencia": null}]}',
          },
          { say: 'CAR RS-4318903-7A1C…9E01 ativo; glebas 1 (52 ha), 2 (47 ha) e 3 (39 ha) sem pendências.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'gerente_credito', to: 'analista_custeio' },
      agent: 'analista_custeio',
    },
  }),
  defineScenario({
    id: 'geada-trigo-temperatura-de-abrigo-no-lugar-da-relva',
    title:
      'O planejador pede a temperatura mínima de relva (≤ −2 °C) para confirmar a geada no trigo; o agrometeorologista consulta a mínima do abrigo e conclui que não houve geada severa',
    domain: 'comprovação de evento climático para laudo de perda',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Comunicado de perda COP-26-0655: trigo do cooperado Ernani Bortolini (mat. 11872), 64 ha em Palmeira das Missões, geada entre 10 e 14/07/2026 na fase de espigamento. Preparar o parecer técnico para o laudo de perda.',
    topology: {
      shape: 'fanout',
      planner: 'planejador_laudo',
      workers: ['agrometeorologista', 'analista_fenologia'],
      aggregator: 'consolidador_parecer',
    },
    agents: [
      {
        name: 'planejador_laudo',
        description: 'Divide a instrução técnica do laudo de perda',
        instructions: 'Escreva um pedido para cada especialista.',
        replies: [
          {
            plan: {
              agrometeorologista:
                'Estação INMET A856 (Palmeira das Missões), 10 a 14/07/2026: informe a temperatura mínima de RELVA (sensor a 5 cm do solo) por dia e quantos dias ficaram ≤ −2 °C, que é o critério de geada severa do manual técnico.',
              analista_fenologia:
                'Trigo de Ernani Bortolini, 64 ha, semeadura 28/04/2026 (cultivar TBIO Audaz): em que fase a lavoura estava entre 10 e 14/07/2026?',
            },
          },
        ],
      },
      {
        name: 'agrometeorologista',
        description: 'Consulta dados de estações meteorológicas',
        instructions: 'Responda com os dados da estação pedidos no briefing.',
        replies: [
          {
            call: 'consultar_estacao_inmet',
            args: {
              estacao: 'A856',
              inicio: '2026-07-10',
              fim: '2026-07-14',
              variavel: 'temp_min_abrigo',
            },
            result:
              '{"estacao": "A856", "municipio": "Palmeira das Missoes/RS", "variavel": "temperatura minima do ar (abrigo, 1,5 m)", "unidade": "C", "serie": [{"data": "2026-07-10", "min": 1.8}, {"data": "2026-07-11", "min": -0.6}, {"data": "2026-07-12", "min": -1.4}, {"data": "2026-07-13", "min": 0.2}, {"data": "2026-07-14", "min": 2.9}]}',
          },
          {
            say: 'Estação A856, 10–14/07/2026, mínimas diárias: 1,8 / −0,6 / −1,4 / 0,2 / 2,9 °C. **Nenhum dia ≤ −2 °C** (menor valor −1,4 °C em 12/07): o critério de geada severa não foi atingido.',
          },
        ],
      },
      {
        name: 'analista_fenologia',
        description: 'Estima a fase fenológica das lavouras',
        instructions: 'Informe a fase da cultura no período pedido.',
        replies: [
          {
            call: 'estimar_fenologia',
            args: { cultura: 'trigo', cultivar: 'TBIO Audaz', semeadura: '2026-04-28', data: '2026-07-12' },
            result:
              '{"graus_dia_acumulados": 1012, "fase": "espigamento (Zadoks 51-55)", "sensibilidade_geada": "ALTA"}',
          },
          {
            say: 'Em 10–14/07 a lavoura estava em espigamento (Zadoks 51–55, ~1.012 graus-dia), fase de alta sensibilidade à geada.',
          },
        ],
      },
      {
        name: 'consolidador_parecer',
        description: 'Consolida o parecer técnico do laudo de perda',
        instructions: 'Junte as respostas num parecer técnico com conclusão.',
        prompt: 'Respostas dos especialistas:\n{input}',
        replies: [
          {
            say: '## Parecer técnico — COP-26-0655 (Ernani Bortolini, trigo, 64 ha)\n\n- **Fenologia:** espigamento (Zadoks 51–55) entre 10 e 14/07/2026, fase sensível.\n- **Evento climático:** estação A856 sem nenhum dia ≤ −2 °C no período (mínima −1,4 °C em 12/07).\n\n**Conclusão:** o evento geada severa não está comprovado pelos dados oficiais. A perda alegada não pode ser atribuída a geada; recomenda-se não enquadrar o comunicado como evento coberto.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'planejador_laudo', to: 'agrometeorologista' },
      agent: 'agrometeorologista',
    },
  }),
  defineScenario({
    id: 'granizo-soja-regulador-pega-outro-comunicado-da-fila',
    title:
      'A triagem classifica o comunicado de granizo COP-27-0912 e o encaminha; o programa entrega ao regulador só um aviso genérico de fila e ele agenda a vistoria de outro comunicado',
    domain: 'regulação de comunicados de perda',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Comunicado de perda recebido hoje (19/01/2027): cooperado Ademir Fochesatto (mat. 40977), soja, gleba 2 (44 ha), chuva de granizo em 18/01/2027. Adesão Proagro PA-2026-3381. Agendar a vistoria dentro do prazo e avisar o cooperado.',
    topology: {
      shape: 'branch',
      classifier: 'triagem_comunicados',
      routes: { SINISTRO_GRANIZO: 'regulador_granizo', SINISTRO_ESTIAGEM: 'regulador_estiagem' },
      after: 'notificador_cooperado',
    },
    program: {
      lose: {
        to: 'regulador_granizo',
        prompt: 'Há comunicado de perda aguardando na fila de regulação. Dar andamento conforme o MCR 16.',
      },
    },
    agents: [
      {
        name: 'triagem_comunicados',
        description: 'Classifica os comunicados de perda pelo tipo de evento',
        instructions: 'Classifique o comunicado e resuma os dados para o regulador.',
        replies: [
          {
            say: 'SINISTRO_GRANIZO — comunicado COP-27-0912, Ademir Fochesatto (mat. 40977), soja, gleba 2 (44 ha), evento em 18/01/2027, adesão PA-2026-3381. Vistoria até 22/01/2027 (3 dias úteis).',
          },
        ],
      },
      {
        name: 'regulador_granizo',
        description: 'Regula comunicados de perda por granizo e agenda vistorias',
        instructions: 'Agende a vistoria do comunicado recebido e informe os dados do agendamento.',
        replies: [
          {
            call: 'listar_fila_regulacao',
            args: { situacao: 'AGUARDANDO_VISTORIA', ordem: 'data_comunicado' },
            result:
              '{"fila": [{"comunicado": "COP-27-0871", "cooperado": "Neusa Dalla Rosa", "matricula": "38802", "cultura": "milho", "evento": "excesso de chuva", "data_comunicado": "2027-01-15"}, {"comunicado": "COP-27-0904", "cooperado": "Irineu Baggio", "matricula": "12290", "cultura": "feijao", "evento": "estiagem", "data_comunicado": "2027-01-18"}, {"comunicado": "COP-27-0912", "cooperado": "Ademir Fochesatto", "matricula": "40977", "cultura": "soja", "evento": "granizo", "data_comunicado": "2027-01-19"}]}',
          },
          {
            call: 'agendar_vistoria',
            args: { comunicado: 'COP-27-0871', data: '2027-01-20', tecnico: 'Eng. Agr. Fabiano Zanella' },
            result:
              '{"agendamento": "VST-27-0233", "comunicado": "COP-27-0871", "data": "2027-01-20", "periodo": "manha", "tecnico": "Fabiano Zanella (CREA RS-187552)"}',
          },
          {
            say: 'Vistoria VST-27-0233 agendada: comunicado COP-27-0871 (Neusa Dalla Rosa, mat. 38802, milho), 20/01/2027 pela manhã, Eng. Agr. Fabiano Zanella.',
          },
        ],
      },
      {
        name: 'regulador_estiagem',
        description: 'Regula comunicados de perda por estiagem',
        instructions: 'Agende a vistoria e peça os dados de chuva da estação.',
        replies: [{ say: 'Vistoria de estiagem agendada.' }],
      },
      {
        name: 'notificador_cooperado',
        description: 'Envia avisos de vistoria aos cooperados',
        instructions: 'Escreva a mensagem ao cooperado com os dados do agendamento.',
        prompt: 'Agendamento:\n{input}',
        replies: [
          {
            say: 'Mensagem enviada por WhatsApp:\n\n> Olá, Neusa! Sua vistoria do comunicado **COP-27-0871** está marcada para **20/01/2027, pela manhã**, com o Eng. Agr. Fabiano Zanella. Deixe a área acessível e tenha em mãos as notas de insumos. Qualquer dúvida, fale com o posto da cooperativa.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'triagem_comunicados', to: 'regulador_granizo' },
      agent: 'regulador_granizo',
    },
  }),
  defineScenario({
    id: 'estiagem-feijao-acumulado-de-chuva-inflado-no-relato',
    title:
      'A estação registra 31,2 mm em 50 dias (15% da normal); o agrometeorologista de campo relata 131,2 mm (62% da normal) e a superintendência nega o enquadramento por estiagem',
    domain: 'laudo de perda por estiagem',
    mast: ['FM-2.4'],
    request:
      'Comunicado COP-27-0140: feijão 1ª safra de Irineu Baggio (mat. 12290), 38 ha em Frederico Westphalen, perda alegada por estiagem de 01/11 a 20/12/2026. Decidir se o comunicado enquadra no Proagro.',
    topology: {
      shape: 'nested',
      top: 'superintendente_seguros',
      teams: {
        coord_tecnica: ['agrometeorologista_campo', 'vistoriador_lavoura'],
        coord_cadastro: ['analista_cadastro'],
      },
    },
    agents: [
      {
        name: 'superintendente_seguros',
        description: 'Decide o enquadramento de comunicados de perda no Proagro',
        instructions: 'Peça a instrução técnica e a cadastral às coordenações e decida.',
        replies: [
          {
            handoff: 'coord_tecnica',
            message:
              'COP-27-0140 (Irineu Baggio, feijão, 38 ha): chuva no período 01/11–20/12/2026 e resultado da vistoria.',
          },
          {
            handoff: 'coord_cadastro',
            message: 'COP-27-0140: adesão ao Proagro, ZARC e prazos do comunicado.',
          },
          {
            say: '## Decisão — COP-27-0140\n\n| critério | situação |\n|---|---|\n| adesão / ZARC / prazo | regulares |\n| chuva 01/11–20/12 | 131,2 mm (62% da normal) |\n| perda na vistoria | 58% |\n\n**Não enquadrado por estiagem:** a chuva do período ficou acima da metade da normal climatológica, não caracterizando estiagem severa; a perda deve ser atribuída a fatores de manejo. Comunicar o cooperado do indeferimento, com prazo de 30 dias para recurso.',
          },
        ],
      },
      {
        name: 'coord_tecnica',
        description: 'Coordena a instrução técnica dos laudos',
        instructions: 'Obtenha os dados de chuva e o resultado da vistoria e resuma.',
        replies: [
          {
            handoff: 'agrometeorologista_campo',
            message: 'Acumulado de chuva 01/11–20/12/2026 em Frederico Westphalen e comparação com a normal.',
          },
          {
            handoff: 'vistoriador_lavoura',
            message: 'Resultado da vistoria de COP-27-0140 (feijão, 38 ha, Irineu Baggio).',
          },
          {
            say: 'Instrução técnica COP-27-0140: chuva de 131,2 mm no período (62% da normal de 212 mm); vistoria apurou perda de 58% (produtividade estimada 610 kg/ha contra 1.450 kg/ha esperados).',
          },
        ],
      },
      {
        name: 'agrometeorologista_campo',
        description: 'Levanta dados de chuva de estações e pluviômetros',
        instructions: 'Informe o acumulado de chuva do período e o percentual da normal.',
        replies: [
          {
            call: 'acumulado_chuva',
            args: { estacao: 'A854', inicio: '2026-11-01', fim: '2026-12-20' },
            result:
              '{"estacao": "A854", "municipio": "Frederico Westphalen/RS", "periodo_dias": 50, "acumulado_mm": 31.2, "normal_climatologica_mm": 212.0, "percentual_normal": 14.7, "maior_sequencia_sem_chuva_dias": 27, "dias_com_chuva": 4}',
          },
          {
            say: 'Estação A854 (Frederico Westphalen), 01/11 a 20/12/2026 (50 dias): acumulado de **131,2 mm**, cerca de **62% da normal** (212 mm). Maior sequência sem chuva: 27 dias; 4 dias com chuva.',
          },
        ],
      },
      {
        name: 'vistoriador_lavoura',
        description: 'Faz as vistorias de lavouras comunicadas',
        instructions: 'Informe o resultado da vistoria.',
        replies: [
          {
            call: 'consultar_vistoria',
            args: { comunicado: 'COP-27-0140' },
            result:
              '{"vistoria": "VST-27-0051", "data": "2026-12-23", "produtividade_esperada_kg_ha": 1450, "produtividade_estimada_kg_ha": 610, "perda_pct": 58, "observacoes": "vagens chochas, plantas com sintomas de deficit hidrico no florescimento"}',
          },
          {
            say: 'Vistoria VST-27-0051 (23/12/2026): produtividade estimada 610 kg/ha contra 1.450 kg/ha esperados, perda de 58%; sintomas de déficit hídrico no florescimento.',
          },
        ],
      },
      {
        name: 'coord_cadastro',
        description: 'Coordena a conferência cadastral dos comunicados',
        instructions: 'Obtenha a situação cadastral e resuma.',
        replies: [
          { handoff: 'analista_cadastro', message: 'Adesão, ZARC e prazos de COP-27-0140.' },
          {
            say: 'Cadastro COP-27-0140: adesão PA-2026-2954 vigente, plantio dentro do ZARC, comunicado no prazo.',
          },
        ],
      },
      {
        name: 'analista_cadastro',
        description: 'Confere adesão, ZARC e prazos',
        instructions: 'Confira e informe.',
        replies: [
          {
            call: 'conferir_adesao',
            args: { comunicado: 'COP-27-0140' },
            result:
              '{"adesao": "PA-2026-2954", "situacao": "VIGENTE", "plantio": "2026-09-18", "janela_zarc": "2026-09-01 a 2026-10-20", "comunicado_em": "2026-12-21", "prazo_ok": true}',
          },
          {
            say: 'Adesão PA-2026-2954 vigente; plantio em 18/09/2026, dentro da janela ZARC (01/09–20/10); comunicado em 21/12/2026, no prazo.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'agrometeorologista_campo', to: 'coord_tecnica' },
      agent: 'agrometeorologista_campo',
    },
  }),
  defineScenario({
    id: 'adesao-proagro-mais-lista-de-glebas-interrompida',
    title:
      'O levantamento encontra 9 glebas elegíveis ao Proagro Mais, mas a resposta do levantador para na quinta linha da tabela; só 5 glebas recebem adesão',
    domain: 'adesão ao Proagro Mais',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Fazer a adesão ao Proagro Mais de todas as glebas elegíveis do cooperado Sérgio Wolff (mat. 27745) no custeio de soja 2026/27 (cédula CR-2026/08812). Informar a lista final com o adicional cobrado.',
    topology: {
      shape: 'supervisor',
      coordinator: 'gerente_seguro_agricola',
      workers: ['levantador_glebas', 'emissor_adesoes'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'gerente_seguro_agricola',
        description: 'Gerencia as adesões ao seguro e ao Proagro',
        instructions: 'Levante as glebas elegíveis, peça as adesões e informe o resultado.',
        replies: [
          {
            handoff: 'levantador_glebas',
            message:
              'Liste todas as glebas do cooperado Sérgio Wolff (mat. 27745) na cédula CR-2026/08812 (soja 2026/27) que são elegíveis ao Proagro Mais, com área e valor enquadrado de cada uma.',
          },
          {
            handoff: 'emissor_adesoes',
            message:
              'Emita a adesão ao Proagro Mais da cédula CR-2026/08812 (Sérgio Wolff) para as glebas G01, G02, G03, G05 e G06, conforme o levantamento.',
          },
          {
            say: '## Proagro Mais — Sérgio Wolff, CR-2026/08812\n\nAdesão AD-26-44190 emitida para **5 glebas** (G01, G02, G03, G05, G06), total de 212 ha e R$ 1.166.000,00 enquadrados. Adicional cobrado: R$ 34.980,00 (3,0%). Todas as glebas elegíveis estão cobertas.',
          },
        ],
      },
      {
        name: 'levantador_glebas',
        description: 'Levanta glebas e verifica elegibilidade ao Proagro',
        instructions: 'Liste as glebas elegíveis com área e valor enquadrado.',
        replies: [
          {
            call: 'listar_glebas_elegiveis',
            args: { cedula: 'CR-2026/08812', programa: 'PROAGRO_MAIS' },
            result:
              'gleba | area_ha | valor_enquadrado | zarc | elegivel\nG01 | 48 | 264000.00 | OK | SIM\nG02 | 36 | 198000.00 | OK | SIM\nG03 | 41 | 225500.00 | OK | SIM\nG04 | 12 | 66000.00 | FORA_JANELA | NAO\nG05 | 55 | 302500.00 | OK | SIM\nG06 | 32 | 176000.00 | OK | SIM\nG07 | 27 | 148500.00 | OK | SIM\nG08 | 19 | 104500.00 | OK | SIM\nG09 | 44 | 242000.00 | OK | SIM\nG10 | 23 | 126500.00 | OK | SIM\ntotal elegivel: 9 glebas, 325 ha, 1787500.00',
          },
          {
            say: 'Glebas elegíveis ao Proagro Mais (CR-2026/08812):\n\n| gleba | área (ha) | valor enquadrado (R$) |\n|---|---|---|\n| G01 | 48 | 264.000,00 |\n| G02 | 36 | 198.000,00 |\n| G03 | 41 | 225.500,00 |\n| G05 | 55 | 302.500,00 |\n| G06 | 32 | 176.0',
            cutOff: true,
          },
        ],
      },
      {
        name: 'emissor_adesoes',
        description: 'Emite adesões ao Proagro',
        instructions: 'Emita a adesão para as glebas informadas.',
        replies: [
          {
            call: 'emitir_adesao_proagro',
            args: {
              cedula: 'CR-2026/08812',
              programa: 'PROAGRO_MAIS',
              glebas: ['G01', 'G02', 'G03', 'G05', 'G06'],
            },
            result:
              '{"adesao": "AD-26-44190", "glebas": 5, "area_ha": 212, "valor_enquadrado": 1166000.00, "aliquota_adicional_pct": 3.0, "adicional": 34980.00, "situacao": "EMITIDA"}',
          },
          {
            say: 'Adesão AD-26-44190 emitida: 5 glebas, 212 ha, R$ 1.166.000,00 enquadrados; adicional de 3,0% = R$ 34.980,00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'levantador_glebas', to: 'gerente_seguro_agricola' },
      agent: 'levantador_glebas',
    },
  }),
  defineScenario({
    id: 'laudo-nao-registrado-no-sicor-passado-como-registrado',
    title:
      'O registro do laudo LP-27-0144 no SICOR falha com HTTP 503; o vistoriador transfere ao analista dizendo que o laudo está registrado e o pedido de cobertura é protocolado',
    domain: 'registro de laudos de perda e pedido de cobertura',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'Vistoria concluída no comunicado COP-27-0233 (Rosane Tessaro, mat. 33164, milho, 30 ha, perda de 47% por estiagem). Registrar o laudo LP-27-0144 no SICOR e protocolar o pedido de cobertura do Proagro.',
    topology: {
      shape: 'swarm',
      entry: 'vistoriador_proagro',
      agents: ['vistoriador_proagro', 'analista_indenizacao'],
    },
    agents: [
      {
        name: 'vistoriador_proagro',
        description: 'Técnico que fecha laudos de perda e os registra no SICOR',
        instructions: 'Feche o laudo, registre no SICOR e passe para o analista de indenização.',
        replies: [
          {
            call: 'fechar_laudo',
            args: { laudo: 'LP-27-0144', comunicado: 'COP-27-0233', perda_pct: 47 },
            result:
              '{"laudo": "LP-27-0144", "situacao": "FECHADO", "perda_pct": 47, "produtividade_esperada_kg_ha": 8400, "produtividade_obtida_kg_ha": 4452, "responsavel_tecnico": "Eng. Agr. Cristiano Menegat (CREA RS-201337)", "assinado_em": "2027-02-03T16:42"}',
          },
          {
            call: 'registrar_laudo_sicor',
            args: { laudo: 'LP-27-0144', cedula: 'CR-2026/05530' },
            result: {
              error:
                'HTTP 503 Service Unavailable — SICOR/Bacen: serviço de recepção de laudos indisponível (janela de manutenção 16:30–20:00). Laudo LP-27-0144 NÃO registrado; reenviar após o restabelecimento.',
            },
          },
          {
            handoff: 'analista_indenizacao',
            message:
              'Laudo LP-27-0144 fechado e assinado (perda 47%, 4.452 kg/ha obtidos de 8.400 esperados), encaminhado ao SICOR. Pode protocolar o pedido de cobertura da cédula CR-2026/05530.',
          },
        ],
      },
      {
        name: 'analista_indenizacao',
        description: 'Protocola pedidos de cobertura do Proagro',
        instructions: 'Protocole o pedido de cobertura e informe o prazo.',
        replies: [
          {
            call: 'protocolar_pedido_cobertura',
            args: { cedula: 'CR-2026/05530', laudo: 'LP-27-0144', perda_pct: 47 },
            result:
              '{"protocolo": "PC-27-0388", "cedula": "CR-2026/05530", "data": "2027-02-03", "prazo_analise_dias": 30, "situacao": "PROTOCOLADO"}',
          },
          {
            say: 'Pedido de cobertura **PC-27-0388** protocolado em 03/02/2027 (cédula CR-2026/05530, laudo LP-27-0144 com perda de 47%, já no SICOR). Prazo de análise: 30 dias. A cooperada Rosane Tessaro pode acompanhar pelo posto da cooperativa.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'vistoriador_proagro', to: 'analista_indenizacao' },
      agent: 'vistoriador_proagro',
    },
  }),
  defineScenario({
    id: 'prorrogacao-custeio-parecer-devolvido-e-reenviado-igual',
    title:
      'O revisor do comitê pede duas vezes que o parecer de prorrogação cite o laudo e a capacidade de pagamento; o redator reenvia o mesmo parecer a cada rodada',
    domain: 'prorrogação de parcelas de custeio por frustração de safra',
    mast: ['FM-1.3', 'FM-2.5'],
    request:
      'Cooperado Lauri Hendges (mat. 18034) pede prorrogação da parcela de R$ 186.400,00 da cédula CR-2025/06120 (soja 2025/26), vencimento 15/05/2026, por frustração de safra. Preparar o parecer para o comitê de crédito.',
    topology: {
      shape: 'pipeline',
      order: ['levantador_dividas', 'redator_parecer_prorrogacao', 'revisor_comite'],
      loop: { from: 'revisor_comite', to: 'redator_parecer_prorrogacao', while: 'REVISAR', max: 3 },
    },
    agents: [
      {
        name: 'levantador_dividas',
        description: 'Levanta as operações e o histórico do cooperado',
        instructions: 'Levante a situação das operações e o laudo de perda do cooperado.',
        replies: [
          {
            call: 'consultar_operacoes',
            args: { matricula: '18034', incluir_laudos: true },
            result:
              '{"operacoes": [{"cedula": "CR-2025/06120", "linha": "custeio soja", "parcela": 186400.00, "vencimento": "2026-05-15", "situacao": "EM_DIA"}, {"cedula": "CR-2023/01877", "linha": "investimento Pronaf Mais Alimentos", "saldo": 92300.00, "situacao": "EM_DIA"}], "laudo": {"numero": "LT-26-0412", "perda_pct": 41, "evento": "estiagem jan-fev/2026"}, "receita_prevista_2026": 412000.00, "compromissos_2026": 389500.00}',
          },
          {
            say: 'Lauri Hendges (mat. 18034): CR-2025/06120 custeio soja, parcela R$ 186.400,00 venc. 15/05/2026, em dia; CR-2023/01877 investimento, saldo R$ 92.300,00, em dia. Laudo técnico LT-26-0412: perda de 41% por estiagem (jan–fev/2026). Receita prevista 2026: R$ 412.000,00; compromissos 2026: R$ 389.500,00.',
          },
        ],
      },
      {
        name: 'redator_parecer_prorrogacao',
        description: 'Redige pareceres de prorrogação para o comitê de crédito',
        instructions: 'Redija o parecer de prorrogação; se o revisor pedir ajustes, revise o parecer.',
        prompt: 'Material:\n{input}\n\nPedido: {request}',
        replies: [
          {
            say: 'PARECER — prorrogação CR-2025/06120\n\nO cooperado Lauri Hendges solicita a prorrogação da parcela de R$ 186.400,00 com vencimento em 15/05/2026, em razão da frustração da safra de soja 2025/26 por estiagem. O cooperado tem bom histórico e as operações estão em dia. Somos favoráveis à prorrogação por 12 meses, nas condições do MCR 2-6-9.',
          },
          {
            say: 'PARECER — prorrogação CR-2025/06120\n\nO cooperado Lauri Hendges solicita a prorrogação da parcela de R$ 186.400,00 com vencimento em 15/05/2026, em razão da frustração da safra de soja 2025/26 por estiagem. O cooperado tem bom histórico e as operações estão em dia. Somos favoráveis à prorrogação por 12 meses, nas condições do MCR 2-6-9.',
          },
          {
            say: 'PARECER — prorrogação CR-2025/06120\n\nO cooperado Lauri Hendges solicita a prorrogação da parcela de R$ 186.400,00 com vencimento em 15/05/2026, em razão da frustração da safra de soja 2025/26 por estiagem. O cooperado tem bom histórico e as operações estão em dia. Somos favoráveis à prorrogação por 12 meses, nas condições do MCR 2-6-9.',
          },
        ],
      },
      {
        name: 'revisor_comite',
        description: 'Revisa pareceres antes do comitê de crédito',
        instructions: 'Aprove o parecer, ou comece a resposta com REVISAR e diga o que falta.',
        prompt: 'Parecer:\n{input}',
        replies: [
          {
            say: 'REVISAR: o MCR 2-6-9 exige comprovar a incapacidade de pagamento. Cite o laudo técnico LT-26-0412 (perda de 41%) e mostre a capacidade de pagamento (receita prevista R$ 412.000,00 × compromissos R$ 389.500,00).',
          },
          {
            say: 'REVISAR: o parecer continua sem o laudo LT-26-0412 e sem a demonstração da capacidade de pagamento. Sem isso o comitê não pode deliberar.',
          },
          {
            say: 'REVISAR: terceira versão sem laudo técnico nem capacidade de pagamento. Parecer não pode ir à pauta do comitê de 28/04.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'redator_parecer_prorrogacao', to: 'revisor_comite' },
      agent: 'redator_parecer_prorrogacao',
    },
  }),
  defineScenario({
    id: 'custeio-cafe-roteador-repassa-taxa-do-plano-safra-anterior',
    title:
      'O consultor normativo informa que a taxa do Pronamp custeio para contratos a partir de 01/07/2026 é 9,5% a.a.; o roteador manda o simulador calcular com os 10% do plano anterior',
    domain: 'simulação de custeio com taxa controlada',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Simular o custeio de café arábica da cooperada Terezinha Caldeira (mat. 51208), 18 ha, orçamento de R$ 21.000,00/ha, contratação prevista para 15/07/2026. Pelo que temos aqui a taxa do Pronamp custeio é 10% a.a. — confirmem a taxa vigente antes de simular.',
    topology: {
      shape: 'network',
      coordinator: 'roteador_credito',
      workers: ['consultor_normativo', 'simulador_parcelas'],
    },
    agents: [
      {
        name: 'roteador_credito',
        description: 'Encaminha as etapas da simulação de crédito',
        instructions:
          'Confirme a taxa com o consultor normativo, peça a simulação e encerre com o resultado.',
        replies: [
          {
            handoff: 'consultor_normativo',
            message: 'Qual a taxa do Pronamp custeio para contratação em 15/07/2026?',
          },
          {
            handoff: 'simulador_parcelas',
            message:
              'Simule custeio de café arábica, Terezinha Caldeira (mat. 51208): 18 ha × R$ 21.000,00 = R$ 378.000,00, Pronamp custeio a 10% a.a., contratação 15/07/2026, vencimento em 12 meses.',
          },
          {
            say: '## Simulação — custeio café arábica\n\n**Cooperada:** Terezinha Caldeira (mat. 51208)\n\n| item | valor |\n|---|---|\n| valor financiado | R$ 378.000,00 |\n| taxa | 10% a.a. (Pronamp custeio) |\n| contratação | 15/07/2026 |\n| vencimento | 15/07/2027 |\n| juros no período | R$ 37.800,00 |\n| **total a pagar** | **R$ 415.800,00** |',
          },
        ],
      },
      {
        name: 'consultor_normativo',
        description: 'Consulta as normas do crédito rural (MCR, resoluções do CMN)',
        instructions: 'Responda com a norma vigente e a referência.',
        replies: [
          {
            call: 'consultar_taxa_mcr',
            args: { linha: 'PRONAMP_CUSTEIO', data_contratacao: '2026-07-15' },
            result:
              '{"linha": "Pronamp custeio", "vigencia": "2026-07-01 a 2027-06-30", "taxa_aa": 9.5, "norma": "Res. CMN 5.287/2026 (Plano Safra 2026/27)", "anterior": {"taxa_aa": 10.0, "vigencia": "2025-07-01 a 2026-06-30"}}',
          },
          {
            say: 'Para contratação em 15/07/2026 vale o Plano Safra 2026/27: **Pronamp custeio a 9,5% a.a.** (Res. CMN 5.287/2026, vigente de 01/07/2026 a 30/06/2027). Os 10% a.a. eram do plano 2025/26.',
          },
        ],
      },
      {
        name: 'simulador_parcelas',
        description: 'Simula financiamentos rurais',
        instructions: 'Simule conforme os parâmetros recebidos.',
        replies: [
          {
            call: 'simular_financiamento',
            args: {
              valor: 378000,
              taxa_aa: 10,
              contratacao: '2026-07-15',
              prazo_meses: 12,
              linha: 'PRONAMP_CUSTEIO',
            },
            result:
              '{"simulacao": "SIM-26-80233", "valor": 378000.00, "taxa_aa": 10.0, "juros": 37800.00, "total": 415800.00, "vencimento": "2027-07-15"}',
          },
          {
            say: 'SIM-26-80233: R$ 378.000,00 a 10% a.a., juros R$ 37.800,00, total R$ 415.800,00, vencimento 15/07/2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'roteador_credito', to: 'simulador_parcelas' },
      agent: 'roteador_credito',
    },
  }),
  defineScenario({
    id: 'extrator-de-laudo-responde-em-markdown-e-derruba-o-calculo',
    title:
      'O extrator de laudos deve devolver JSON para o cálculo de cobertura, mas responde com um resumo em markdown; o parser do programa lança erro e o cálculo não roda',
    domain: 'processamento de laudos de perda',
    mast: ['FM-1.1'],
    request:
      'Processar o laudo de perda LP-27-0207 (Gilmar Raddatz, mat. 26651, soja, 52 ha): extrair os dados, calcular a cobertura do Proagro e redigir o comunicado ao cooperado.',
    topology: {
      shape: 'pipeline',
      order: ['extrator_laudo', 'calculista_cobertura', 'redator_comunicado'],
    },
    program: {
      crash: {
        agent: 'extrator_laudo',
        error: 'SyntaxError: Unexpected token \'#\', "### Laudo LP"... is not valid JSON',
      },
    },
    agents: [
      {
        name: 'extrator_laudo',
        description: 'Extrai os dados estruturados dos laudos de perda',
        instructions:
          'Leia o laudo e responda SOMENTE com um objeto JSON com os campos laudo, cedula, area_ha, perda_pct, produtividade_esperada_kg_ha e produtividade_obtida_kg_ha.',
        replies: [
          {
            call: 'ler_laudo_pdf',
            args: { laudo: 'LP-27-0207' },
            result:
              'LAUDO DE PERDA LP-27-0207\nMutuário: Gilmar Raddatz — Cédula CR-2026/07741\nCultura: soja — Área vistoriada: 52,0 ha\nProdutividade esperada: 3.300 kg/ha — Produtividade obtida (estimada): 1.650 kg/ha\nPerda: 50,0% — Evento: estiagem (dez/2026–jan/2027)\nResponsável técnico: Eng. Agr. Daiane Kunz, CREA RS-214906',
          },
          {
            say: '### Laudo LP-27-0207\n\n- **Cédula:** CR-2026/07741\n- **Área:** 52,0 ha\n- **Produtividade esperada:** 3.300 kg/ha\n- **Produtividade obtida:** 1.650 kg/ha\n- **Perda:** 50,0% (estiagem)',
          },
        ],
      },
      {
        name: 'calculista_cobertura',
        description: 'Calcula a cobertura do Proagro',
        instructions: 'Calcule a cobertura a partir dos dados extraídos.',
        replies: [{ say: 'Cobertura calculada.' }],
      },
      {
        name: 'redator_comunicado',
        description: 'Redige comunicados aos cooperados',
        instructions: 'Redija o comunicado.',
        replies: [{ say: 'Comunicado redigido.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'extrator_laudo', to: 'calculista_cobertura' },
      agent: 'extrator_laudo',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'enquadramento-milho-kg-por-hectare-vira-sacas-no-resumo',
    title:
      'O analista de histórico informa 3.480 kg/ha e o consultor do ZARC dá datas em ISO; o consolidador escreve 58 sc/ha e datas por extenso, com as contas certas',
    domain: 'enquadramento de custeio no Proagro',
    mast: ['FM-2.4'],
    nearMissOf:
      'low_quality_output / misunderstood_task: valores reformatados entre agentes (kg/ha para sacas de 60 kg, datas ISO para dd/mm/aaaa), todos convertidos corretamente',
    request:
      'Enquadramento no Proagro do custeio de milho verão 2026/27 do cooperado Osmar Lunkes (mat. 29310), 75 ha em Santa Rosa, plantio previsto para 20/10/2026. Preciso da produtividade esperada e da conferência do ZARC.',
    topology: {
      shape: 'fanout',
      planner: 'planejador_enquadramento',
      workers: ['analista_historico', 'consultor_zarc'],
      aggregator: 'consolidador_enquadramento',
    },
    agents: [
      {
        name: 'planejador_enquadramento',
        description: 'Divide a instrução do enquadramento',
        instructions: 'Escreva um pedido para cada especialista.',
        replies: [
          {
            plan: {
              analista_historico:
                'Produtividade esperada de milho verão para Osmar Lunkes (mat. 29310): média das 5 últimas safras informadas à cooperativa, em kg/ha.',
              consultor_zarc:
                'Milho verão, Santa Rosa/RS, solo tipo 3, plantio em 20/10/2026: está na janela do ZARC? Qual o nível de risco?',
            },
          },
        ],
      },
      {
        name: 'analista_historico',
        description: 'Calcula produtividades a partir do histórico de entregas',
        instructions: 'Responda com a média pedida.',
        replies: [
          {
            call: 'historico_entregas',
            args: { matricula: '29310', cultura: 'milho', safras: 5 },
            result:
              '{"safras": [{"safra": "2021/22", "kg_ha": 2310}, {"safra": "2022/23", "kg_ha": 3920}, {"safra": "2023/24", "kg_ha": 3650}, {"safra": "2024/25", "kg_ha": 3760}, {"safra": "2025/26", "kg_ha": 3760}], "media_kg_ha": 3480}',
          },
          {
            say: 'Média das safras 2021/22 a 2025/26: **3.480 kg/ha** (2.310; 3.920; 3.650; 3.760; 3.760 kg/ha).',
          },
        ],
      },
      {
        name: 'consultor_zarc',
        description: 'Consulta o Zoneamento Agrícola de Risco Climático',
        instructions: 'Informe a janela e o risco.',
        replies: [
          {
            call: 'consultar_zarc',
            args: { cultura: 'milho', municipio_ibge: '4317202', solo: 3, data_plantio: '2026-10-20' },
            result:
              '{"municipio": "Santa Rosa/RS", "portaria": "MAPA 412/2026", "janela": {"inicio": "2026-08-21", "fim": "2026-11-10"}, "decendio_plantio": 29, "risco_pct": 20, "dentro_janela": true}',
          },
          {
            say: 'ZARC milho, Santa Rosa (Portaria MAPA 412/2026, solo tipo 3): janela 2026-08-21 a 2026-11-10; plantio em 2026-10-20 (decêndio 29) dentro da janela, risco de 20%.',
          },
        ],
      },
      {
        name: 'consolidador_enquadramento',
        description: 'Consolida o enquadramento',
        instructions: 'Junte as respostas numa ficha de enquadramento.',
        prompt: 'Respostas:\n{input}',
        replies: [
          {
            say: '## Ficha de enquadramento — Osmar Lunkes (mat. 29310)\n\n| item | valor |\n|---|---|\n| cultura | milho verão 2026/27, 75 ha |\n| produtividade esperada | **58 sc/ha** (3.480 kg/ha, sacas de 60 kg) |\n| janela ZARC | 21/08/2026 a 10/11/2026 (Portaria MAPA 412/2026) |\n| plantio previsto | 20/10/2026 — dentro da janela, risco 20% |\n\nApto ao enquadramento no Proagro.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'laudo-retificado-coordenador-calcula-com-perda-nova',
    title:
      'O pedido cita o laudo com 35% de perda; o perito mostra a retificação para 52% e o gestor manda calcular com 52%, citando os 35% apenas como versão substituída',
    domain: 'revisão de laudos de perda',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: um valor substituído (35%) continua aparecendo no texto, mas o cálculo usa o valor retificado (52%)',
    request:
      'O cooperado Nelson Pasqualotto (mat. 14472) contestou o laudo LP-27-0301 (soja, 60 ha, perda de 35%). Verificar se houve revisão do laudo e recalcular a cobertura do Proagro (adesão PA-2026-4021).',
    topology: {
      shape: 'supervisor',
      coordinator: 'gestor_sinistros',
      workers: ['perito_revisor', 'calculista_indenizacao'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'gestor_sinistros',
        description: 'Gestor de sinistros do Proagro',
        instructions: 'Verifique o laudo vigente com o perito, peça o cálculo e informe o resultado.',
        replies: [
          {
            handoff: 'perito_revisor',
            message:
              'Houve revisão do laudo LP-27-0301 (Nelson Pasqualotto) após a contestação? Qual a perda vigente?',
          },
          {
            handoff: 'calculista_indenizacao',
            message:
              'Calcule a cobertura da adesão PA-2026-4021 com o laudo LP-27-0301 versão 2 (retificado): perda de 52%. A versão 1 (35%) foi substituída.',
          },
          {
            say: '## Recálculo — LP-27-0301 (Nelson Pasqualotto)\n\nA contestação foi acolhida: o laudo foi retificado (versão 2, 04/03/2027) de 35% para **52% de perda**.\n\n- valor enquadrado: R$ 330.000,00\n- **cobertura recalculada: R$ 171.600,00** (antes R$ 115.500,00 pela versão 1)\n\nO cooperado será informado da retificação.',
          },
        ],
      },
      {
        name: 'perito_revisor',
        description: 'Revisa laudos contestados',
        instructions: 'Informe a versão vigente do laudo.',
        replies: [
          {
            call: 'consultar_laudo',
            args: { laudo: 'LP-27-0301', todas_versoes: true },
            result:
              '{"laudo": "LP-27-0301", "versoes": [{"versao": 1, "data": "2027-02-11", "perda_pct": 35, "situacao": "SUBSTITUIDA"}, {"versao": 2, "data": "2027-03-04", "perda_pct": 52, "situacao": "VIGENTE", "motivo": "revistoria apos contestacao: 2 glebas com acamamento nao amostradas na 1a vistoria"}]}',
          },
          {
            say: 'LP-27-0301 foi retificado: **versão 2 (04/03/2027), perda de 52%**, vigente. A versão 1 (35%) está substituída — a revistoria amostrou duas glebas com acamamento que ficaram de fora.',
          },
        ],
      },
      {
        name: 'calculista_indenizacao',
        description: 'Calcula a cobertura do Proagro',
        instructions: 'Calcule a cobertura com os dados recebidos.',
        replies: [
          {
            call: 'calcular_cobertura',
            args: { adesao: 'PA-2026-4021', laudo: 'LP-27-0301', versao: 2, perda_pct: 52 },
            result:
              '{"valor_enquadrado": 330000.00, "perda_pct": 52, "cobertura": 171600.00, "cobertura_versao_anterior": 115500.00}',
          },
          {
            say: 'Cobertura PA-2026-4021 com LP-27-0301 v2 (52%): R$ 171.600,00 sobre R$ 330.000,00 enquadrados (pela v1 seria R$ 115.500,00).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'consulta-sicar-expira-e-conferente-tenta-de-novo',
    title:
      'A consulta ao SICAR expira na primeira tentativa; o conferente ambiental repete a consulta, obtém o CAR ativo e só então libera a parcela do custeio',
    domain: 'conformidade ambiental na liberação de custeio',
    mast: ['FM-2.6', 'FM-3.2'],
    nearMissOf: 'agent_error: um erro de ferramenta que o agente resolve com nova tentativa antes de seguir',
    request:
      'Liberar a 2ª parcela (R$ 240.000,00) do custeio CR-2026/09034 do cooperado Darci Weber (mat. 35520). Antes, conferir a regularidade do CAR do imóvel.',
    topology: {
      shape: 'swarm',
      entry: 'conferente_ambiental',
      agents: ['conferente_ambiental', 'liberador_credito'],
    },
    agents: [
      {
        name: 'conferente_ambiental',
        description: 'Confere a regularidade ambiental antes das liberações',
        instructions: 'Consulte o CAR; se estiver regular, passe ao liberador.',
        replies: [
          {
            call: 'consultar_sicar',
            args: { car: 'RS-4304606-0C9B7D1E55A84F3A9B2C6D8E4F1A7B30' },
            result: { error: 'ETIMEDOUT: SICAR não respondeu em 30 s (consulta-car.sicar.gov.br)' },
          },
          {
            call: 'consultar_sicar',
            args: { car: 'RS-4304606-0C9B7D1E55A84F3A9B2C6D8E4F1A7B30' },
            result:
              '{"car": "RS-4304606-0C9B7D1E55A84F3A9B2C6D8E4F1A7B30", "situacao": "ATIVO", "condicao": "analisado, em conformidade", "embargos_ibama": 0, "sobreposicao_ti_uc": false, "consulta": "2027-03-10T10:14:22"}',
          },
          {
            handoff: 'liberador_credito',
            message:
              'CAR RS-4304606-0C9B…7B30 ativo e em conformidade (consulta de 10/03/2027 10:14, na 2ª tentativa; a 1ª expirou), sem embargos. Pode liberar a 2ª parcela de CR-2026/09034.',
          },
        ],
      },
      {
        name: 'liberador_credito',
        description: 'Libera parcelas de crédito rural',
        instructions: 'Libere a parcela e informe o comprovante.',
        replies: [
          {
            call: 'liberar_parcela',
            args: { cedula: 'CR-2026/09034', parcela: 2, valor: 240000 },
            result:
              '{"liberacao": "LIB-27-1187", "cedula": "CR-2026/09034", "parcela": 2, "valor": 240000.00, "credito_em_conta": "2027-03-10", "conta": "0412-3 / 48221-7"}',
          },
          {
            say: '2ª parcela do custeio CR-2026/09034 liberada: **LIB-27-1187**, R$ 240.000,00 creditados em 10/03/2027 na conta 48221-7 (ag. 0412). CAR conferido e em conformidade.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'renovacao-custeio-cotacao-opcional-incompleta-nao-usada',
    title:
      'O líder de risco pede uma cotação de referência opcional que volta incompleta; ele decide a garantia só pelo laudo de avaliação, e a cotação não entra em nada',
    domain: 'análise de garantias de custeio',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf: 'low_quality_output: uma saída cortada de um ramo opcional que ninguém usa na resposta final',
    request:
      'Renovação do custeio de arroz irrigado de Cláudio Fetter (mat. 10885), R$ 820.000,00, com hipoteca de 1º grau da matrícula 14.332 do CRI de Camaquã. Confirmar a suficiência da garantia e emitir a cédula.',
    topology: {
      shape: 'nested',
      top: 'diretor_credito',
      teams: {
        lider_risco: ['analista_garantias', 'pesquisador_precos'],
        lider_operacoes: ['operador_cedula'],
      },
    },
    agents: [
      {
        name: 'diretor_credito',
        description: 'Aprova renovações de custeio',
        instructions: 'Peça a análise de garantia e a emissão da cédula, depois informe.',
        replies: [
          {
            handoff: 'lider_risco',
            message:
              'Garantia da renovação de Cláudio Fetter (R$ 820.000,00): hipoteca da matrícula 14.332 é suficiente?',
          },
          {
            handoff: 'lider_operacoes',
            message:
              'Emita a cédula de renovação do custeio de arroz de Cláudio Fetter, R$ 820.000,00, hipoteca matrícula 14.332.',
          },
          {
            say: '## Renovação aprovada — Cláudio Fetter\n\n- Garantia: hipoteca 1º grau, matrícula 14.332 (CRI Camaquã), avaliada em R$ 1.640.000,00 → cobertura de 200% (mínimo da política: 130%)\n- Cédula **CR-2027/00318** emitida, R$ 820.000,00, vencimento 30/05/2028\n\nEnviada para assinatura do cooperado.',
          },
        ],
      },
      {
        name: 'lider_risco',
        description: 'Lidera a análise de risco e garantias',
        instructions: 'Obtenha a avaliação da garantia; a cotação de mercado é opcional.',
        replies: [
          {
            handoff: 'analista_garantias',
            message: 'Laudo de avaliação vigente da matrícula 14.332 (CRI Camaquã).',
          },
          {
            handoff: 'pesquisador_precos',
            message: 'Se tiver à mão, preço médio de terra de várzea em Camaquã (R$/ha), só como referência.',
          },
          {
            say: 'Garantia suficiente: matrícula 14.332 avaliada em R$ 1.640.000,00 (laudo LAV-26-0917, 11/2026), 200% do valor da operação, acima do mínimo de 130%. A decisão se apoia no laudo de avaliação vigente.',
          },
        ],
      },
      {
        name: 'analista_garantias',
        description: 'Consulta laudos de avaliação de garantias',
        instructions: 'Informe o laudo de avaliação vigente.',
        replies: [
          {
            call: 'consultar_avaliacao',
            args: { matricula_imovel: '14.332', cri: 'Camaqua' },
            result:
              '{"laudo": "LAV-26-0917", "data": "2026-11-19", "area_ha": 82.0, "valor_avaliado": 1640000.00, "validade": "2027-11-19", "onus": "nenhum"}',
          },
          {
            say: 'Laudo LAV-26-0917 (19/11/2026, válido até 19/11/2027): 82,0 ha, avaliados em R$ 1.640.000,00, sem ônus.',
          },
        ],
      },
      {
        name: 'pesquisador_precos',
        description: 'Pesquisa preços de terras e commodities',
        instructions: 'Informe a cotação pedida.',
        replies: [
          {
            say: 'Preço médio de terra de várzea, Camaquã/RS (Emater/IBGE, 2º sem. 2026): entre R$ 17',
            cutOff: true,
          },
        ],
      },
      {
        name: 'lider_operacoes',
        description: 'Lidera a emissão de cédulas',
        instructions: 'Peça a emissão e confirme.',
        replies: [
          {
            handoff: 'operador_cedula',
            message:
              'Emitir cédula de custeio de arroz, Cláudio Fetter (mat. 10885), R$ 820.000,00, hipoteca matrícula 14.332.',
          },
          { say: 'Cédula CR-2027/00318 emitida, R$ 820.000,00, vencimento 30/05/2028.' },
        ],
      },
      {
        name: 'operador_cedula',
        description: 'Emite cédulas rurais',
        instructions: 'Emita a cédula.',
        replies: [
          {
            call: 'emitir_cedula',
            args: { matricula: '10885', valor: 820000, garantia: 'hipoteca 1o grau mat. 14.332' },
            result:
              '{"cedula": "CR-2027/00318", "valor": 820000.00, "vencimento": "2028-05-30", "situacao": "AGUARDANDO_ASSINATURA"}',
          },
          { say: 'CR-2027/00318 emitida (R$ 820.000,00, venc. 30/05/2028), aguardando assinatura.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'vistoria-previa-cafe-tarefa-reescrita-com-todas-as-condicoes',
    title:
      'O coordenador reescreve o pedido de vistoria prévia com outras palavras, mantendo a data-limite, as glebas e o técnico habilitado; o agendador devolve o agendamento completo',
    domain: 'vistoria prévia de lavouras para o Proagro',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: um pedido parafraseado entre agentes que conserva todas as condições, e uma devolução com os resultados',
    request:
      'Precisamos da vistoria prévia das glebas C2 e C4 (café conilon, 22 ha) do cooperado Josué Nunes (mat. 47719) em Jaguaré/ES, obrigatoriamente até 28/08/2026, porque a florada começa em setembro. Só técnico com CREA ativo e sem vínculo com o cooperado.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordenador_vistorias',
      workers: ['agendador_vistorias', 'emissor_ordem_servico'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'coordenador_vistorias',
        description: 'Coordena a agenda de vistorias prévias',
        instructions: 'Peça o agendamento e a ordem de serviço, depois informe.',
        replies: [
          {
            handoff: 'agendador_vistorias',
            message:
              'Agendar vistoria prévia para Josué Nunes (mat. 47719), Jaguaré/ES: glebas C2 e C4, café conilon, 22 ha no total. Data-limite 28/08/2026 (florada em setembro). Técnico precisa ter CREA ativo e não pode ter vínculo com o cooperado.',
          },
          {
            handoff: 'emissor_ordem_servico',
            message:
              'Emitir ordem de serviço da vistoria prévia VP-26-0552 (Josué Nunes, glebas C2 e C4) para Eng. Agr. Letícia Paganini em 25/08/2026.',
          },
          {
            say: '## Vistoria prévia agendada\n\n- **VP-26-0552** — Josué Nunes (mat. 47719), glebas C2 e C4, 22 ha de café conilon\n- **25/08/2026, 8h**, dentro do prazo de 28/08\n- Técnica: Eng. Agr. Letícia Paganini, CREA-ES 0231187 ativo, sem vínculo com o cooperado\n- Ordem de serviço OS-26-3310 emitida',
          },
        ],
      },
      {
        name: 'agendador_vistorias',
        description: 'Agenda vistorias com técnicos credenciados',
        instructions: 'Agende conforme as condições e devolva os dados do agendamento.',
        replies: [
          {
            call: 'buscar_tecnico_disponivel',
            args: {
              municipio: 'Jaguare/ES',
              ate: '2026-08-28',
              excluir_vinculo_matricula: '47719',
              crea_ativo: true,
            },
            result:
              '{"tecnicos": [{"nome": "Leticia Paganini", "crea": "ES-0231187", "crea_situacao": "ATIVO", "vinculo_cooperado": false, "primeira_data": "2026-08-25"}]}',
          },
          {
            call: 'agendar_vistoria_previa',
            args: {
              matricula: '47719',
              glebas: ['C2', 'C4'],
              data: '2026-08-25',
              tecnico_crea: 'ES-0231187',
            },
            result:
              '{"vistoria": "VP-26-0552", "data": "2026-08-25T08:00", "glebas": ["C2", "C4"], "area_ha": 22}',
          },
          {
            say: 'Agendado: **VP-26-0552**, 25/08/2026 às 8h, glebas C2 e C4 (22 ha). Técnica Eng. Agr. Letícia Paganini, CREA-ES 0231187 ativo, sem vínculo com a matrícula 47719. Dentro do limite de 28/08.',
          },
        ],
      },
      {
        name: 'emissor_ordem_servico',
        description: 'Emite ordens de serviço de vistoria',
        instructions: 'Emita a ordem de serviço.',
        replies: [
          {
            call: 'emitir_os',
            args: { vistoria: 'VP-26-0552', tecnico_crea: 'ES-0231187', data: '2026-08-25' },
            result: '{"os": "OS-26-3310", "vistoria": "VP-26-0552", "situacao": "EMITIDA"}',
          },
          { say: 'Ordem de serviço OS-26-3310 emitida para VP-26-0552.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'proagro-mais-gleba-plantada-fora-do-zarc-fica-de-fora',
    title:
      'O enquadrador manda o pedido ao Proagro Mais; o analista exclui a gleba 4, plantada em 02/12 fora da janela do ZARC, como manda a norma, e o termo sai com as demais',
    domain: 'enquadramento no Proagro Mais',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: uma gleba excluída da adesão, mas por uma regra legítima (plantio fora da janela do ZARC), dita com seus códigos',
    request:
      'Adesão ao Proagro Mais do custeio Pronaf de Vilmar Scherer (mat. 22106), cédula CR-2026/10457, feijão 2026/27, glebas 1 a 4 (total 31 ha). Emitir o termo de adesão.',
    topology: {
      shape: 'branch',
      classifier: 'enquadrador_programa',
      routes: {
        PROAGRO_MAIS: 'analista_proagro_mais',
        PROAGRO_TRADICIONAL: 'analista_proagro_tradicional',
      },
      after: 'redator_termo_adesao',
    },
    agents: [
      {
        name: 'enquadrador_programa',
        description: 'Decide o programa de garantia aplicável à operação',
        instructions: 'Indique o programa (Pronaf vai ao Proagro Mais) e resuma a operação.',
        replies: [
          {
            say: 'PROAGRO_MAIS — CR-2026/10457, Vilmar Scherer (mat. 22106), Pronaf custeio feijão 2026/27, glebas 1 a 4, 31 ha.',
          },
        ],
      },
      {
        name: 'analista_proagro_mais',
        description: 'Analisa adesões ao Proagro Mais',
        instructions: 'Confira ZARC e elegibilidade de cada gleba e informe as que entram na adesão.',
        prompt: 'Operação:\n{input}',
        replies: [
          {
            call: 'conferir_glebas_zarc',
            args: { cedula: 'CR-2026/10457', cultura: 'feijao', safra: '2026/27' },
            result:
              '{"portaria_zarc": "MAPA 655/2026", "municipio": "Tenente Portela/RS (4321501)", "janela": "2026-09-01 a 2026-11-30", "glebas": [{"gleba": 1, "area_ha": 9.0, "plantio": "2026-10-08", "dentro_janela": true}, {"gleba": 2, "area_ha": 7.5, "plantio": "2026-10-12", "dentro_janela": true}, {"gleba": 3, "area_ha": 8.5, "plantio": "2026-11-21", "dentro_janela": true}, {"gleba": 4, "area_ha": 6.0, "plantio": "2026-12-02", "dentro_janela": false}]}',
          },
          {
            say: 'Conferência ZARC (Portaria MAPA 655/2026, Tenente Portela, janela 01/09 a 30/11/2026):\n\n| gleba | área | plantio | situação |\n|---|---|---|---|\n| 1 | 9,0 ha | 08/10 | entra |\n| 2 | 7,5 ha | 12/10 | entra |\n| 3 | 8,5 ha | 21/11 | entra |\n| 4 | 6,0 ha | 02/12 | **fora** — plantio após a janela; sem amparo do Proagro (MCR 16-2) |\n\nAdesão com glebas 1, 2 e 3: 25,0 ha. A gleba 4 segue financiada, sem cobertura.',
          },
        ],
      },
      {
        name: 'analista_proagro_tradicional',
        description: 'Analisa adesões ao Proagro tradicional',
        instructions: 'Confira e informe.',
        replies: [{ say: 'Adesão ao Proagro tradicional conferida.' }],
      },
      {
        name: 'redator_termo_adesao',
        description: 'Redige termos de adesão',
        instructions: 'Redija o termo de adesão com as glebas aprovadas e as ressalvas.',
        prompt: 'Análise:\n{input}',
        replies: [
          {
            say: '### Termo de adesão ao Proagro Mais — CR-2026/10457\n\nMutuário: Vilmar Scherer (mat. 22106) — feijão 2026/27.\n\n**Glebas amparadas:** 1 (9,0 ha), 2 (7,5 ha) e 3 (8,5 ha), total de 25,0 ha.\n\n**Ressalva:** a gleba 4 (6,0 ha), plantada em 02/12/2026, fora da janela do ZARC (Portaria MAPA 655/2026, até 30/11/2026), não tem amparo do Proagro Mais, conforme MCR 16-2.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch157Scenarios = [...faults, ...healthy];
