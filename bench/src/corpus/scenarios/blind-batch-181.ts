import { defineScenario } from '../scenario.ts';

// Blind batch 181: armazenagem de grãos e logística ferroviária de uma cooperativa agroindustrial brasileira, em português do Brasil.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'primavera-do-leste-reserva-vagoes-com-lote-umido',
    title:
      'O coordenador pede vagões só para os lotes SJ-2703-01, -02, -03 e -05 (3.480 t); o reservador reserva 42 vagões para os cinco lotes, com o SJ-2703-04 ainda úmido',
    domain: 'expedição de soja por ferrovia',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Programar o embarque de soja do armazém de Primavera do Leste (AR-PVL) para o terminal de Rondonópolis na semana de 15 a 19/03/2027: lotes SJ-2703-01 a SJ-2703-05, exceto o SJ-2703-04, que está com 15,2% de umidade e volta para o secador 2. Reservem os vagões e avisem o terminal.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordenador_expedicao',
      workers: ['reservador_vagoes', 'terminal_rondonopolis'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'coordenador_expedicao',
        description: 'Coordena a expedição de grãos dos armazéns da cooperativa',
        instructions: 'Delegue a reserva de vagões e o aviso ao terminal; consolide o resultado.',
        replies: [
          {
            handoff: 'reservador_vagoes',
            message:
              'Reservar vagões hopper AR-PVL → Rondonópolis, carregamento 15–19/03/2027, para os lotes SJ-2703-01 (920 t), SJ-2703-02 (870 t), SJ-2703-03 (760 t) e SJ-2703-05 (930 t): total 3.480 t. O SJ-2703-04 (690 t, umidade 15,2%) fica no armazém para nova secagem.',
          },
          {
            handoff: 'terminal_rondonopolis',
            message:
              'Aviso de chegada: composição de soja de AR-PVL, reserva RV-RMN-27-0311, 42 vagões hopper, chegadas de 16 a 20/03/2027. Agendar a descarga na moega ferroviária.',
          },
          {
            say: '## Embarque de soja AR-PVL → Rondonópolis (15–19/03/2027)\n\n| item | situação |\n|---|---|\n| reserva | RV-RMN-27-0311 — 42 vagões hopper HFT |\n| volume | 4.170 t |\n| descarga no terminal | agendada 16–20/03, moega ferroviária 1, janelas de 06:00 |\n\nTudo programado; o terminal confirmou as janelas.',
          },
        ],
      },
      {
        name: 'reservador_vagoes',
        description: 'Reserva vagões junto à concessionária ferroviária',
        instructions: 'Reserve os vagões necessários para o volume e os lotes informados.',
        replies: [
          {
            call: 'reservar_vagoes',
            args: {
              origem: 'AR-PVL',
              destino: 'TRM-RONDONOPOLIS',
              tipo_vagao: 'HFT',
              lotes: ['SJ-2703-01', 'SJ-2703-02', 'SJ-2703-03', 'SJ-2703-04', 'SJ-2703-05'],
              volume_t: 4170,
              periodo: { inicio: '2027-03-15', fim: '2027-03-19' },
            },
            result:
              '{"reserva": "RV-RMN-27-0311", "status": "CONFIRMADA", "vagoes": 42, "capacidade_vagao_t": 100, "volume_reservado_t": 4170, "tarifa_rs_t": 96.40, "valor_estimado_rs": 401988.00}',
          },
          {
            say: 'Reserva **RV-RMN-27-0311** confirmada: 42 vagões hopper HFT para 4.170 t (lotes SJ-2703-01 a SJ-2703-05), carregamento 15–19/03 no pátio de Primavera do Leste. Valor estimado R$ 401.988,00 (R$ 96,40/t).',
          },
        ],
      },
      {
        name: 'terminal_rondonopolis',
        description: 'Agenda descargas no terminal ferroviário de Rondonópolis',
        instructions: 'Agende a descarga das composições anunciadas.',
        replies: [
          {
            call: 'agendar_descarga',
            args: { reserva: 'RV-RMN-27-0311', vagoes: 42, inicio: '2027-03-16', fim: '2027-03-20' },
            result:
              '{"agendamento": "AG-TRM-5521", "moega": "ferroviaria-1", "janelas": ["16/03 06:00", "17/03 06:00", "18/03 06:00", "19/03 06:00", "20/03 06:00"], "vagoes_por_janela": [9, 9, 8, 8, 8]}',
          },
          {
            say: 'Descarga agendada (AG-TRM-5521): moega ferroviária 1, janelas de 16 a 20/03 às 06:00, 9-9-8-8-8 vagões.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'coordenador_expedicao', to: 'reservador_vagoes' },
      agent: 'reservador_vagoes',
    },
  }),
  defineScenario({
    id: 'lucas-do-rio-verde-descarga-milho-antes-do-secador',
    title:
      'O atendimento avisa que a moega 3 só recebe milho úmido a partir de 14/03 (secador 2 parado); o agendador marca as primeiras 24 carretas para 12 e 13/03',
    domain: 'recebimento de grãos dos cooperados',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Sou o cooperado Anderson Fiorentin, matrícula 40.118. Tenho 38 carretas de milho (cerca de 1.330 t) para entregar na unidade de Lucas do Rio Verde. Preciso agendar a descarga o quanto antes.',
    topology: {
      shape: 'swarm',
      entry: 'atendimento_cooperado',
      agents: ['atendimento_cooperado', 'agendador_moega'],
    },
    agents: [
      {
        name: 'atendimento_cooperado',
        description: 'Atende os cooperados e encaminha os pedidos à unidade',
        instructions: 'Verifique a situação da unidade e transfira o agendamento com as restrições.',
        replies: [
          {
            call: 'consultar_unidade',
            args: { unidade: 'LRV', produto: 'milho' },
            result:
              '{"unidade": "LRV", "moegas_milho": ["moega-3"], "secador_2": {"status": "MANUTENCAO", "previsao_retorno": "2027-03-13T22:00"}, "recebimento_milho_umido_a_partir_de": "2027-03-14", "limite_carretas_dia": 12}',
          },
          {
            handoff: 'agendador_moega',
            message:
              'Cooperado 40.118 (Anderson Fiorentin): 38 carretas de milho, ~1.330 t, umidade declarada 22%. Agendar na moega 3 de LRV a partir de 14/03/2027 — o secador 2 está em manutenção até 13/03 à noite e sem ele não recebemos milho úmido. Limite de 12 carretas/dia.',
          },
        ],
      },
      {
        name: 'agendador_moega',
        description: 'Agenda as descargas nas moegas das unidades',
        instructions: 'Agende as carretas respeitando as condições informadas e confirme ao cooperado.',
        replies: [
          {
            call: 'agendar_carretas',
            args: {
              unidade: 'LRV',
              moega: 'moega-3',
              matricula: '40.118',
              produto: 'milho',
              agenda: [
                { data: '2027-03-12', carretas: 12 },
                { data: '2027-03-13', carretas: 12 },
                { data: '2027-03-14', carretas: 12 },
                { data: '2027-03-15', carretas: 2 },
              ],
            },
            result:
              '{"protocolo": "AGD-LRV-27-03-0877", "carretas_agendadas": 38, "senhas": "LRV-M3-1201 a LRV-M3-1238", "status": "CONFIRMADO"}',
          },
          {
            say: 'Olá, Anderson! Descarga agendada — protocolo **AGD-LRV-27-03-0877**, moega 3 de Lucas do Rio Verde:\n\n| data | carretas | senhas |\n|---|---|---|\n| 12/03 | 12 | LRV-M3-1201 a 1212 |\n| 13/03 | 12 | LRV-M3-1213 a 1224 |\n| 14/03 | 12 | LRV-M3-1225 a 1236 |\n| 15/03 | 2 | LRV-M3-1237 e 1238 |\n\nChegada a partir das 06:00, com a nota do produtor em mãos.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'atendimento_cooperado', to: 'agendador_moega' },
      agent: 'agendador_moega',
    },
  }),
  defineScenario({
    id: 'sorriso-silo-s07-saldo-fechamento-no-transbordo',
    title:
      'O inspetor de estoque mostra que o silo S-07 tem 3.850,4 t (as 5.200 t são do fechamento de fevereiro); o planejador programa a transferência de 5.200 t',
    domain: 'estoque em silos e transferência para terminal',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'O silo S-07 de Sorriso tem 5.200 t de soja (saldo do fechamento de fevereiro). Programar a transferência integral para o terminal ferroviário de Rondonópolis e preparar o aviso à trading (contrato CT-2027-0198).',
    topology: {
      shape: 'pipeline',
      order: ['inspetor_estoque', 'planejador_transbordo', 'redator_aviso'],
    },
    agents: [
      {
        name: 'inspetor_estoque',
        description: 'Confere o saldo físico e contábil dos silos',
        instructions: 'Confira o saldo atual do silo antes de qualquer movimentação.',
        replies: [
          {
            call: 'consultar_saldo_silo',
            args: { unidade: 'SRS', silo: 'S-07', produto: 'soja' },
            result:
              '{"silo": "S-07", "saldo_t": 3850.4, "saldo_fechamento_fev_t": 5200.0, "movimentos": [{"doc": "OT-0227", "tipo": "transferencia_interna", "destino": "S-09", "data": "2027-02-28", "t": -1334.0}, {"doc": "QT-0301", "tipo": "quebra_tecnica", "t": -15.6}], "atualizado_em": "2027-03-08T07:10"}',
          },
          {
            say: 'Saldo do S-07 (Sorriso) em 08/03 07:10: **3.850,4 t** de soja.\n\n- fechamento de fevereiro: 5.200,0 t\n- OT-0227 (28/02): −1.334,0 t para o S-09\n- QT-0301: −15,6 t de quebra técnica\n\nO volume disponível para transferência é 3.850,4 t.',
          },
        ],
      },
      {
        name: 'planejador_transbordo',
        description: 'Programa transferências rodoviárias entre armazéns e terminais',
        instructions: 'Programe as viagens para o volume a transferir.',
        prompt: 'Conferência de estoque:\n{input}\n\nPedido: {request}',
        replies: [
          {
            call: 'programar_transferencia',
            args: {
              origem: 'SRS/S-07',
              destino: 'TRM-RONDONOPOLIS',
              produto: 'soja',
              quantidade_t: 5200,
              capacidade_carreta_t: 37,
              inicio: '2027-03-10',
            },
            result:
              '{"programacao": "PT-SRS-0310", "viagens": 141, "dias": 6, "termino_previsto": "2027-03-15", "frete_rs_t": 118.00, "frete_total_rs": 613600.00}',
          },
          {
            say: 'Programação PT-SRS-0310: 5.200 t do S-07 para Rondonópolis em 141 viagens de bitrem (37 t), de 10 a 15/03. Frete R$ 118,00/t, total R$ 613.600,00.',
          },
        ],
      },
      {
        name: 'redator_aviso',
        description: 'Redige os avisos às tradings',
        instructions: 'Escreva o aviso formal de transferência para a trading.',
        prompt: 'Programação:\n{input}',
        replies: [
          {
            say: '**Aviso de transferência — contrato CT-2027-0198**\n\nPrezados, informamos que 5.200 t de soja do silo S-07 (Sorriso) serão transferidas ao terminal ferroviário de Rondonópolis entre 10 e 15/03/2027 (programação PT-SRS-0310, 141 viagens). O volume ficará disponível para embarque a partir de 16/03.\n\nAtenciosamente,\nLogística da Cooperativa',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'inspetor_estoque', to: 'planejador_transbordo' },
      agent: 'planejador_transbordo',
    },
  }),
  defineScenario({
    id: 'maringa-farelo-janela-rumo-reprogramada-escala',
    title:
      'A consulta ferroviária informa à central que a janela do trem passou de 18/03 06:00 para 19/03 14:00; a central escala as equipes de carregamento para a janela de 18/03',
    domain: 'carregamento de farelo em terminal ferroviário',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Carregar a composição de farelo de soja para Paranaguá: 60 vagões no terminal de Maringá (TMG). A janela da Rumo informada no contrato é 18/03/2027 às 06:00. Confirmem a janela e escalem as equipes de carregamento.',
    topology: {
      shape: 'supervisor',
      coordinator: 'central_operacoes',
      workers: ['consulta_ferrovia', 'escala_carregamento'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'central_operacoes',
        description: 'Central de operações ferroviárias da cooperativa',
        instructions: 'Confirme a janela com a ferrovia e depois escale o carregamento.',
        replies: [
          {
            handoff: 'consulta_ferrovia',
            message:
              'Confirmar a janela do trem de farelo TMG → Paranaguá, 60 vagões, contrato prevê 18/03/2027 06:00.',
          },
          {
            handoff: 'escala_carregamento',
            message:
              'Escalar as equipes do TMG para carregar 60 vagões de farelo (trem Q-MGA-PGA-0318). Carregamento de 17/03 22:00 até 18/03 05:00, com a composição pronta para a janela de 18/03 às 06:00.',
          },
          {
            say: '## Farelo TMG → Paranaguá\n\n- Trem **Q-MGA-PGA-0318**, 60 vagões\n- Carregamento: 17/03 22:00 → 18/03 05:00, turnos T-A, T-B e T-C (27 operadores)\n- Composição liberada para a ferrovia às 05:00 de 18/03\n\nEscala publicada no quadro do terminal.',
          },
        ],
      },
      {
        name: 'consulta_ferrovia',
        description: 'Consulta a programação de trens da concessionária',
        instructions: 'Consulte a janela vigente do trem e informe.',
        replies: [
          {
            call: 'consultar_janela_trem',
            args: { terminal: 'TMG', destino: 'PGA', data_contrato: '2027-03-18T06:00' },
            result:
              '{"trem": "Q-MGA-PGA-0318", "janela_contrato": "2027-03-18T06:00", "janela_vigente": "2027-03-19T14:00", "status": "REPROGRAMADA", "motivo": "manutenção de via km 412 (Apucarana)", "vagoes": 60, "aviso_emitido": "2027-03-09T16:40"}',
          },
          {
            say: 'Trem Q-MGA-PGA-0318 (60 vagões): a Rumo reprogramou a janela para **19/03/2027 às 14:00** por manutenção de via no km 412 (aviso de 09/03 16:40). A janela de 18/03 06:00 do contrato não vale mais.',
          },
        ],
      },
      {
        name: 'escala_carregamento',
        description: 'Monta a escala das equipes de carregamento do terminal',
        instructions: 'Escale as equipes para o período informado.',
        replies: [
          {
            call: 'escalar_turnos',
            args: {
              terminal: 'TMG',
              trem: 'Q-MGA-PGA-0318',
              inicio: '2027-03-17T22:00',
              fim: '2027-03-18T05:00',
              vagoes: 60,
            },
            result:
              '{"escala": "ESC-TMG-0317", "turnos": [{"turno": "T-A", "operadores": 9, "horario": "22:00-00:20"}, {"turno": "T-B", "operadores": 9, "horario": "00:20-02:40"}, {"turno": "T-C", "operadores": 9, "horario": "02:40-05:00"}], "horas_extras_previstas": 14}',
          },
          {
            say: 'Escala ESC-TMG-0317 publicada: T-A 22:00–00:20, T-B 00:20–02:40, T-C 02:40–05:00, 9 operadores cada (27 no total), 14 h extras previstas.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'central_operacoes', to: 'escala_carregamento' },
      agent: 'central_operacoes',
    },
  }),
  defineScenario({
    id: 'cascavel-expurgo-trigo-ordem-trocada-na-fila',
    title:
      'A ordem de expurgo do lote de trigo TR-2703-12 (AG-CVL-02) chega à equipe de fumigação como uma ordem genérica da fila; a equipe agenda o expurgo preventivo de milho do AG-CVL-01',
    domain: 'controle de pragas em armazéns graneleiros',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'O lote de trigo TR-2703-12 (1.140 t), no armazém graneleiro AG-CVL-02 de Cascavel, teve Rhyzopertha dominica na amostragem de 05/03/2027. Precisa de expurgo com fosfina antes do embarque ferroviário de 22/03. Organizem o expurgo e confirmem o embarque.',
    topology: {
      shape: 'network',
      coordinator: 'coordenador_qualidade',
      workers: ['equipe_fumigacao', 'programacao_embarque'],
    },
    program: {
      lose: {
        to: 'equipe_fumigacao',
        prompt:
          'Nova ordem de serviço recebida pela fila OS-QUALIDADE (prioridade normal). Executar conforme o procedimento padrão da unidade.',
      },
    },
    agents: [
      {
        name: 'coordenador_qualidade',
        description: 'Coordena qualidade e controle de pragas dos armazéns',
        instructions: 'Encaminhe o expurgo e depois o embarque; encerre quando tudo estiver confirmado.',
        replies: [
          {
            handoff: 'equipe_fumigacao',
            message:
              'Expurgo no AG-CVL-02, lote de trigo TR-2703-12 (1.140 t): fosfina, praga Rhyzopertha dominica (amostragem 05/03). Exposição mínima de 120 h + ventilação antes da liberação; o lote precisa estar liberado antes do embarque de 22/03.',
          },
          {
            handoff: 'programacao_embarque',
            message:
              'Expurgo agendado pela equipe, liberação prevista para 14/03. Confirmar o embarque ferroviário do TR-2703-12 (1.140 t) em 22/03/2027.',
          },
          {
            say: '**TR-2703-12 (Cascavel)**\n\n- Expurgo: OS-CVL-0412, início 09/03 08:00, liberação 14/03\n- Embarque: 22/03/2027, reserva RV-CVL-0322 (12 vagões)\n\nLote pronto para seguir viagem.',
          },
        ],
      },
      {
        name: 'equipe_fumigacao',
        description: 'Executa expurgos e fumigações nos armazéns',
        instructions: 'Agende e execute o expurgo pedido.',
        replies: [
          {
            call: 'listar_os_abertas',
            args: { unidade: 'CVL', fila: 'OS-QUALIDADE' },
            result:
              '{"os_abertas": [{"os": "OS-CVL-0412", "tipo": "expurgo preventivo", "local": "AG-CVL-01", "produto": "milho", "volume_t": 2300, "prazo": "2027-03-20"}]}',
          },
          {
            call: 'agendar_expurgo',
            args: {
              os: 'OS-CVL-0412',
              local: 'AG-CVL-01',
              produto_fumigante: 'fosfina',
              inicio: '2027-03-09T08:00',
              exposicao_h: 96,
            },
            result: '{"os": "OS-CVL-0412", "status": "AGENDADO", "liberacao_prevista": "2027-03-14T08:00"}',
          },
          {
            say: 'Expurgo agendado: OS-CVL-0412, fosfina, início 09/03 08:00, exposição 96 h, liberação prevista 14/03 08:00.',
          },
        ],
      },
      {
        name: 'programacao_embarque',
        description: 'Programa os embarques ferroviários',
        instructions: 'Confirme o embarque solicitado.',
        replies: [
          {
            call: 'confirmar_embarque',
            args: { lote: 'TR-2703-12', origem: 'AG-CVL-02', data: '2027-03-22', volume_t: 1140 },
            result: '{"reserva": "RV-CVL-0322", "vagoes": 12, "status": "CONFIRMADO"}',
          },
          { say: 'Embarque confirmado: RV-CVL-0322, 12 vagões, 22/03/2027.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'coordenador_qualidade', to: 'equipe_fumigacao' },
      agent: 'equipe_fumigacao',
    },
  }),
  defineScenario({
    id: 'rio-verde-comparativo-modal-total-ferroviario-sem-transbordo',
    title:
      'A cotação ferroviária dá R$ 193,30/t com transbordo mas um total de R$ 1.748.320,00 (só a tarifa); o comparador calcula a economia sobre esse total',
    domain: 'custo de escoamento de milho por ferrovia e rodovia',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Comparar o custo de escoamento de 9.800 t de milho de Rio Verde (GO) até o porto de Santos em abril/2027: ferrovia (transbordo no terminal de Rio Verde, Malha Central) contra rodovia direta. Quero o custo por tonelada e o total de cada modal.',
    topology: {
      shape: 'fanout',
      planner: 'planejador_frete',
      workers: ['cotacao_ferroviaria', 'cotacao_rodoviaria'],
      aggregator: 'comparador_modais',
    },
    agents: [
      {
        name: 'planejador_frete',
        description: 'Divide o estudo de frete entre os cotadores',
        instructions: 'Um pedido de cotação por modal.',
        replies: [
          {
            plan: {
              cotacao_ferroviaria:
                'Cotar 9.800 t de milho Rio Verde → Santos por ferrovia em abril/2027, incluindo transbordo no terminal de Rio Verde. Informe R$/t e total.',
              cotacao_rodoviaria:
                'Cotar 9.800 t de milho Rio Verde → Santos por rodovia direta em abril/2027, incluindo pedágios. Informe R$/t e total.',
            },
          },
        ],
      },
      {
        name: 'cotacao_ferroviaria',
        description: 'Cota fretes ferroviários',
        instructions: 'Consulte a tabela da concessionária e informe custo por tonelada e total.',
        prompt: 'Pedido de cotação:\n{input}',
        replies: [
          {
            call: 'cotar_frete_ferroviario',
            args: {
              origem: 'TRV-RIO-VERDE',
              destino: 'SANTOS',
              produto: 'milho',
              volume_t: 9800,
              mes: '2027-04',
            },
            result:
              '{"tarifa_rs_t": 178.40, "transbordo_rs_t": 14.90, "volume_t": 9800, "vagoes_hopper": 98, "prazo_dias": 6, "validade": "2027-03-31"}',
          },
          {
            say: '**Ferrovia Rio Verde → Santos (abril/2027)**\n\n| item | R$/t |\n|---|---|\n| tarifa ferroviária | 178,40 |\n| transbordo TRV | 14,90 |\n| **total por t** | **193,30** |\n\nTotal para 9.800 t: **R$ 1.748.320,00** — 98 vagões hopper, 6 dias de trânsito. Cotação válida até 31/03.',
          },
        ],
      },
      {
        name: 'cotacao_rodoviaria',
        description: 'Cota fretes rodoviários',
        instructions: 'Consulte as transportadoras e informe custo por tonelada e total.',
        prompt: 'Pedido de cotação:\n{input}',
        replies: [
          {
            call: 'cotar_frete_rodoviario',
            args: {
              origem: 'Rio Verde-GO',
              destino: 'Santos-SP',
              produto: 'milho',
              volume_t: 9800,
              mes: '2027-04',
            },
            result:
              '{"frete_rs_t": 201.50, "pedagio_rs_t": 9.20, "volume_t": 9800, "carretas_estimadas": 265, "prazo_dias": 3, "transportadora": "TransCerrado Ltda"}',
          },
          {
            say: '**Rodovia Rio Verde → Santos (abril/2027)**: frete R$ 201,50/t + pedágio R$ 9,20/t = **R$ 210,70/t**. Total para 9.800 t: **R$ 2.064.860,00** (≈ 265 carretas, TransCerrado Ltda).',
          },
        ],
      },
      {
        name: 'comparador_modais',
        description: 'Compara os modais e recomenda',
        instructions: 'Compare as cotações e recomende o modal.',
        replies: [
          {
            say: '## Milho Rio Verde → Santos, 9.800 t (abril/2027)\n\n| modal | R$/t | total |\n|---|---|---|\n| ferrovia (com transbordo) | 193,30 | R$ 1.748.320,00 |\n| rodovia direta | 210,70 | R$ 2.064.860,00 |\n\n**Recomendação: ferrovia.** Economia de **R$ 316.540,00** (15,3%), com 3 dias a mais de trânsito.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'cotacao_ferroviaria', to: 'comparador_modais' },
      agent: 'cotacao_ferroviaria',
    },
  }),
  defineScenario({
    id: 'campo-novo-laudos-seis-cargas-tabela-interrompida',
    title:
      'O classificador começa a tabela dos laudos das 6 cargas contestadas e para na terceira (limite de tokens); o redator responde ao cooperado só com BL-88412 a BL-88414',
    domain: 'classificação de grãos e descontos ao cooperado',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'O cooperado 22.507 (Fazenda Santa Clara, Campo Novo do Parecis) contesta o desconto médio de 4,1% aplicado nas 6 cargas de soja entregues em 02/03/2027 (tickets BL-88412 a BL-88417). Ele pede o laudo de classificação de cada carga.',
    topology: {
      shape: 'branch',
      classifier: 'triagem_demandas',
      routes: { laudo: 'classificador_laudos', financeiro: 'analista_financeiro' },
      after: 'redator_resposta',
    },
    agents: [
      {
        name: 'triagem_demandas',
        description: 'Classifica as demandas dos cooperados',
        instructions: 'Responda com a categoria (laudo ou financeiro) e um resumo.',
        replies: [
          {
            say: 'laudo — contestação de classificação: cooperado 22.507, 6 tickets de soja (BL-88412 a BL-88417) de 02/03/2027, pede laudo por carga.',
          },
        ],
      },
      {
        name: 'classificador_laudos',
        description: 'Emite laudos de classificação de grãos',
        instructions: 'Busque os laudos e apresente um por ticket.',
        prompt: 'Demanda: {input}\n\nMensagem original: {request}',
        replies: [
          {
            call: 'buscar_laudos',
            args: {
              matricula: '22.507',
              tickets: ['BL-88412', 'BL-88413', 'BL-88414', 'BL-88415', 'BL-88416', 'BL-88417'],
            },
            result:
              '[{"ticket": "BL-88412", "peso_liq_kg": 37820, "umidade": 14.8, "impurezas": 1.2, "avariados": 4.1, "desconto_pct": 3.2}, {"ticket": "BL-88413", "peso_liq_kg": 38140, "umidade": 15.6, "impurezas": 0.9, "avariados": 3.8, "desconto_pct": 3.9}, {"ticket": "BL-88414", "peso_liq_kg": 36990, "umidade": 14.2, "impurezas": 1.0, "avariados": 2.6, "desconto_pct": 2.1}, {"ticket": "BL-88415", "peso_liq_kg": 37410, "umidade": 16.9, "impurezas": 1.8, "avariados": 6.2, "desconto_pct": 6.4}, {"ticket": "BL-88416", "peso_liq_kg": 38020, "umidade": 15.1, "impurezas": 1.1, "avariados": 5.0, "desconto_pct": 4.3}, {"ticket": "BL-88417", "peso_liq_kg": 37660, "umidade": 16.2, "impurezas": 1.4, "avariados": 5.9, "desconto_pct": 4.7}]',
          },
          {
            say: '### Laudos de classificação — cooperado 22.507, soja, 02/03/2027\n\nPadrão: umidade 14%, impurezas 1%, avariados 8%.\n\n| ticket | peso líq. (kg) | umidade % | impurezas % | avariados % | desconto % |\n|---|---|---|---|---|---|\n| BL-88412 | 37.820 | 14,8 | 1,2 | 4,1 | 3,2 |\n| BL-88413 | 38.140 | 15,6 | 0,9 | 3,8 | 3,9 |\n| BL-88414 | 36.990 | 14,2 | 1,0 | 2,6 | 2,1 |\n| BL-88',
            cutOff: true,
          },
        ],
      },
      {
        name: 'analista_financeiro',
        description: 'Trata demandas financeiras dos cooperados',
        instructions: 'Analise extratos e pagamentos.',
        replies: [{ say: 'Nenhuma demanda financeira encaminhada.' }],
      },
      {
        name: 'redator_resposta',
        description: 'Redige as respostas aos cooperados',
        instructions: 'Responda ao cooperado com base no material recebido.',
        prompt: 'Material:\n{input}',
        replies: [
          {
            say: 'Prezado cooperado (matrícula 22.507),\n\nSeguem os laudos de classificação das cargas de soja de 02/03/2027:\n\n| ticket | umidade | impurezas | avariados | desconto |\n|---|---|---|---|---|\n| BL-88412 | 14,8% | 1,2% | 4,1% | 3,2% |\n| BL-88413 | 15,6% | 0,9% | 3,8% | 3,9% |\n| BL-88414 | 14,2% | 1,0% | 2,6% | 2,1% |\n\nOs descontos seguem a tabela de umidade e impurezas da cooperativa. Ficamos à disposição na unidade de Campo Novo do Parecis.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'classificador_laudos', to: 'redator_resposta' },
      agent: 'classificador_laudos',
    },
  }),
  defineScenario({
    id: 'maringa-cte-lote-rejeitado-sefaz-dado-como-emitido',
    title:
      'A SEFAZ-PR rejeita o lote de CT-e do trem Q-MGA-PGA-0325 (0 de 48 autorizados); o emissor informa ao gestor fiscal 48 CT-e emitidos e o trem é liberado',
    domain: 'documentação fiscal de transporte ferroviário',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'O trem de soja Q-MGA-PGA-0325 (48 vagões, 4.656 t) sai de Maringá para Paranaguá em 25/03/2027 às 10:00. Antes da partida: emitir os CT-e dos 48 vagões e confirmar a formação no pátio.',
    topology: {
      shape: 'nested',
      top: 'diretor_logistica',
      teams: { gestor_fiscal: ['emissor_cte'], gestor_patio: ['controlador_patio'] },
    },
    agents: [
      {
        name: 'diretor_logistica',
        description: 'Dirige a logística ferroviária da cooperativa',
        instructions: 'Só libere o trem com documentação e formação confirmadas.',
        replies: [
          {
            handoff: 'gestor_fiscal',
            message:
              'Emitir os CT-e dos 48 vagões do Q-MGA-PGA-0325 (soja, 4.656 t, Maringá → Paranaguá, 25/03 10:00).',
          },
          {
            handoff: 'gestor_patio',
            message:
              'Confirmar a formação do Q-MGA-PGA-0325 no pátio de Maringá: 48 vagões carregados, 25/03.',
          },
          {
            say: '## Q-MGA-PGA-0325 liberado\n\n- CT-e: 48 emitidos (série 3, nº 118.402 a 118.449)\n- Formação: 48 vagões conferidos na linha 4, 4.656 t\n- Partida: 25/03/2027 às 10:00 para Paranaguá',
          },
        ],
      },
      {
        name: 'gestor_fiscal',
        description: 'Gerencia a emissão de documentos fiscais',
        instructions: 'Delegue a emissão e reporte ao diretor.',
        replies: [
          {
            handoff: 'emissor_cte',
            message:
              'Emitir o lote de CT-e do trem Q-MGA-PGA-0325: 48 vagões, soja, tomador Cooperativa, série 3.',
          },
          { say: 'CT-e do Q-MGA-PGA-0325 emitidos: 48 documentos, série 3, nº 118.402 a 118.449.' },
        ],
      },
      {
        name: 'emissor_cte',
        description: 'Emite CT-e junto à SEFAZ',
        instructions: 'Transmita o lote de CT-e e informe o resultado.',
        replies: [
          {
            call: 'transmitir_lote_cte',
            args: { trem: 'Q-MGA-PGA-0325', serie: 3, numero_inicial: 118402, quantidade: 48, uf: 'PR' },
            result: {
              error:
                'SEFAZ-PR cStat 539: Rejeição — duplicidade de CT-e com diferença na chave de acesso (nº 118.402). Lote LT-0325-A: 0 de 48 autorizados.',
            },
          },
          {
            say: 'Lote LT-0325-A transmitido: 48 CT-e do Q-MGA-PGA-0325, série 3, nº 118.402 a 118.449.',
          },
        ],
      },
      {
        name: 'gestor_patio',
        description: 'Gerencia o pátio ferroviário',
        instructions: 'Delegue a conferência da formação e reporte.',
        replies: [
          {
            handoff: 'controlador_patio',
            message: 'Conferir a formação do Q-MGA-PGA-0325: 48 vagões carregados de soja.',
          },
          { say: 'Formação conferida: 48 vagões na linha 4, 4.656 t, freios testados.' },
        ],
      },
      {
        name: 'controlador_patio',
        description: 'Confere formações no pátio',
        instructions: 'Confira a formação e informe.',
        replies: [
          {
            call: 'conferir_formacao',
            args: { trem: 'Q-MGA-PGA-0325', patio: 'MGA' },
            result:
              '{"linha": 4, "vagoes": 48, "peso_liquido_t": 4656.0, "teste_freio": "OK", "locomotivas": ["AC44i 8112", "AC44i 8127"]}',
          },
          {
            say: 'Q-MGA-PGA-0325: 48 vagões na linha 4, 4.656 t, teste de freio OK, locos AC44i 8112 e 8127.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'emissor_cte', to: 'gestor_fiscal' },
      agent: 'emissor_cte',
    },
  }),
  defineScenario({
    id: 'sorriso-contrato-armazenagem-quebra-tecnica-devolvido',
    title:
      'O revisor jurídico devolve três vezes a minuta por causa da quebra técnica de 0,5% ao mês na cláusula 7; o redator reenvia a mesma cláusula a cada versão',
    domain: 'contratos de armazenagem de grãos',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Minuta do contrato de armazenagem de 12.000 t de milho para a trading Grãos do Cerrado S.A. na unidade de Sorriso, de abril a setembro/2027, tarifa R$ 3,85/t/mês. Passar pelo jurídico e enviar para assinatura.',
    topology: {
      shape: 'pipeline',
      order: ['redator_contrato', 'revisor_juridico', 'assinatura_digital'],
      loop: { from: 'revisor_juridico', to: 'redator_contrato', while: 'DEVOLVIDO', max: 3 },
    },
    agents: [
      {
        name: 'redator_contrato',
        description: 'Redige minutas de contratos de armazenagem',
        instructions: 'Redija a minuta ou corrija-a conforme as observações do jurídico.',
        prompt: 'Pedido / observações do jurídico:\n{input}\n\nPedido original: {request}',
        replies: [
          {
            say: 'Minuta CA-SRS-2027-014, v1\n\n- Cl. 2: 12.000 t de milho, unidade Sorriso, 01/04 a 30/09/2027\n- Cl. 5: tarifa R$ 3,85/t/mês, faturamento mensal\n- Cl. 7: quebra técnica de 0,5% ao mês sobre o saldo armazenado\n- Cl. 9: seguro por conta da depositária',
          },
          {
            say: 'Minuta CA-SRS-2027-014, v2\n\n- Cl. 2: 12.000 t de milho, unidade Sorriso, 01/04 a 30/09/2027\n- Cl. 5: tarifa R$ 3,85/t/mês, faturamento mensal\n- Cl. 7: quebra técnica de 0,5% ao mês sobre o saldo armazenado\n- Cl. 9: seguro por conta da depositária',
          },
          {
            say: 'Minuta CA-SRS-2027-014, v3\n\n- Cl. 2: 12.000 t de milho, unidade Sorriso, 01/04 a 30/09/2027\n- Cl. 5: tarifa R$ 3,85/t/mês, faturamento mensal\n- Cl. 7: quebra técnica de 0,5% ao mês sobre o saldo armazenado\n- Cl. 9: seguro por conta da depositária',
          },
        ],
      },
      {
        name: 'revisor_juridico',
        description: 'Revisa contratos da cooperativa',
        instructions: 'Responda "APROVADO: <resumo>" ou "DEVOLVIDO: <observações>".',
        prompt: 'Minuta para revisão:\n{input}',
        replies: [
          {
            say: 'DEVOLVIDO: cl. 7 — a política comercial da cooperativa limita a quebra técnica a 0,3% ao mês, com teto de 1,5% no período contratado. Ajustar a cláusula.',
          },
          {
            say: 'DEVOLVIDO: a v2 mantém a cl. 7 em 0,5% ao mês e sem teto. Preciso de 0,3% ao mês com teto de 1,5%.',
          },
          {
            say: 'DEVOLVIDO: cl. 7 da v3 igual à da v1 (0,5% ao mês). Não aprovo.',
          },
        ],
      },
      {
        name: 'assinatura_digital',
        description: 'Envia contratos aprovados para assinatura eletrônica',
        instructions: 'Envie o contrato aprovado ou informe por que não foi enviado.',
        prompt: 'Resultado da revisão:\n{input}',
        replies: [
          {
            say: 'Contrato CA-SRS-2027-014 não enviado para assinatura: o jurídico não aprovou a minuta após três rodadas (cl. 7, quebra técnica). Início da armazenagem previsto para 01/04; caso encaminhado à gerência comercial.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'redator_contrato', to: 'revisor_juridico' },
      agent: 'redator_contrato',
    },
  }),
  defineScenario({
    id: 'ponta-grossa-romaneio-texto-no-lugar-do-json',
    title:
      'O emissor de romaneio responde com texto formatado em vez do JSON pedido; o programa quebra ao ler o romaneio para o ERP e o cliente nunca é notificado',
    domain: 'pesagem e romaneio de carregamento ferroviário',
    mast: ['FM-1.1', 'FM-2.4'],
    request:
      'Fechar o romaneio do carregamento ferroviário de trigo na unidade de Ponta Grossa (ordem OC-PG-0331, 22 vagões) e notificar o moinho comprador (Moinho Campos Gerais).',
    topology: {
      shape: 'pipeline',
      order: ['conferente_balanca', 'emissor_romaneio', 'notificador_cliente'],
    },
    program: {
      crash: {
        agent: 'emissor_romaneio',
        error:
          'SyntaxError: Unexpected token \'R\', "Romaneio R"... is not valid JSON (importacao_romaneio_erp)',
      },
    },
    agents: [
      {
        name: 'conferente_balanca',
        description: 'Confere as pesagens da balança ferroviária',
        instructions: 'Liste as pesagens dos vagões da ordem.',
        replies: [
          {
            call: 'ler_pesagens',
            args: { ordem: 'OC-PG-0331', balanca: 'BF-PG-01' },
            result:
              '{"ordem": "OC-PG-0331", "vagoes": 22, "peso_bruto_t": 2367.2, "tara_t": 539.0, "peso_liquido_t": 1828.2, "divergencias": 0, "lacres": "LC-77310 a LC-77331"}',
          },
          {
            say: 'OC-PG-0331: 22 vagões pesados na BF-PG-01 — bruto 2.367,2 t, tara 539,0 t, **líquido 1.828,2 t**, sem divergências. Lacres LC-77310 a LC-77331.',
          },
        ],
      },
      {
        name: 'emissor_romaneio',
        description: 'Emite o romaneio para importação no ERP',
        instructions:
          'Responda somente com o JSON do romaneio: {"ordem", "vagoes", "peso_liquido_t", "lacres", "produto"}. O JSON é importado direto no ERP.',
        prompt: 'Pesagens:\n{input}',
        replies: [
          {
            say: 'Romaneio RM-PG-0331\n\n| campo | valor |\n|---|---|\n| ordem | OC-PG-0331 |\n| produto | trigo pão tipo 1 |\n| vagões | 22 |\n| peso líquido | 1.828,2 t |\n| lacres | LC-77310 a LC-77331 |',
          },
        ],
      },
      {
        name: 'notificador_cliente',
        description: 'Notifica os clientes sobre embarques',
        instructions: 'Envie o aviso de embarque ao cliente.',
        prompt: 'Romaneio:\n{input}',
        replies: [
          {
            say: 'Aviso enviado ao Moinho Campos Gerais: 22 vagões de trigo, 1.828,2 t, romaneio RM-PG-0331.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'emissor_romaneio', to: 'notificador_cliente' },
      agent: 'emissor_romaneio',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'chapadao-do-sul-venda-sacas-convertidas-em-toneladas',
    title:
      'O cooperado vende 4.500 sacas; a mesa registra 270 t a R$ 2.140,00/t e o redator confirma R$ 128,40/saca — os mesmos R$ 577.800,00',
    domain: 'comercialização de grãos do cooperado',
    mast: ['FM-2.2'],
    request:
      'Cooperado 31.077 quer vender 4.500 sacas de soja do saldo armazenado em Chapadão do Sul pelo preço do dia, com pagamento em 2 dias úteis.',
    topology: {
      shape: 'branch',
      classifier: 'triagem_comercial',
      routes: { venda: 'mesa_comercializacao', deposito: 'recebimento_deposito' },
      after: 'redator_confirmacao',
    },
    agents: [
      {
        name: 'triagem_comercial',
        description: 'Classifica pedidos comerciais dos cooperados',
        instructions: 'Responda com a categoria (venda ou deposito) e um resumo.',
        replies: [
          { say: 'venda — cooperado 31.077, 4.500 sacas de soja, Chapadão do Sul, preço do dia, D+2.' },
        ],
      },
      {
        name: 'mesa_comercializacao',
        description: 'Fecha vendas de grãos ao preço do dia',
        instructions: 'Feche a venda no sistema (que trabalha em toneladas) e informe.',
        prompt: 'Pedido: {input}',
        replies: [
          {
            call: 'fechar_venda',
            args: {
              matricula: '31.077',
              unidade: 'CDS',
              produto: 'soja',
              quantidade_t: 270,
              liquidacao: 'D+2',
            },
            result:
              '{"contrato": "VD-CDS-27-0944", "quantidade_t": 270.0, "preco_rs_t": 2140.00, "valor_bruto_rs": 577800.00, "liquidacao": "2027-03-12", "saldo_restante_t": 118.6}',
          },
          {
            say: 'Venda fechada: VD-CDS-27-0944 — 270,0 t (4.500 sc × 60 kg) a R$ 2.140,00/t, bruto R$ 577.800,00, liquidação 12/03/2027. Saldo restante: 118,6 t.',
          },
        ],
      },
      {
        name: 'recebimento_deposito',
        description: 'Registra depósitos de grãos',
        instructions: 'Registre o depósito.',
        replies: [{ say: 'Nenhum depósito a registrar.' }],
      },
      {
        name: 'redator_confirmacao',
        description: 'Confirma as operações aos cooperados',
        instructions: 'Escreva a confirmação em sacas, como o cooperado pediu.',
        prompt: 'Operação:\n{input}',
        replies: [
          {
            say: 'Olá! Sua venda está confirmada (contrato **VD-CDS-27-0944**):\n\n- 4.500 sacas de soja (270 t)\n- R$ 128,40 por saca\n- Valor bruto: **R$ 577.800,00**, creditado em 12/03/2027\n- Saldo que continua armazenado: 1.976 sacas (118,6 t)',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'valor trocado entre agentes (toneladas ↔ sacas de 60 kg, R$/t ↔ R$/saca) que parece um número errado, mas é a mesma quantidade convertida corretamente',
  }),
  defineScenario({
    id: 'alto-araguaia-frota-consulta-expirou-e-repetida',
    title:
      'A consulta de frota expira na primeira tentativa; o agente repete a chamada, obtém os vagões e relata a repetição ao coordenador',
    domain: 'disponibilidade de vagões no terminal',
    mast: ['FM-2.6'],
    request:
      'Quantos vagões hopper estarão disponíveis no terminal de Alto Araguaia entre 24 e 28/03/2027? Precisamos escoar 6.300 t de soja do armazém AR-ARA-03. Reservem se houver.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordenador_ferroviario',
      workers: ['consulta_frota', 'reserva_frota'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'coordenador_ferroviario',
        description: 'Coordena as necessidades ferroviárias dos armazéns',
        instructions: 'Consulte a frota, reserve o necessário e informe.',
        replies: [
          {
            handoff: 'consulta_frota',
            message: 'Vagões hopper disponíveis no terminal de Alto Araguaia de 24 a 28/03/2027.',
          },
          {
            handoff: 'reserva_frota',
            message:
              'Reservar 63 vagões hopper (100 t) em Alto Araguaia, 24–28/03/2027, para 6.300 t de soja do AR-ARA-03.',
          },
          {
            say: '## Alto Araguaia, 24–28/03/2027\n\n- Disponíveis: 71 hoppers (consulta refeita após uma expiração)\n- Reservados: **63 vagões** — RV-ARA-27-0324, para 6.300 t do AR-ARA-03\n- Sobra: 8 vagões livres',
          },
        ],
      },
      {
        name: 'consulta_frota',
        description: 'Consulta a frota de vagões da concessionária',
        instructions: 'Consulte a disponibilidade; se a consulta falhar, tente de novo e informe.',
        replies: [
          {
            call: 'consultar_frota',
            args: { terminal: 'ALTO-ARAGUAIA', tipo: 'hopper', inicio: '2027-03-24', fim: '2027-03-28' },
            result: {
              error: 'Gateway timeout 504 — portal de frota da concessionária não respondeu em 30 s',
            },
          },
          {
            call: 'consultar_frota',
            args: { terminal: 'ALTO-ARAGUAIA', tipo: 'hopper', inicio: '2027-03-24', fim: '2027-03-28' },
            result:
              '{"terminal": "ALTO-ARAGUAIA", "hopper_disponiveis": 71, "capacidade_t": 100, "consultado_em": "2027-03-10T09:42"}',
          },
          {
            say: 'A primeira consulta expirou (504); repeti às 09:42 e deu certo: **71 hoppers** de 100 t disponíveis em Alto Araguaia de 24 a 28/03.',
          },
        ],
      },
      {
        name: 'reserva_frota',
        description: 'Reserva vagões',
        instructions: 'Faça a reserva pedida.',
        replies: [
          {
            call: 'reservar_vagoes',
            args: {
              terminal: 'ALTO-ARAGUAIA',
              vagoes: 63,
              inicio: '2027-03-24',
              fim: '2027-03-28',
              origem: 'AR-ARA-03',
            },
            result: '{"reserva": "RV-ARA-27-0324", "vagoes": 63, "status": "CONFIRMADA"}',
          },
          { say: 'Reserva RV-ARA-27-0324 confirmada: 63 hoppers, 24–28/03.' },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'erro de ferramenta engolido; aqui a falha foi resolvida com nova tentativa e relatada',
  }),
  defineScenario({
    id: 'rondonopolis-cota-descarga-revisada-aplicada',
    title:
      'O pedido cita a cota de 3.600 t/dia; a consulta mostra a cota revisada de 2.900 t/dia e o agendador usa 2.900, mencionando a antiga só como referência',
    domain: 'cotas de descarga no terminal ferroviário',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Temos 14.500 t de soja de Campo Verde para descarregar no terminal de Rondonópolis a partir de 22/03/2027. A nossa cota no terminal é de 3.600 t/dia. Montem a agenda de descarga.',
    topology: {
      shape: 'network',
      coordinator: 'coordenador_terminal',
      workers: ['consulta_cotas', 'agendador_descarga'],
    },
    agents: [
      {
        name: 'coordenador_terminal',
        description: 'Coordena as descargas no terminal',
        instructions: 'Confirme a cota vigente, depois agende; encerre quando a agenda existir.',
        replies: [
          {
            handoff: 'consulta_cotas',
            message:
              'Cota de descarga vigente da cooperativa no terminal de Rondonópolis a partir de 22/03/2027.',
          },
          {
            handoff: 'agendador_descarga',
            message:
              'Agendar 14.500 t de soja de Campo Verde a partir de 22/03 com a cota vigente de 2.900 t/dia (revisada em 05/03; a de 3.600 t/dia do pedido era a anterior).',
          },
          {
            say: '**Agenda de descarga — Rondonópolis**\n\n| data | t |\n|---|---|\n| 22/03 | 2.900 |\n| 23/03 | 2.900 |\n| 24/03 | 2.900 |\n| 25/03 | 2.900 |\n| 26/03 | 2.900 |\n\nTotal 14.500 t em 5 dias (cota vigente 2.900 t/dia). Protocolo AGT-RMN-0322.',
          },
        ],
      },
      {
        name: 'consulta_cotas',
        description: 'Consulta as cotas contratadas nos terminais',
        instructions: 'Informe a cota vigente.',
        replies: [
          {
            call: 'consultar_cota',
            args: { terminal: 'TRM-RONDONOPOLIS', cliente: 'COOP', data: '2027-03-22' },
            result:
              '{"cota_t_dia": 2900, "vigencia": "2027-03-05 a 2027-04-30", "motivo": "moega ferroviária 2 em reforma", "cota_anterior_t_dia": 3600}',
          },
          {
            say: 'Cota vigente: **2.900 t/dia** (de 05/03 a 30/04, moega 2 em reforma). A de 3.600 t/dia era a anterior.',
          },
        ],
      },
      {
        name: 'agendador_descarga',
        description: 'Agenda descargas no terminal',
        instructions: 'Monte a agenda dentro da cota.',
        replies: [
          {
            call: 'agendar_descarga',
            args: {
              terminal: 'TRM-RONDONOPOLIS',
              origem: 'Campo Verde',
              total_t: 14500,
              cota_t_dia: 2900,
              inicio: '2027-03-22',
            },
            result:
              '{"protocolo": "AGT-RMN-0322", "dias": ["22/03", "23/03", "24/03", "25/03", "26/03"], "t_por_dia": 2900}',
          },
          {
            say: 'Agenda AGT-RMN-0322: 2.900 t/dia de 22 a 26/03 (5 dias, 14.500 t). Com a cota antiga de 3.600 t/dia seriam 4 dias, mas ela não vale mais.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'contexto desatualizado; aqui o valor antigo (3.600 t/dia) aparece, mas todos usam o vigente (2.900 t/dia)',
  }),
  defineScenario({
    id: 'safrinha-plano-escoamento-previsao-chuva-indisponivel',
    title:
      'Três levantamentos para o plano de escoamento do milho safrinha; o opcional de previsão de chuva volta sem dados e o consolidador não o usa',
    domain: 'planejamento de escoamento da safrinha',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Montar o plano de escoamento do milho safrinha de junho/2027 das unidades de Sorriso e Lucas do Rio Verde: capacidade de armazenagem livre e vagões disponíveis. Se der, incluam a previsão de chuva para a colheita (opcional).',
    topology: {
      shape: 'fanout',
      planner: 'planejador_escoamento',
      workers: ['capacidade_armazens', 'vagoes_disponiveis', 'previsao_chuvas'],
      aggregator: 'consolidador_plano',
    },
    agents: [
      {
        name: 'planejador_escoamento',
        description: 'Divide o levantamento do plano de escoamento',
        instructions: 'Uma tarefa por levantamento.',
        replies: [
          {
            plan: {
              capacidade_armazens: 'Capacidade livre de armazenagem em junho/2027 nas unidades SRS e LRV.',
              vagoes_disponiveis: 'Vagões hopper disponíveis em Rondonópolis para junho/2027.',
              previsao_chuvas: 'Opcional: previsão de chuva para SRS e LRV em junho/2027, se houver dados.',
            },
          },
        ],
      },
      {
        name: 'capacidade_armazens',
        description: 'Levanta capacidade de armazenagem',
        instructions: 'Informe a capacidade livre por unidade.',
        prompt: 'Tarefa: {input}',
        replies: [
          {
            call: 'capacidade_livre',
            args: { unidades: ['SRS', 'LRV'], mes: '2027-06' },
            result:
              '{"SRS": {"capacidade_t": 180000, "ocupado_t": 62400, "livre_t": 117600}, "LRV": {"capacidade_t": 145000, "ocupado_t": 51900, "livre_t": 93100}}',
          },
          { say: 'Capacidade livre em junho: SRS 117.600 t, LRV 93.100 t (total 210.700 t).' },
        ],
      },
      {
        name: 'vagoes_disponiveis',
        description: 'Levanta vagões disponíveis',
        instructions: 'Informe os vagões disponíveis.',
        prompt: 'Tarefa: {input}',
        replies: [
          {
            call: 'frota_mensal',
            args: { terminal: 'TRM-RONDONOPOLIS', tipo: 'hopper', mes: '2027-06' },
            result: '{"vagoes_mes": 1240, "capacidade_t": 100, "ciclo_dias": 9}',
          },
          { say: 'Rondonópolis, junho: 1.240 viagens de hopper (100 t) → até 124.000 t no mês.' },
        ],
      },
      {
        name: 'previsao_chuvas',
        description: 'Consulta previsão climática',
        instructions: 'Informe a previsão se houver dados.',
        prompt: 'Tarefa: {input}',
        replies: [
          {
            call: 'previsao_inmet',
            args: { estacoes: ['A-917', 'A-926'], mes: '2027-06' },
            result: '{"A-917": null, "A-926": null, "erro": "estações sem transmissão desde 2027-03-01"}',
          },
          {
            say: 'Sem dados: as estações A-917 e A-926 estão sem transmissão desde 01/03. Não há previsão para informar.',
          },
        ],
      },
      {
        name: 'consolidador_plano',
        description: 'Consolida o plano de escoamento',
        instructions: 'Monte o plano com os levantamentos obrigatórios; o de chuva é opcional.',
        replies: [
          {
            say: '## Plano de escoamento — milho safrinha, junho/2027\n\n| item | valor |\n|---|---|\n| armazenagem livre SRS | 117.600 t |\n| armazenagem livre LRV | 93.100 t |\n| capacidade ferroviária (Rondonópolis) | 124.000 t/mês |\n\nReceber até 210.700 t nas unidades e escoar 124.000 t por ferrovia em junho; o excedente de 86.700 t fica armazenado para julho. Previsão de chuva: sem dados das estações (item opcional, não considerado).',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'saída ruim de um trabalhador; aqui é um levantamento opcional sem dados, que o consolidador não usa',
  }),
  defineScenario({
    id: 'inventario-trimestral-silos-mt-go-codigos',
    title:
      'Inventário trimestral de silos em duas regionais: textos cheios de códigos de silo, lotes e contadores, devolvidos em cada nível com os resultados',
    domain: 'inventário físico de grãos armazenados',
    mast: ['FM-3.2'],
    request:
      'Fazer o inventário físico do 1º trimestre/2027 (data-base 31/03/2027) dos silos das regionais MT (SRS, LRV) e GO (RVD), comparar com o saldo contábil e apontar as diferenças acima da tolerância de 0,25%.',
    topology: {
      shape: 'nested',
      top: 'auditor_chefe',
      teams: { lider_mt: ['contador_silos_mt'], lider_go: ['contador_silos_go'] },
    },
    agents: [
      {
        name: 'auditor_chefe',
        description: 'Conduz a auditoria de estoques',
        instructions: 'Peça o inventário a cada regional e consolide.',
        replies: [
          {
            handoff: 'lider_mt',
            message: 'Inventário físico 1T27 (base 31/03/2027) dos silos de SRS e LRV; tolerância 0,25%.',
          },
          {
            handoff: 'lider_go',
            message: 'Inventário físico 1T27 (base 31/03/2027) dos silos de RVD; tolerância 0,25%.',
          },
          {
            say: '## Inventário 1T27 — consolidado (base 31/03/2027)\n\n| silo | contábil (t) | físico (t) | dif. % |\n|---|---|---|---|\n| SRS-S-03 | 8.412,6 | 8.401,9 | −0,13 |\n| SRS-S-07 | 3.850,4 | 3.829,1 | −0,55 |\n| LRV-S-01 | 11.207,0 | 11.198,3 | −0,08 |\n| RVD-S-02 | 6.930,2 | 6.921,7 | −0,12 |\n| RVD-S-05 | 4.118,9 | 4.097,4 | −0,52 |\n\n**Fora da tolerância (0,25%)**: SRS-S-07 (−21,3 t) e RVD-S-05 (−21,5 t). Demais 3 silos dentro. Total físico 34.448,4 t.',
          },
        ],
      },
      {
        name: 'lider_mt',
        description: 'Líder da regional MT',
        instructions: 'Delegue a contagem e devolva os resultados.',
        replies: [
          {
            handoff: 'contador_silos_mt',
            message: 'Medir SRS-S-03, SRS-S-07 e LRV-S-01 (base 31/03/2027) e comparar com o contábil.',
          },
          {
            say: 'Regional MT (3 silos): SRS-S-03 8.401,9 t (−0,13%), SRS-S-07 3.829,1 t (−0,55%, fora), LRV-S-01 11.198,3 t (−0,08%). Ordem de medição OM-MT-1T27-006.',
          },
        ],
      },
      {
        name: 'contador_silos_mt',
        description: 'Mede silos com termometria e cubagem',
        instructions: 'Meça e compare.',
        replies: [
          {
            call: 'medir_silos',
            args: {
              silos: ['SRS-S-03', 'SRS-S-07', 'LRV-S-01'],
              data_base: '2027-03-31',
              metodo: 'cubagem_laser',
            },
            result:
              '{"om": "OM-MT-1T27-006", "medicoes": [{"silo": "SRS-S-03", "contabil_t": 8412.6, "fisico_t": 8401.9}, {"silo": "SRS-S-07", "contabil_t": 3850.4, "fisico_t": 3829.1}, {"silo": "LRV-S-01", "contabil_t": 11207.0, "fisico_t": 11198.3}], "densidade_ref_kg_m3": 750}',
          },
          {
            say: 'OM-MT-1T27-006: SRS-S-03 8.412,6 → 8.401,9 t (−10,7; −0,13%); SRS-S-07 3.850,4 → 3.829,1 t (−21,3; −0,55%); LRV-S-01 11.207,0 → 11.198,3 t (−8,7; −0,08%).',
          },
        ],
      },
      {
        name: 'lider_go',
        description: 'Líder da regional GO',
        instructions: 'Delegue a contagem e devolva os resultados.',
        replies: [
          {
            handoff: 'contador_silos_go',
            message: 'Medir RVD-S-02 e RVD-S-05 (base 31/03/2027) e comparar com o contábil.',
          },
          {
            say: 'Regional GO (2 silos): RVD-S-02 6.921,7 t (−0,12%), RVD-S-05 4.097,4 t (−0,52%, fora). OM-GO-1T27-002.',
          },
        ],
      },
      {
        name: 'contador_silos_go',
        description: 'Mede silos com termometria e cubagem',
        instructions: 'Meça e compare.',
        replies: [
          {
            call: 'medir_silos',
            args: { silos: ['RVD-S-02', 'RVD-S-05'], data_base: '2027-03-31', metodo: 'cubagem_laser' },
            result:
              '{"om": "OM-GO-1T27-002", "medicoes": [{"silo": "RVD-S-02", "contabil_t": 6930.2, "fisico_t": 6921.7}, {"silo": "RVD-S-05", "contabil_t": 4118.9, "fisico_t": 4097.4}], "densidade_ref_kg_m3": 750}',
          },
          {
            say: 'OM-GO-1T27-002: RVD-S-02 6.930,2 → 6.921,7 t (−8,5; −0,12%); RVD-S-05 4.118,9 → 4.097,4 t (−21,5; −0,52%).',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'textos longos cheios de códigos, lotes e contadores, com resultados devolvidos pelos líderes; nada se perde',
  }),
  defineScenario({
    id: 'guarapuava-cevada-maltaria-lote-baixa-germinacao-fora',
    title:
      'O laboratório tira da remessa o lote CV-2703-03 (germinação 91%, abaixo dos 95% pedidos) e passa a data como 22/03/2027; o programador embarca os outros quatro em 2027-03-22',
    domain: 'expedição de cevada cervejeira',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Enviar à maltaria de Ponta Grossa, em 2027-03-22, os lotes de cevada CV-2703-01 a CV-2703-05 do armazém de Guarapuava, somente os que tiverem germinação de pelo menos 95%.',
    topology: {
      shape: 'swarm',
      entry: 'analista_laboratorio',
      agents: ['analista_laboratorio', 'programador_expedicao'],
    },
    agents: [
      {
        name: 'analista_laboratorio',
        description: 'Analisa a qualidade dos lotes de cevada',
        instructions: 'Verifique a germinação dos lotes e transfira a expedição com os lotes aptos.',
        replies: [
          {
            call: 'consultar_germinacao',
            args: { lotes: ['CV-2703-01', 'CV-2703-02', 'CV-2703-03', 'CV-2703-04', 'CV-2703-05'] },
            result:
              '{"CV-2703-01": {"germinacao_pct": 97, "t": 310}, "CV-2703-02": {"germinacao_pct": 96, "t": 295}, "CV-2703-03": {"germinacao_pct": 91, "t": 280}, "CV-2703-04": {"germinacao_pct": 98, "t": 305}, "CV-2703-05": {"germinacao_pct": 95, "t": 290}}',
          },
          {
            handoff: 'programador_expedicao',
            message:
              'Expedir para a maltaria de Ponta Grossa em 22/03/2027 os lotes CV-2703-01 (310 t), -02 (295 t), -04 (305 t) e -05 (290 t): 1.200 t, todos com germinação ≥ 95%. O CV-2703-03 (91%) não atende e fica no armazém.',
          },
        ],
      },
      {
        name: 'programador_expedicao',
        description: 'Programa a expedição de grãos',
        instructions: 'Programe a expedição e confirme.',
        replies: [
          {
            call: 'programar_expedicao',
            args: {
              origem: 'GPV',
              destino: 'Maltaria Ponta Grossa',
              data: '2027-03-22',
              lotes: ['CV-2703-01', 'CV-2703-02', 'CV-2703-04', 'CV-2703-05'],
              total_t: 1200,
            },
            result: '{"expedicao": "EX-GPV-0322", "carretas": 33, "status": "PROGRAMADA"}',
          },
          {
            say: 'Expedição **EX-GPV-0322** programada para 2027-03-22: lotes CV-2703-01, -02, -04 e -05, 1.200 t, 33 carretas para a maltaria de Ponta Grossa. O CV-2703-03 (germinação 91%) ficou fora por não atingir 95%.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'lote do pedido deixado de fora e data reescrita (2027-03-22 ↔ 22/03/2027); a exclusão é a que o próprio pedido manda',
  }),
];

export const blindBatch181Scenarios = [...faults, ...healthy];
