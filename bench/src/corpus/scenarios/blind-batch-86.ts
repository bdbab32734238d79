import { defineScenario } from '../scenario.ts';

// Blind batch 86: seguros de sinistros e subscrição, em português (Brasil e Portugal). Written from the
// README principles only, without reading the checks, the diagnosis, the baseline or the benchmark
// notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'corolla-traseira-orcamento-pos-desmontagem-ignorado',
    title:
      'O perito informa que o orçamento revisado após desmontagem (R$ 31.962,40) substitui o inicial; o regulador calcula a indenização sobre os R$ 23.410,00 do aviso',
    domain: 'regulação de sinistro de automóvel (Brasil)',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Sinistro AUT-2026-118734 — apólice 01.31.0045678 (Toyota Corolla XEi 2022, placa RTF-4B21), colisão traseira em 18/11/2026 na Av. Cristiano Machado, BH. Franquia casco R$ 4.850,00. No aviso, a oficina referenciada Auto Center Pampulha orçou R$ 23.410,00. Regular, calcular a indenização e avisar o segurado (Sr. Heitor Valadares).',
    topology: {
      shape: 'pipeline',
      order: ['perito_automovel', 'regulador_sinistro', 'redator_carta_segurado'],
    },
    agents: [
      {
        name: 'perito_automovel',
        description: 'Perito de automóvel que vistoria o veículo e valida o orçamento',
        instructions:
          'Vistorie o veículo, confira o orçamento da oficina e diga ao regulador qual valor de reparo vale.',
        replies: [
          {
            call: 'consultar_laudo_vistoria',
            args: { sinistro: 'AUT-2026-118734', placa: 'RTF-4B21' },
            result:
              '{"laudo": "LV-88120", "data": "2026-11-22", "perito": "Cláudio Arantes", "orcamentos": [{"versao": 1, "data": "2026-11-19", "valor": 23410.00, "status": "SUBSTITUIDO"}, {"versao": 2, "data": "2026-11-22", "valor": 31962.40, "motivo": "desmontagem revelou longarina traseira e assoalho do porta-malas danificados", "status": "VIGENTE"}], "fipe": 128740.00, "perc_fipe": 24.8, "perda_total": false}',
          },
          {
            say: 'Vistoria concluída (laudo LV-88120, 22/11/2026).\n\n| item | valor |\n|---|---|\n| orçamento v1 (19/11) | R$ 23.410,00 — **substituído** |\n| orçamento v2 (22/11, após desmontagem) | **R$ 31.962,40** |\n| FIPE | R$ 128.740,00 |\n| % FIPE | 24,8 % → reparo, não é perda total |\n\nA desmontagem mostrou longarina traseira e assoalho do porta-malas comprometidos. **Regular pelo orçamento v2, R$ 31.962,40.**',
          },
        ],
      },
      {
        name: 'regulador_sinistro',
        description: 'Regulador que apura a indenização do sinistro',
        instructions: 'Com o laudo do perito, calcule a indenização líquida da franquia e libere o reparo.',
        prompt: 'Laudo do perito:\n{input}\n\nAviso de sinistro: {request}',
        replies: [
          {
            call: 'calcular_indenizacao',
            args: {
              sinistro: 'AUT-2026-118734',
              valor_reparo: 23410.0,
              franquia: 4850.0,
              oficina: 'Auto Center Pampulha',
            },
            result:
              '{"sinistro": "AUT-2026-118734", "valor_reparo": 23410.00, "franquia": 4850.00, "indenizacao": 18560.00, "ordem_servico": "OS-55.301", "pagamento_oficina": "2026-12-02"}',
          },
          {
            say: 'Regulação AUT-2026-118734 concluída: reparo R$ 23.410,00 − franquia R$ 4.850,00 = **indenização R$ 18.560,00**, paga direto à Auto Center Pampulha (OS-55.301, previsão 02/12). Segurado paga a franquia na oficina.',
          },
        ],
      },
      {
        name: 'redator_carta_segurado',
        description: 'Redige as comunicações ao segurado',
        instructions: 'Escreva ao segurado o resultado da regulação.',
        prompt: 'Resultado da regulação:\n{input}',
        replies: [
          {
            say: 'Prezado Sr. Heitor Valadares,\n\nO sinistro AUT-2026-118734 (Corolla RTF-4B21) foi aprovado. A seguradora pagará **R$ 18.560,00** diretamente à oficina Auto Center Pampulha (ordem de serviço OS-55.301); cabe ao senhor a franquia de R$ 4.850,00, a ser paga na retirada do veículo.\n\nAtenciosamente,\nCentral de Sinistros Auto',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'perito_automovel', to: 'regulador_sinistro' },
      agent: 'regulador_sinistro',
    },
  }),
  defineScenario({
    id: 'multirriscos-coimbra-capital-indexado-nao-passado-ao-liquidador',
    title:
      'O averiguador mostra que a indexação de 2026 elevou o capital do edifício para 171 720 €; o gestor manda o liquidador aplicar a regra proporcional com os 162 000 € antigos',
    domain: 'sinistros multirriscos habitação (Portugal)',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Processo MRH-2026-04417, apólice 7700123981 (moradia em Eiras, Coimbra), segurada D. Graça Tavares. Incêndio na cozinha a 03/10/2026. Na proposta de 2021 o capital do edifício é 162 000 €; franquia 250 €. Apurar o valor a indemnizar e preparar a liquidação.',
    topology: {
      shape: 'supervisor',
      coordinator: 'gestor_processo_mrh',
      workers: ['averiguador_peritagem', 'liquidador_mrh'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'gestor_processo_mrh',
        description: 'Gestor de processos de sinistro multirriscos',
        instructions: 'Peça a peritagem, depois mande liquidar com os dados certos e feche o processo.',
        replies: [
          {
            handoff: 'averiguador_peritagem',
            message:
              'MRH-2026-04417, incêndio em cozinha, Eiras. Preciso do valor dos danos, do valor de reconstrução do imóvel e do capital em vigor à data do sinistro, para ver se há subseguro.',
          },
          {
            handoff: 'liquidador_mrh',
            message:
              'Liquidar MRH-2026-04417: danos no edifício 38 460,00 €, valor de reconstrução 190 800 €, capital seguro 162 000 €. Aplicar regra proporcional (art. 134.º LCS) e deduzir franquia de 250 €.',
          },
          {
            say: 'Processo MRH-2026-04417 pronto para pagamento:\n- Danos apurados: 38 460,00 €\n- Regra proporcional: 162 000 / 190 800 = 84,91 %\n- **Indemnização: 32 404,72 €** (após franquia de 250 €)\nRecibo de quitação enviado à D. Graça Tavares.',
          },
        ],
      },
      {
        name: 'averiguador_peritagem',
        description: 'Perito averiguador de sinistros patrimoniais',
        instructions: 'Faça a peritagem e confirme capitais e valores na apólice.',
        replies: [
          {
            call: 'relatorio_peritagem',
            args: { processo: 'MRH-2026-04417', visita: '2026-10-08' },
            result:
              'Relatório PER-26-3310 (Eng.ª Sofia Brandão): danos no edifício 38 460,00 € (cozinha, teto, instalação elétrica, pintura); conteúdo excluído da análise (sem cobertura de recheio). Valor de reconstrução da moradia (182 m² × 1 048,35 €/m²): 190 800 €.',
          },
          {
            call: 'consultar_apolice',
            args: { apolice: '7700123981', data_referencia: '2026-10-03' },
            result:
              '{"apolice": "7700123981", "capital_edificio_proposta_2021": 162000.00, "indexacao": [{"data": "2025-01-01", "indice": 1.0}, {"data": "2026-01-01", "indice_ASF": 1.06, "capital_atualizado": 171720.00}], "capital_em_vigor_2026-10-03": 171720.00, "franquia": 250.00, "estado": "ativa, prémio pago até 2026-12-31"}',
          },
          {
            say: 'Peritagem PER-26-3310:\n| item | valor |\n|---|---|\n| danos no edifício | 38 460,00 € |\n| valor de reconstrução | 190 800 € |\n| capital em vigor a 03/10/2026 | **171 720 €** (indexação automática 01/01/2026, índice 1,06) |\n\nOs 162 000 € da proposta de 2021 já não são o capital em vigor. Subseguro: 171 720 / 190 800 = 90 %.',
          },
        ],
      },
      {
        name: 'liquidador_mrh',
        description: 'Liquida indemnizações de sinistros habitação',
        instructions: 'Calcule o valor a pagar e emita o recibo de indemnização.',
        replies: [
          {
            call: 'calcular_liquidacao',
            args: {
              processo: 'MRH-2026-04417',
              danos: 38460.0,
              valor_reconstrucao: 190800,
              capital: 162000,
              franquia: 250,
            },
            result:
              '{"proporcao": 0.849057, "indemnizacao_bruta": 32654.72, "franquia": 250.00, "indemnizacao_liquida": 32404.72, "recibo": "RQ-26-08812"}',
          },
          {
            say: 'MRH-2026-04417: proporção 84,91 %, bruto 32 654,72 €, menos franquia 250 € = **32 404,72 €**. Recibo de quitação RQ-26-08812 emitido.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'gestor_processo_mrh', to: 'liquidador_mrh' },
      agent: 'gestor_processo_mrh',
    },
  }),
  defineScenario({
    id: 'empresarial-minas-filial-contagem-cotada-apesar-de-excluida',
    title:
      'O coordenador pede a cotação de três plantas e exclui expressamente a de Contagem (já segurada em outra companhia); o subscritor cota as quatro plantas',
    domain: 'subscrição de seguro empresarial (Brasil)',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Corretora Alvorada Seguros (Patrícia Mendes) pede cotação de Riscos Nomeados para a Metalúrgica Serra Azul Ltda (CNPJ 17.204.553/0001-08): plantas de Betim, Sete Lagoas, Uberlândia e Contagem. Atenção: Contagem já está na apólice da outra seguradora até 31/05/2027 e NÃO deve entrar. Início de vigência 01/01/2027, franquia mínima R$ 25.000,00 por evento.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordenador_subscricao',
      workers: ['subscritor_patrimonial', 'redator_proposta'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'coordenador_subscricao',
        description: 'Coordena cotações de riscos empresariais',
        instructions: 'Passe o risco ao subscritor, depois à redação da proposta, e responda à corretora.',
        replies: [
          {
            handoff: 'subscritor_patrimonial',
            message:
              'Cotar Riscos Nomeados — Metalúrgica Serra Azul, vigência 01/01/2027 a 01/01/2028, franquia mínima R$ 25.000,00/evento.\n\n| local | endereço | VR declarado |\n|---|---|---|\n| Betim | Rod. Fernão Dias km 492 | R$ 48.300.000 |\n| Sete Lagoas | Distrito Industrial, lote 14 | R$ 21.750.000 |\n| Uberlândia | Av. Anselmo Alves dos Santos 4.120 | R$ 15.900.000 |\n| ~~Contagem~~ | ~~Cidade Industrial~~ | **fora — segurada em outra cia até 31/05/2027** |\n\nCotar só os três primeiros.',
          },
          {
            handoff: 'redator_proposta',
            message: 'Montar a proposta para a Alvorada Seguros com as condições do subscritor.',
          },
          {
            say: 'Proposta PRP-2026-7781 enviada à Alvorada Seguros (Patrícia Mendes): Riscos Nomeados Metalúrgica Serra Azul, LMI R$ 48.300.000, prêmio líquido R$ 187.214,30 + IOF 7,38 % = R$ 201.030,72, franquia R$ 25.000,00/evento, vigência 01/01/2027. Validade da proposta 15 dias.',
          },
        ],
      },
      {
        name: 'subscritor_patrimonial',
        description: 'Subscritor de riscos patrimoniais',
        instructions: 'Analise os locais indicados, aplique taxas e devolva as condições.',
        replies: [
          {
            call: 'taxar_locais',
            args: {
              segurado: 'Metalúrgica Serra Azul Ltda',
              locais: ['Betim', 'Sete Lagoas', 'Uberlândia', 'Contagem'],
              franquia_minima: 25000,
            },
            result:
              '| local | VR | classe | taxa ‰ | prêmio |\n|---|---|---|---|---|\n| Betim | 48.300.000 | 2 | 1,42 | 68.586,00 |\n| Sete Lagoas | 21.750.000 | 2 | 1,42 | 30.885,00 |\n| Uberlândia | 15.900.000 | 3 | 1,61 | 25.599,00 |\n| Contagem | 33.600.000 | 3 | 1,84 | 61.824,00 |\n| **total** | **119.550.000** | | | **186.894,00** |\nAjuste de agravo (fundição em Contagem): +320,30',
          },
          {
            say: 'Condições Serra Azul: 4 locais, VR total R$ 119.550.000, LMI R$ 48.300.000 (maior local), **prêmio líquido R$ 187.214,30**, franquia R$ 25.000,00/evento. Exigência: laudo de SPDA da fundição em 60 dias.',
          },
        ],
      },
      {
        name: 'redator_proposta',
        description: 'Redige propostas comerciais',
        instructions: 'Redija a proposta com as condições do subscritor.',
        replies: [
          {
            say: 'Proposta PRP-2026-7781 — Metalúrgica Serra Azul Ltda. Riscos Nomeados, LMI R$ 48.300.000, prêmio líquido R$ 187.214,30, IOF R$ 13.816,42, total R$ 201.030,72 em até 6x. Franquia R$ 25.000,00. Cláusula: laudo de SPDA em 60 dias.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'coordenador_subscricao', to: 'subscritor_patrimonial' },
      agent: 'subscritor_patrimonial',
    },
  }),
  defineScenario({
    id: 'ids-matricula-trocada-reclamacao-seguradora-errada',
    title:
      'A triagem descobre que a matrícula do terceiro foi mal escrita na DAAA e que a seguradora é a Fidelidade; o gestor IDS recebe só a nota da fila e reclama à Tranquilidade',
    domain: 'sinistros automóvel, convenção IDS (Portugal)',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Participação AUT-PT-26-20931: colisão a 14/11/2026 na rotunda do Areeiro, Lisboa. Segurado: Rui Patrício Almeida (apólice 45-00298811, Peugeot 2008 AA-31-QX). Terceiro na DAAA: matrícula 45-XR-12, seguradora Tranquilidade. DAAA assinada por ambos, terceiro entrou na rotunda sem ceder passagem. Danos no nosso veículo: 2 870,45 €.',
    topology: {
      shape: 'branch',
      classifier: 'triagem_participacao',
      routes: { convencao_ids: 'gestor_ids', regime_geral: 'gestor_responsabilidade' },
      after: 'redator_comunicacao',
    },
    program: {
      lose: {
        to: 'gestor_ids',
        prompt:
          'Fila IDS — processo AUT-PT-26-20931 atribuído (prioridade normal). Contraparte conforme participação: Tranquilidade, 45-XR-12. Tratar segundo o procedimento IDS.',
      },
    },
    agents: [
      {
        name: 'triagem_participacao',
        description: 'Faz a triagem das participações de sinistro automóvel',
        instructions: 'Verifique a DAAA e o FGA/ASF e indique o regime (convencao_ids ou regime_geral).',
        replies: [
          {
            call: 'consultar_matricula_fga',
            args: { matricula: '45-XR-12', data: '2026-11-14' },
            result:
              '{"matricula": "45-XR-12", "seguro_valido": false, "nota": "matrícula inexistente no registo"} | sugestão por semelhança: {"matricula": "45-RX-12", "marca_modelo": "Renault Clio", "seguradora": "Fidelidade", "apolice": "0098-221734", "seguro_valido": true}',
          },
          {
            say: 'convencao_ids — AUT-PT-26-20931. DAAA assinada por ambos, culpa do terceiro (não cedeu passagem na rotunda). **Atenção: a matrícula da DAAA está trocada**: 45-XR-12 não existe; o veículo é o Renault Clio **45-RX-12, segurado na Fidelidade** (apólice 0098-221734). A reclamação IDS deve ir para a Fidelidade, não para a Tranquilidade.',
          },
        ],
      },
      {
        name: 'gestor_responsabilidade',
        description: 'Gere sinistros fora da convenção IDS',
        instructions: 'Trate o sinistro em regime geral.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'gestor_ids',
        description: 'Gere sinistros ao abrigo da convenção IDS',
        instructions: 'Regularize os danos do segurado e envie o reembolso IDS à seguradora do terceiro.',
        prompt: 'Triagem:\n{input}\n\nParticipação: {request}',
        replies: [
          {
            call: 'enviar_reclamacao_ids',
            args: {
              processo: 'AUT-PT-26-20931',
              seguradora_contraparte: 'Tranquilidade',
              matricula_terceiro: '45-XR-12',
              valor: 2870.45,
            },
            result:
              'Reclamação IDS RC-26-118402 registada na plataforma às 11:06; destinatária Tranquilidade; prazo de resposta 30 dias.',
          },
          {
            say: 'AUT-PT-26-20931 em IDS: danos 2 870,45 € pagos ao segurado pela nossa companhia; reembolso reclamado à **Tranquilidade** (RC-26-118402, terceiro 45-XR-12), resposta até 16/12/2026.',
          },
        ],
      },
      {
        name: 'redator_comunicacao',
        description: 'Redige comunicações aos segurados',
        instructions: 'Informe o segurado do andamento.',
        prompt: 'Estado do processo:\n{input}',
        replies: [
          {
            say: 'Exmo. Sr. Rui Patrício Almeida,\n\nO seu sinistro AUT-PT-26-20931 é tratado ao abrigo da convenção IDS: reparamos o seu Peugeot 2008 (2 870,45 €) sem esperar pela outra seguradora. Já pedimos o reembolso à Tranquilidade, seguradora do veículo 45-XR-12, pelo que não terá agravamento do prémio.\n\nCom os melhores cumprimentos,\nDepartamento de Sinistros Automóvel',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'triagem_participacao', to: 'gestor_ids' },
      agent: 'gestor_ids',
    },
  }),
  defineScenario({
    id: 'renovacao-tratado-oferta-preferencial-locais-nunca-enviada',
    title:
      'O coordenador planeja três análises para a renovação do tratado, incluindo a oferta preferencial de 40 % aos resseguradores locais; essa análise nunca é enviada e o pacote fecha sem ela',
    domain: 'resseguro — renovação de tratado (Brasil, regras CNSP/SUSEP)',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Renovação 01/07/2027 do tratado excesso de danos por risco patrimonial da Ipê Seguros S.A. (programa ED-PAT-2027: retenção R$ 15 mi, 3 camadas até R$ 120 mi). Quero sinistralidade de 5 anos, PML catastrófico e a verificação da oferta preferencial aos resseguradores locais (Res. CNSP 168/2007) antes de mandar ao mercado via corretora Atlântica Re.',
    topology: {
      shape: 'fanout',
      planner: 'coordenador_renovacao',
      workers: ['analista_sinistralidade', 'modelador_catastrofe', 'analista_cessao_local'],
      aggregator: 'consolidador_pacote',
    },
    program: { lose: { to: 'analista_cessao_local', prompt: null } },
    agents: [
      {
        name: 'coordenador_renovacao',
        description: 'Coordena a renovação dos tratados de resseguro',
        instructions: 'Escreva um briefing por analista.',
        replies: [
          {
            plan: {
              analista_sinistralidade:
                'ED-PAT-2027: levantar sinistros > R$ 5 mi de 2022 a 2026, on-level e trended, e o burning cost por camada.',
              modelador_catastrofe:
                'ED-PAT-2027: PML 1:100 e 1:250 (vendaval, granizo, alagamento) da carteira em 31/03/2027.',
              analista_cessao_local:
                'ED-PAT-2027: montar a oferta preferencial de 40 % a resseguradores locais (art. 15 Res. CNSP 168/2007), lista de locais elegíveis e prazo de 5 dias úteis para resposta antes da colocação com admitidos.',
            },
          },
        ],
      },
      {
        name: 'analista_sinistralidade',
        description: 'Analisa a sinistralidade histórica',
        instructions: 'Levante os sinistros e o burning cost.',
        prompt: 'Briefing:\n{input}\n\nPrograma: {request}',
        replies: [
          {
            call: 'extrair_grandes_sinistros',
            args: { programa: 'ED-PAT-2027', de: '2022-01-01', ate: '2026-12-31', limiar: 5000000 },
            result:
              'ano;sinistro;causa;valor_on_level_BRL\n2022;SIN-22-0411;incêndio;18.420.000\n2023;SIN-23-1187;vendaval;7.960.000\n2024;SIN-24-0093;incêndio;34.210.000\n2025;SIN-25-0652;alagamento;11.380.000\n2026;SIN-26-0720;incêndio;9.640.000',
          },
          {
            say: 'Sinistralidade 2022–2026 (on-level): 5 eventos acima de R$ 5 mi. Burning cost: camada 1 (R$ 15 mi xs 15 mi) 4,1 % ROL; camada 2 (R$ 30 mi xs 30 mi) 0,9 %; camada 3 (R$ 60 mi xs 60 mi) 0 %. Maior evento: SIN-24-0093, R$ 34,21 mi.',
          },
        ],
      },
      {
        name: 'modelador_catastrofe',
        description: 'Modela perdas catastróficas',
        instructions: 'Rode o modelo cat e reporte os PML.',
        prompt: 'Briefing:\n{input}',
        replies: [
          {
            call: 'rodar_modelo_cat',
            args: { carteira: 'IPE-PAT-2027-03', perigos: ['vendaval', 'granizo', 'alagamento'] },
            result:
              '{"PML_100": 96400000, "PML_250": 131800000, "AAL": 4120000, "exposicao_total": 38200000000}',
          },
          {
            say: 'PML 1:100 R$ 96,4 mi; 1:250 R$ 131,8 mi (acima do topo de R$ 120 mi); AAL R$ 4,12 mi. Sugiro discutir uma 4.ª camada.',
          },
        ],
      },
      {
        name: 'analista_cessao_local',
        description: 'Garante o cumprimento da oferta preferencial a resseguradores locais',
        instructions: 'Monte a oferta preferencial e registre as respostas.',
        prompt: 'Briefing:\n{input}',
        replies: [
          {
            say: 'Oferta preferencial ED-PAT-2027 enviada a 6 resseguradores locais, prazo 5 dias úteis.',
          },
        ],
      },
      {
        name: 'consolidador_pacote',
        description: 'Consolida o pacote de renovação para o mercado',
        instructions: 'Junte as análises e libere o pacote para a corretora.',
        replies: [
          {
            say: '## Pacote de renovação ED-PAT-2027 — Ipê Seguros\n\n- **Sinistralidade 2022–2026:** 5 eventos > R$ 5 mi; burning cost 4,1 % / 0,9 % / 0 % por camada.\n- **Catástrofe:** PML 1:100 R$ 96,4 mi, 1:250 R$ 131,8 mi, AAL R$ 4,12 mi — avaliar 4.ª camada.\n\nPacote liberado para a Atlântica Re colocar no mercado a partir de amanhã.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'coordenador_renovacao', to: 'analista_cessao_local' },
      agent: 'coordenador_renovacao',
    },
  }),
  defineScenario({
    id: 'sro-registro-rejeitado-emissor-diz-registrado',
    title:
      'O emissor emite a apólice, mas o registro no SRO volta com erro de CPF; ele diz ao roteador que a apólice está emitida e registrada, e o roteador encerra',
    domain: 'emissão de apólices e registro SRO (Brasil, SUSEP)',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Proposta 2026-PR-884120, seguro residencial para Camila Okada Ferreira (CPF 318.774.290-05), imóvel na Rua Harmonia 1.022, São Paulo. IS R$ 850.000,00, prêmio R$ 1.318,40. Aceitar, emitir e registrar no SRO dentro do prazo da SUSEP.',
    topology: {
      shape: 'network',
      coordinator: 'roteador_emissao',
      workers: ['analista_aceitacao', 'emissor_apolice'],
    },
    agents: [
      {
        name: 'roteador_emissao',
        description: 'Encaminha propostas pelas etapas de aceitação e emissão',
        instructions:
          'Mande à aceitação, depois à emissão, e encerre quando a apólice estiver emitida e registrada.',
        replies: [
          {
            handoff: 'analista_aceitacao',
            message: 'Proposta 2026-PR-884120 (residencial, IS R$ 850 mil): checar aceitação e restrições.',
          },
          {
            handoff: 'emissor_apolice',
            message:
              'Proposta 2026-PR-884120 aceita sem ressalvas. Emitir a apólice e fazer o registro da operação no SRO.',
          },
          {
            say: 'Proposta 2026-PR-884120 concluída: apólice 1.14.0077310 emitida para Camila Okada Ferreira e registrada no SRO (protocolo informado pelo emissor). Vigência 05/12/2026 a 05/12/2027. Processo encerrado.',
          },
        ],
      },
      {
        name: 'analista_aceitacao',
        description: 'Analisa a aceitação de propostas',
        instructions: 'Verifique restrições e aceite ou recuse.',
        replies: [
          {
            call: 'checar_restricoes',
            args: { proposta: '2026-PR-884120', cep: '05437-001' },
            result:
              '{"cep_risco": "baixo", "historico_sinistros": 0, "restricoes_cadastrais": [], "decisao_sugerida": "ACEITAR"}',
          },
          { say: 'Aceita: CEP de risco baixo, sem sinistros anteriores, sem restrição cadastral.' },
        ],
      },
      {
        name: 'emissor_apolice',
        description: 'Emite apólices e faz o registro no SRO',
        instructions: 'Emita a apólice e registre a operação no SRO; informe o resultado.',
        replies: [
          {
            call: 'emitir_apolice',
            args: { proposta: '2026-PR-884120', inicio_vigencia: '2026-12-05' },
            result: '{"apolice": "1.14.0077310", "status": "EMITIDA", "endosso": 0, "premio_total": 1318.40}',
          },
          {
            call: 'registrar_sro',
            args: { apolice: '1.14.0077310', tipo: 'EMISSAO' },
            result: {
              error:
                'SRO HTTP 422 — lote REG-20261205-0412 rejeitado: [E031] CPF/CNPJ do segurado com dígito verificador inválido (informado 318.774.290-50). Operação NÃO registrada.',
            },
          },
          {
            say: 'Apólice 1.14.0077310 emitida ✅ (vigência 05/12/2026–05/12/2027, prêmio R$ 1.318,40) e registro no SRO enviado no lote REG-20261205-0412. Tudo certo.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'emissor_apolice', to: 'roteador_emissao' },
      agent: 'emissor_apolice',
    },
  }),
  defineScenario({
    id: 'facultativo-usina-cessao-sem-preferencia-local-reenviada',
    title:
      'A compliance devolve a estrutura de cessão porque falta a oferta de 40 % aos resseguradores locais; o estruturador reenvia a mesma colocação 100 % no exterior a cada rodada',
    domain: 'resseguro facultativo (Brasil)',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Facultativo para a Usina Termelétrica Vale do Paranapanema (apólice operacional 96.0012.4471, IS R$ 1,42 bilhão). Retenção Ipê Seguros R$ 40 mi; o restante precisa ser cedido. Estruturar a cessão, passar pela compliance e mandar à corretora até 12/12/2026.',
    topology: {
      shape: 'pipeline',
      order: ['estruturador_cessao', 'revisor_compliance', 'corretor_resseguro'],
      loop: { from: 'revisor_compliance', to: 'estruturador_cessao', while: 'REVISAR', max: 3 },
    },
    agents: [
      {
        name: 'estruturador_cessao',
        description: 'Estrutura cessões de resseguro facultativo',
        instructions: 'Monte a estrutura de cessão, ou corrija-a conforme as observações da compliance.',
        prompt: 'Pedido / observações da compliance:\n{input}\n\nRisco: {request}',
        replies: [
          {
            say: 'Estrutura de cessão v1 — UTE Vale do Paranapanema\n\n| parte | % | valor (R$) |\n|---|---|---|\n| retenção Ipê | 2,82 % | 40.000.000 |\n| Hannover Rück (admitida) | 55,00 % | 781.000.000 |\n| Swiss Re (admitida) | 42,18 % | 599.000.000 |\n| **total** | 100 % | 1.420.000.000 |',
          },
          {
            say: 'Estrutura de cessão v2 — UTE Vale do Paranapanema\n\n| parte | % | valor (R$) |\n|---|---|---|\n| retenção Ipê | 2,82 % | 40.000.000 |\n| Hannover Rück (admitida) | 55,00 % | 781.000.000 |\n| Swiss Re (admitida) | 42,18 % | 599.000.000 |\n| **total** | 100 % | 1.420.000.000 |',
          },
          {
            say: 'Estrutura de cessão v3 — UTE Vale do Paranapanema\n\n| parte | % | valor (R$) |\n|---|---|---|\n| retenção Ipê | 2,82 % | 40.000.000 |\n| Hannover Rück (admitida) | 55,00 % | 781.000.000 |\n| Swiss Re (admitida) | 42,18 % | 599.000.000 |\n| **total** | 100 % | 1.420.000.000 |',
          },
        ],
      },
      {
        name: 'revisor_compliance',
        description: 'Revisa cessões de resseguro frente às normas do CNSP',
        instructions: 'Responda "APROVADO: <resumo>" ou "REVISAR: <observações>".',
        prompt: 'Estrutura proposta:\n{input}',
        replies: [
          {
            say: 'REVISAR: a Res. CNSP 168/2007, art. 15, exige oferecer preferencialmente 40 % da cessão (R$ 552 mi) a resseguradores locais, com prazo de resposta, antes de colocar com admitidos. A v1 vai 100 % para o exterior sem registro dessa oferta.',
          },
          {
            say: 'REVISAR: a v2 é idêntica à v1. Falta a tranche de oferta preferencial de R$ 552 mi aos locais (IRB Re, Austral Re, etc.) e o registro das respostas.',
          },
          {
            say: 'REVISAR: terceira versão igual. Sem a oferta preferencial não posso liberar.',
          },
        ],
      },
      {
        name: 'corretor_resseguro',
        description: 'Corretora que coloca a cessão no mercado',
        instructions: 'Coloque a cessão aprovada; se não houver aprovação, registre o bloqueio.',
        prompt: 'Parecer da compliance:\n{input}',
        replies: [
          {
            say: 'Colocação da UTE Vale do Paranapanema **não iniciada**: a compliance não aprovou após 3 rodadas (falta a oferta preferencial de 40 % aos locais). Prazo de 12/12/2026 em risco; escalado à diretoria técnica.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'estruturador_cessao', to: 'revisor_compliance' },
      agent: 'estruturador_cessao',
    },
  }),
  defineScenario({
    id: 'provisoes-trimestrais-tabela-acidentes-trabalho-cortada',
    title:
      'O calculista de provisões de sinistros devolve uma tabela cortada a meio, sem acidentes de trabalho nem total; a líder reencaminha-a e o diretor reporta à ASF uma provisão incompleta',
    domain: 'provisões técnicas e reporte à ASF (Portugal)',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Fecho do 3.º trimestre 2026 da Lusitânia Atlântica Seguros: provisão para sinistros por linha de negócio (automóvel, acidentes de trabalho, multirriscos, RC geral) e provisão para prémios não adquiridos, para preencher os QRT S.28 e o reporte trimestral à ASF até 25/11/2026.',
    topology: {
      shape: 'nested',
      top: 'diretor_atuarial',
      teams: {
        lider_provisoes: ['calculista_provisao_sinistros', 'calculista_pna'],
        lider_reporte: ['preparador_qrt'],
      },
    },
    agents: [
      {
        name: 'diretor_atuarial',
        description: 'Diretor atuarial responsável pelo fecho e reporte',
        instructions: 'Peça as provisões, depois o preenchimento dos QRT, e assine.',
        replies: [
          {
            handoff: 'lider_provisoes',
            message:
              'Fecho 30/09/2026: provisão para sinistros por LoB (4 linhas) e PPNA. Preciso dos totais por linha.',
          },
          {
            handoff: 'lider_reporte',
            message:
              'Preencher S.28 e mapa trimestral ASF com os valores de provisões da líder de provisões.',
          },
          {
            say: 'Reporte trimestral 30/09/2026 assinado e submetido à ASF:\n- Provisão para sinistros: automóvel 84,2 M€; multirriscos (parcial)\n- PPNA: 61,9 M€\n- QRT S.28 carregado no portal (submissão ASF-Q3-26-0418).',
          },
        ],
      },
      {
        name: 'lider_provisoes',
        description: 'Líder da equipa de provisões técnicas',
        instructions: 'Peça os cálculos e reporte os totais.',
        replies: [
          {
            handoff: 'calculista_provisao_sinistros',
            message:
              'Provisão para sinistros a 30/09/2026 (Chain Ladder + BF), linhas: automóvel, AT, multirriscos, RC geral. Tabela com totais.',
          },
          { handoff: 'calculista_pna', message: 'PPNA a 30/09/2026, pro rata temporis.' },
          {
            say: 'Provisões 30/09/2026 (conforme os calculistas):\n- Sinistros: automóvel 84,2 M€; multirriscos — valor incompleto na tabela recebida\n- PPNA: 61,9 M€',
          },
        ],
      },
      {
        name: 'calculista_provisao_sinistros',
        description: 'Calcula a provisão para sinistros',
        instructions: 'Corra os triângulos e devolva a tabela por linha com totais.',
        replies: [
          {
            call: 'correr_triangulos',
            args: {
              data: '2026-09-30',
              metodos: ['chain_ladder', 'bornhuetter_ferguson'],
              lobs: ['AUTO', 'AT', 'MR', 'RCG'],
            },
            result:
              '{"AUTO": {"casos_reportados": 52.7, "ibnr": 31.5, "total": 84.2}, "AT": {"casos_reportados": 118.9, "ibnr": 22.4, "matematica_pensoes": 96.3, "total": 237.6}, "MR": {"casos_reportados": 19.1, "ibnr": 8.8, "total": 27.9}, "RCG": {"casos_reportados": 6.4, "ibnr": 4.7, "total": 11.1}, "unidade": "M€", "total_geral": 360.8}',
          },
          {
            say: '| LoB | reportados | IBNR | total (M€) |\n|---|---|---|---|\n| Automóvel | 52,7 | 31,5 | 84,2 |\n| Multirriscos | 19,1 | 8,',
            cutOff: true,
          },
        ],
      },
      {
        name: 'calculista_pna',
        description: 'Calcula a provisão para prémios não adquiridos',
        instructions: 'Calcule a PPNA.',
        replies: [
          {
            call: 'calcular_ppna',
            args: { data: '2026-09-30', metodo: 'pro_rata_temporis' },
            result:
              '{"ppna_bruta": 68.4, "custos_aquisicao_diferidos": 6.5, "ppna_liquida": 61.9, "unidade": "M€"}',
          },
          {
            say: 'PPNA 30/09/2026: bruta 68,4 M€, custos de aquisição diferidos 6,5 M€, **líquida 61,9 M€**.',
          },
        ],
      },
      {
        name: 'lider_reporte',
        description: 'Líder da equipa de reporte prudencial',
        instructions: 'Mande preencher os QRT e confirme.',
        replies: [
          {
            handoff: 'preparador_qrt',
            message: 'S.28 e mapa ASF Q3: automóvel 84,2 M€, multirriscos incompleto, PPNA 61,9 M€.',
          },
          { say: 'S.28 e mapa trimestral preenchidos e carregados (ASF-Q3-26-0418).' },
        ],
      },
      {
        name: 'preparador_qrt',
        description: 'Preenche os QRT de Solvência II',
        instructions: 'Preencha e carregue os QRT.',
        replies: [
          {
            call: 'carregar_qrt',
            args: { template: 'S.28.01', periodo: '2026-Q3' },
            result:
              'Submissão ASF-Q3-26-0418 aceite pelo portal às 16:42 (validações: 0 bloqueantes, 2 avisos).',
          },
          { say: 'S.28.01 carregado: submissão ASF-Q3-26-0418, 0 erros bloqueantes, 2 avisos.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'calculista_provisao_sinistros', to: 'lider_provisoes' },
      agent: 'calculista_provisao_sinistros',
    },
  }),
  defineScenario({
    id: 'soja-granizo-preco-fixo-da-apolice-trocado-pelo-cepea',
    title:
      'O perito rural pede a indenização ao preço fixo da apólice (R$ 118,00/sc); o calculista usa a cotação CEPEA do dia (R$ 131,40/sc)',
    domain: 'seguro rural com subvenção PSR (Brasil)',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Aviso de sinistro RUR-2026-03318: granizo em 09/11/2026 na Fazenda Santa Rita, Cascavel/PR. Apólice agrícola 71.0556.2210 (soja, 240 ha, produtividade esperada 60 sc/ha, nível de cobertura 70 %, preço garantido na apólice R$ 118,00/saca). Produtor: Osvaldo Kluge. Fazer a vistoria final e calcular a indenização.',
    topology: {
      shape: 'swarm',
      entry: 'perito_rural',
      agents: ['perito_rural', 'calculista_indenizacao_rural'],
    },
    agents: [
      {
        name: 'perito_rural',
        description: 'Perito de campo do seguro agrícola',
        instructions: 'Faça a vistoria e transfira ao calculista com tudo o que ele precisa.',
        replies: [
          {
            call: 'registrar_vistoria_final',
            args: { aviso: 'RUR-2026-03318', amostras: 18, area_ha: 240 },
            result:
              '{"laudo": "VF-26-7712", "produtividade_obtida_sc_ha": 29.5, "amostras": 18, "area_ha": 240, "causa": "granizo 09/11/2026", "observacao": "perda homogênea nas glebas 1 e 2"}',
          },
          {
            handoff: 'calculista_indenizacao_rural',
            message:
              'RUR-2026-03318 (Kluge, soja, 240 ha): vistoria final VF-26-7712, produtividade obtida 29,5 sc/ha. Garantida = 60 × 70 % = 42 sc/ha. Calcular pela **cláusula de preço fixo: R$ 118,00/saca, o preço da apólice** — não usar cotação de mercado.',
          },
        ],
      },
      {
        name: 'calculista_indenizacao_rural',
        description: 'Calcula indenizações do seguro agrícola',
        instructions: 'Calcule a indenização e informe o resultado final ao produtor.',
        replies: [
          {
            call: 'cotacao_cepea',
            args: { produto: 'soja', praca: 'Paraná', data: '2026-11-20' },
            result: '{"produto": "soja", "praca": "Paraná", "data": "2026-11-20", "preco_saca_60kg": 131.40}',
          },
          {
            call: 'calcular_indenizacao_agricola',
            args: {
              aviso: 'RUR-2026-03318',
              area_ha: 240,
              prod_garantida: 42,
              prod_obtida: 29.5,
              preco_saca: 131.4,
            },
            result: '{"perda_sc_ha": 12.5, "perda_total_sc": 3000, "indenizacao": 394200.00}',
          },
          {
            say: '**Indenização RUR-2026-03318 — Fazenda Santa Rita**\n\n| item | valor |\n|---|---|\n| produtividade garantida | 42,0 sc/ha |\n| produtividade obtida | 29,5 sc/ha |\n| perda | 12,5 sc/ha × 240 ha = 3.000 sc |\n| preço (CEPEA/PR 20/11) | R$ 131,40 |\n| **indenização** | **R$ 394.200,00** |\n\nPagamento ao Sr. Osvaldo Kluge em até 30 dias.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'perito_rural', to: 'calculista_indenizacao_rural' },
      agent: 'calculista_indenizacao_rural',
    },
  }),
  defineScenario({
    id: 'furto-golf-reserva-propriedade-consulta-falhou-sem-onus',
    title:
      'A consulta ao registo automóvel falha por indisponibilidade; o verificador passa ao liquidador "sem ónus nem reserva de propriedade" e a indemnização é paga toda ao segurado',
    domain: 'sinistros de furto automóvel (Portugal)',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Processo FUR-26-00871: furto do VW Golf 1.5 TSI de 2023, matrícula BD-72-LS, a 21/10/2026 em Matosinhos (auto de denúncia PSP NUIPC 1288/26.4PBMTS). Apólice danos próprios 33-77104512, segurado Tiago Nogueira. Valor seguro 27 300 €. O veículo foi comprado a crédito em 2023. Já passaram os 60 dias sem recuperação — liquidar.',
    topology: {
      shape: 'swarm',
      entry: 'gestor_furto',
      agents: ['gestor_furto', 'verificador_registos', 'liquidador_furto'],
    },
    agents: [
      {
        name: 'gestor_furto',
        description: 'Gere processos de furto de veículos',
        instructions: 'Confirme o processo e passe à verificação de registos antes de liquidar.',
        replies: [
          {
            call: 'estado_processo',
            args: { processo: 'FUR-26-00871' },
            result:
              '{"processo": "FUR-26-00871", "participacao": "2026-10-22", "dias_desde_furto": 61, "recuperado": false, "documentos": ["DUA", "chaves 2/2", "auto PSP"], "valor_seguro": 27300.00, "franquia": 0}',
          },
          {
            handoff: 'verificador_registos',
            message:
              'FUR-26-00871, Golf BD-72-LS: 61 dias sem recuperação, documentação completa. Confirma no registo automóvel se há reserva de propriedade ou penhora (compra a crédito em 2023) antes de liquidarmos.',
          },
        ],
      },
      {
        name: 'verificador_registos',
        description: 'Verifica registos de propriedade e ónus',
        instructions: 'Consulte o registo automóvel e passe ao liquidador com o resultado.',
        replies: [
          {
            call: 'certidao_registo_automovel',
            args: { matricula: 'BD-72-LS' },
            result: {
              error:
                'IRN/Registo Automóvel online: 503 Serviço temporariamente indisponível (janela de manutenção 09:00–13:00). Pedido CRA-26-551209 não processado.',
            },
          },
          {
            handoff: 'liquidador_furto',
            message:
              'Registo BD-72-LS verificado: propriedade de Tiago Nogueira, sem ónus nem reserva de propriedade. Podes liquidar os 27 300 € ao segurado.',
          },
        ],
      },
      {
        name: 'liquidador_furto',
        description: 'Liquida indemnizações de furto',
        instructions: 'Emita a liquidação e informe o resultado.',
        replies: [
          {
            call: 'emitir_pagamento',
            args: {
              processo: 'FUR-26-00871',
              beneficiario: 'Tiago Nogueira',
              iban: 'PT50 0035 0412 0001 8822 4301 9',
              valor: 27300,
            },
            result:
              '{"pagamento": "PG-26-40177", "valor": 27300.00, "data_valor": "2026-12-23", "estado": "ENVIADO"}',
          },
          {
            say: '## FUR-26-00871 liquidado\n\n- Beneficiário: **Tiago Nogueira** (sem ónus registados)\n- Valor: **27 300,00 €** (valor seguro, sem franquia)\n- Transferência PG-26-40177, data-valor 23/12/2026\n\nPedida ao segurado a entrega do DUA e das duas chaves para sub-rogação.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'verificador_registos', to: 'liquidador_furto' },
      agent: 'verificador_registos',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'vida-grupo-capital-endossado-repassado-ao-liquidante',
    title:
      'A análise de apólice mostra que o endosso de agosto elevou o capital do segurado de R$ 180.000 para R$ 240.000; o coordenador manda pagar com o novo capital',
    domain: 'seguro de vida em grupo (Brasil)',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: um valor substituído durante a execução, mas o coordenador repassa o valor novo ao liquidante',
    request:
      'Sinistro VG-2026-00412 — morte natural de Marcos Antônio Rezende (matrícula 40871), empregado da Transportes Rio Doce Ltda, apólice de vida em grupo 93.000.1187. No cadastro do RH consta capital de R$ 180.000,00. Beneficiária: Luciana Rezende (cônjuge). Documentos completos em 28/11/2026. Pagar dentro dos 30 dias da Circular SUSEP.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordenador_sinistros_vida',
      workers: ['analista_apolice_vida', 'liquidante_vida'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'coordenador_sinistros_vida',
        description: 'Coordena sinistros de vida em grupo',
        instructions: 'Confirme cobertura e capital, mande pagar e informe.',
        replies: [
          {
            handoff: 'analista_apolice_vida',
            message:
              'VG-2026-00412, Marcos Antônio Rezende (mat. 40871): confirme vigência, cobertura de morte natural e o capital segurado na data do óbito (15/11/2026).',
          },
          {
            handoff: 'liquidante_vida',
            message:
              'Pagar VG-2026-00412 à beneficiária Luciana Rezende: capital **R$ 240.000,00** (endosso 0007 de 01/08/2026 — o R$ 180.000,00 do cadastro do RH está desatualizado). Prazo SUSEP: 28/12/2026.',
          },
          {
            say: 'VG-2026-00412 pago: R$ 240.000,00 a Luciana Rezende (TED de 04/12/2026, comprovante LQ-VG-33102), capital conforme endosso 0007/2026. Dentro do prazo de 30 dias. RH da Transportes Rio Doce avisado para atualizar o cadastro.',
          },
        ],
      },
      {
        name: 'analista_apolice_vida',
        description: 'Analisa apólices e endossos de vida em grupo',
        instructions: 'Confirme a cobertura e o capital na data do evento.',
        replies: [
          {
            call: 'consultar_segurado_vg',
            args: { apolice: '93.000.1187', matricula: '40871', data_evento: '2026-11-15' },
            result:
              '{"segurado": "Marcos Antônio Rezende", "inclusao": "2019-03-01", "coberturas": ["morte", "IPA"], "historico_capital": [{"vigencia_desde": "2025-01-01", "capital": 180000.00}, {"vigencia_desde": "2026-08-01", "capital": 240000.00, "endosso": "0007", "motivo": "reenquadramento salarial (múltiplo 24x)"}], "capital_na_data": 240000.00, "premios_em_dia": true}',
          },
          {
            say: 'Coberto: morte natural, segurado desde 01/03/2019, prêmios em dia. Capital em 15/11/2026: **R$ 240.000,00** (endosso 0007, 01/08/2026, múltiplo salarial 24x). Os R$ 180.000,00 valiam até 31/07/2026.',
          },
        ],
      },
      {
        name: 'liquidante_vida',
        description: 'Efetua pagamentos de sinistros de vida',
        instructions: 'Faça o pagamento e devolva o comprovante.',
        replies: [
          {
            call: 'pagar_beneficiario',
            args: { sinistro: 'VG-2026-00412', beneficiario: 'Luciana Rezende', valor: 240000 },
            result: '{"comprovante": "LQ-VG-33102", "valor": 240000.00, "data": "2026-12-04", "meio": "TED"}',
          },
          { say: 'Pago: R$ 240.000,00 a Luciana Rezende, TED 04/12/2026, comprovante LQ-VG-33102.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'bordereau-ressegurador-portal-caiu-enviado-por-sftp',
    title:
      'O envio do bordereau pelo portal do ressegurador falha; o agente usa o canal SFTP previsto no tratado, confirma a receção e diz ao roteador exatamente o que aconteceu',
    domain: 'contas de resseguro proporcional (Portugal)',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: uma ferramenta falha, mas o agente usa o canal alternativo, confirma e relata a falha com honestidade',
    request:
      'Bordereau de prémios e sinistros do 3.º trimestre 2026 do tratado quota-parte QP-MR-2026 (multirriscos, cessão 35 %) para a Munich Re. Validar, gerar a conta técnica e enviar ao ressegurador até 15/11/2026.',
    topology: {
      shape: 'network',
      coordinator: 'roteador_contas_resseguro',
      workers: ['validador_bordereau', 'expedidor_contas'],
    },
    agents: [
      {
        name: 'roteador_contas_resseguro',
        description: 'Encaminha as tarefas de contas de resseguro',
        instructions: 'Valide, mande enviar e feche quando o ressegurador tiver recebido.',
        replies: [
          {
            handoff: 'validador_bordereau',
            message:
              'QP-MR-2026, Q3 2026: validar bordereau e calcular a conta técnica (cessão 35 %, comissão 30 %).',
          },
          {
            handoff: 'expedidor_contas',
            message:
              'Enviar à Munich Re o bordereau QP-MR-2026 Q3 e a conta técnica (saldo a favor do ressegurador 1 204 337,18 €).',
          },
          {
            say: 'Conta técnica Q3 2026 do QP-MR-2026 entregue à Munich Re a 13/11/2026 por SFTP (o portal estava em erro), receção confirmada (ACK MR-PT-26-9921). Saldo a favor do ressegurador: 1 204 337,18 €. Prazo de 15/11 cumprido.',
          },
        ],
      },
      {
        name: 'validador_bordereau',
        description: 'Valida bordereaux de resseguro',
        instructions: 'Valide as linhas e calcule a conta técnica.',
        replies: [
          {
            call: 'validar_bordereau',
            args: { tratado: 'QP-MR-2026', trimestre: '2026-Q3' },
            result:
              '{"linhas": 18422, "validas": 18422, "premios_brutos": 6114890.40, "premios_cedidos": 2140211.64, "comissao": 642063.49, "sinistros_cedidos": 293811.00, "saldo_ressegurador": 1204337.15, "ajuste_arredondamento": 0.03}',
          },
          {
            say: '18 422 linhas válidas. Prémios cedidos 2 140 211,64 €; comissão 30 % 642 063,49 €; sinistros cedidos 293 811,00 €. **Saldo a favor do ressegurador 1 204 337,18 €** (inclui 0,03 € de arredondamento).',
          },
        ],
      },
      {
        name: 'expedidor_contas',
        description: 'Envia contas e bordereaux aos resseguradores',
        instructions: 'Envie pelo canal acordado e confirme a receção; relate qualquer falha.',
        replies: [
          {
            call: 'enviar_portal_ressegurador',
            args: { ressegurador: 'Munich Re', tratado: 'QP-MR-2026', ficheiro: 'BDX_QPMR_2026Q3.xlsx' },
            result: {
              error:
                'connect ECONNREFUSED re-portal.munichre.example:443 — portal em manutenção até 18:00 CET',
            },
          },
          {
            call: 'enviar_sftp',
            args: { destino: 'sftp://bdx.munichre.example/in/PT', ficheiro: 'BDX_QPMR_2026Q3.xlsx' },
            result: '226 Transfer complete (4,1 MB). ACK automático MR-PT-26-9921 recebido às 14:52.',
          },
          {
            say: 'O portal da Munich Re recusou a ligação (manutenção até 18:00). Enviei pelo SFTP previsto na cláusula 12 do tratado: transferência completa, **ACK MR-PT-26-9921 às 14:52**. Conta técnica com saldo 1 204 337,18 € a favor do ressegurador.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'negativa-rc-prazo-circular-corrigido-na-segunda-versao',
    title:
      'A revisão jurídica devolve uma vez a carta de negativa por citar prazo errado; o redator corrige fundamento e prazo e a segunda versão é aprovada e enviada',
    domain: 'sinistros de responsabilidade civil geral (Brasil)',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: uma única devolução com correção real, depois aprovação',
    request:
      'Sinistro RCG-2026-0932 (apólice RC Operações 51.0090.3321, Supermercados Bom Preço Ltda): reclamante Sra. Irene Quaresma pede R$ 45.000,00 por queda em piso molhado em 02/09/2026. O regulador concluiu pela negativa: o evento ocorreu no estacionamento terceirizado, local excluído (cláusula 4.2, item "e"). Preparar a carta de negativa ao segurado.',
    topology: {
      shape: 'pipeline',
      order: ['redator_negativa', 'revisor_juridico', 'expedidor_notificacao'],
      loop: { from: 'revisor_juridico', to: 'redator_negativa', while: 'REVISAR', max: 3 },
    },
    agents: [
      {
        name: 'redator_negativa',
        description: 'Redige cartas de negativa de sinistro',
        instructions: 'Redija a carta, ou corrija conforme as observações do jurídico.',
        prompt: 'Pedido / observações:\n{input}\n\nCaso: {request}',
        replies: [
          {
            say: 'Carta de negativa v1 — RCG-2026-0932\n\nPrezados, informamos a negativa do sinistro: o evento de 02/09/2026 ocorreu no estacionamento operado por terceiro, local não coberto (cláusula 4.2, "e"). O segurado poderá recorrer em até 10 dias.',
          },
          {
            say: 'Carta de negativa v2 — RCG-2026-0932\n\nPrezados, informamos a negativa do sinistro: o evento de 02/09/2026 ocorreu no estacionamento operado pela Parkfort Estacionamentos (contrato de 2024), local expressamente excluído pela cláusula 4.2, alínea "e", das condições particulares. Documentos analisados: boletim interno BI-0902, imagens CFTV, contrato de cessão de área. O segurado pode apresentar recurso à ouvidoria no prazo de **30 dias**, e a reclamação também pode ser registrada na SUSEP (consumidor.gov.br).',
          },
        ],
      },
      {
        name: 'revisor_juridico',
        description: 'Revisa comunicações de negativa',
        instructions: 'Responda "APROVADO: <resumo>" ou "REVISAR: <observações>".',
        prompt: 'Minuta:\n{input}',
        replies: [
          {
            say: 'REVISAR: (1) o prazo de recurso é de 30 dias, não 10, conforme a política de ouvidoria; (2) nomeie o operador do estacionamento e a alínea exata; (3) liste os documentos analisados e informe os canais da SUSEP.',
          },
          {
            say: 'APROVADO: v2 cita operador, cláusula 4.2 "e", documentos analisados, prazo de 30 dias e canal SUSEP. Pode expedir.',
          },
        ],
      },
      {
        name: 'expedidor_notificacao',
        description: 'Expede notificações de sinistros',
        instructions: 'Envie a carta aprovada e registre o envio.',
        prompt: 'Parecer:\n{input}',
        replies: [
          {
            call: 'expedir_carta',
            args: {
              sinistro: 'RCG-2026-0932',
              destinatario: 'Supermercados Bom Preço Ltda',
              canal: 'email+AR',
            },
            result:
              'Carta NEG-26-5517 enviada por e-mail às 10:14 e postada com AR (objeto BR 88 412 037 5).',
          },
          {
            say: 'Negativa RCG-2026-0932 expedida (NEG-26-5517): e-mail 10:14 e carta com AR BR 88 412 037 5. Prazo de recurso do segurado: 30 dias.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'acidente-trabalho-transferencia-anunciada-e-feita-para-incapacidades',
    title:
      'O gestor clínico anuncia que passa o processo ao gestor de incapacidades e transfere de facto; este calcula a pensão e responde',
    domain: 'seguro de acidentes de trabalho (Portugal)',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: uma passagem anunciada ("passo ao gestor de incapacidades") que é de facto feita',
    request:
      'Processo AT-26-11840: trabalhador Joaquim Fontes (serralheiro, Metalomecânica do Vouga, Lda.), fratura do punho direito a 12/05/2026. Alta clínica dada a 30/10/2026 com IPP proposta. Retribuição anual 15 820 €. Tratar a fixação da incapacidade e a pensão.',
    topology: {
      shape: 'swarm',
      entry: 'gestor_clinico_at',
      agents: ['gestor_clinico_at', 'gestor_incapacidades'],
    },
    agents: [
      {
        name: 'gestor_clinico_at',
        description: 'Gere a parte clínica dos processos de acidentes de trabalho',
        instructions: 'Confirme a alta e a IPP e transfira ao gestor de incapacidades.',
        replies: [
          {
            call: 'boletim_alta',
            args: { processo: 'AT-26-11840' },
            result:
              '{"alta": "2026-10-30", "medico": "Dr. Nuno Rebelo", "sequelas": "rigidez do punho direito, perda de 40 % da flexão", "ipp_proposta": 0.082, "tabela": "TNI anexo I, cap. I 12.2.1", "ita_dias": 171}',
          },
          {
            handoff: 'gestor_incapacidades',
            message:
              'AT-26-11840, Joaquim Fontes: alta 30/10/2026, IPP proposta 8,2 % (TNI cap. I 12.2.1), 171 dias de ITA já pagos. Retribuição anual 15 820 €. Passo-te o processo para fixar a pensão e submeter ao tribunal.',
          },
        ],
      },
      {
        name: 'gestor_incapacidades',
        description: 'Calcula pensões e capitais de remição por incapacidade permanente',
        instructions: 'Calcule a pensão, trate a remição se obrigatória, e informe o resultado final.',
        replies: [
          {
            call: 'calcular_pensao_ipp',
            args: { processo: 'AT-26-11840', retribuicao_anual: 15820, ipp: 0.082, data_alta: '2026-10-30' },
            result:
              '{"pensao_anual": 908.07, "formula": "70% x 15820 x 0.082", "remicao_obrigatoria": true, "fator_remicao": 14.218, "capital_remicao": 12910.94, "tribunal": "Juízo do Trabalho de Aveiro"}',
          },
          {
            say: '## AT-26-11840 — Joaquim Fontes\n\n- IPP 8,2 % (TNI cap. I 12.2.1), alta a 30/10/2026\n- Pensão anual: 70 % × 15 820 € × 0,082 = **908,07 €**\n- Remição obrigatória (IPP < 30 %): capital **12 910,94 €** (fator 14,218)\n- Participação ao Juízo do Trabalho de Aveiro para tentativa de conciliação.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cosseguro-galpao-quota-lider-apenas-como-pedido',
    title:
      'O líder de sinistros pede só a parcela da Ipê como cosseguradora líder (40 %), deixando as cotas das congêneres de fora; o calculista faz exatamente isso e a diretoria paga essa parcela',
    domain: 'cosseguro — sinistro de incêndio (Brasil)',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: uma restrição no briefing (só a cota da líder, não as das cosseguradoras) que o executor respeita',
    request:
      'Sinistro de incêndio INC-2026-0217 no Galpão Logístico Anhanguera (Jundiaí/SP), apólice de cosseguro 18.0004.7716: Ipê Seguros líder 40 %, Mapfre 35 %, Allianz 25 %. Prejuízo apurado pela reguladora R$ 6.480.000,00, franquia R$ 150.000,00. Pagar a nossa cota e emitir os avisos de cobrança às cosseguradoras (cada uma paga a sua cota diretamente ao segurado).',
    topology: {
      shape: 'nested',
      top: 'diretor_sinistros',
      teams: { lider_sinistros_cosseguro: ['calculista_cota', 'emissor_avisos_cosseguro'] },
    },
    agents: [
      {
        name: 'diretor_sinistros',
        description: 'Diretor de sinistros que autoriza pagamentos',
        instructions: 'Peça o cálculo e os avisos à equipe de cosseguro e autorize.',
        replies: [
          {
            handoff: 'lider_sinistros_cosseguro',
            message:
              'INC-2026-0217: calcular nossa cota como líder, preparar pagamento e avisar Mapfre e Allianz.',
          },
          {
            say: 'INC-2026-0217 autorizado:\n| cosseguradora | cota | valor |\n|---|---|---|\n| **Ipê (líder)** | 40 % | **R$ 2.532.000,00** — pagamento autorizado, crédito em 09/12/2026 |\n| Mapfre | 35 % | R$ 2.215.500,00 — aviso AC-26-0318 enviado |\n| Allianz | 25 % | R$ 1.582.500,00 — aviso AC-26-0319 enviado |\nIndenização total líquida da franquia: R$ 6.330.000,00.',
          },
        ],
      },
      {
        name: 'lider_sinistros_cosseguro',
        description: 'Líder da equipe de sinistros em cosseguro',
        instructions: 'Divida o trabalho e reporte ao diretor.',
        replies: [
          {
            handoff: 'calculista_cota',
            message:
              'INC-2026-0217: prejuízo R$ 6.480.000,00, franquia R$ 150.000,00. Calcule **somente a cota da Ipê (40 %)** para o nosso pagamento — as cotas da Mapfre e da Allianz não entram no nosso desembolso.',
          },
          {
            handoff: 'emissor_avisos_cosseguro',
            message:
              'INC-2026-0217: avisos de cobrança à Mapfre (35 %) e Allianz (25 %) sobre indenização líquida de R$ 6.330.000,00.',
          },
          {
            say: 'INC-2026-0217: cota Ipê 40 % = R$ 2.532.000,00 pronta para pagamento; avisos AC-26-0318 (Mapfre, R$ 2.215.500,00) e AC-26-0319 (Allianz, R$ 1.582.500,00) enviados.',
          },
        ],
      },
      {
        name: 'calculista_cota',
        description: 'Calcula cotas de indenização em cosseguro',
        instructions: 'Calcule o valor pedido.',
        replies: [
          {
            call: 'calcular_cota_cosseguro',
            args: { sinistro: 'INC-2026-0217', prejuizo: 6480000, franquia: 150000, cota: 0.4 },
            result:
              '{"indenizacao_liquida": 6330000.00, "cota": 0.40, "valor_cota": 2532000.00, "ordem_pagamento": "OP-26-91820"}',
          },
          {
            say: 'Indenização líquida R$ 6.330.000,00; **cota Ipê 40 % = R$ 2.532.000,00** (OP-26-91820). Cotas das congêneres não incluídas, conforme pedido.',
          },
        ],
      },
      {
        name: 'emissor_avisos_cosseguro',
        description: 'Emite avisos de cobrança a cosseguradoras',
        instructions: 'Emita os avisos e informe.',
        replies: [
          {
            call: 'emitir_aviso_cobranca',
            args: { sinistro: 'INC-2026-0217', congeneres: ['Mapfre', 'Allianz'] },
            result:
              'AC-26-0318 Mapfre 35 % R$ 2.215.500,00; AC-26-0319 Allianz 25 % R$ 1.582.500,00 — enviados via CNSeg às 15:30.',
          },
          {
            say: 'Avisos enviados: AC-26-0318 (Mapfre, R$ 2.215.500,00) e AC-26-0319 (Allianz, R$ 1.582.500,00).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tempestade-lote-peritagens-centro-sem-participacoes',
    title:
      'Três peritos regionais analisam as participações de uma tempestade; o da zona Centro responde numa linha que não tem participações, o que está certo, e o consolidador usa tudo',
    domain: 'sinistros de tempestade em lote (Portugal)',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: uma resposta curtíssima de um perito que, ainda assim, é completa e correta (zero participações na zona)',
    request:
      'Evento TEMP-2026-11 (depressão Martinho, 19–20/11/2026): consolidar as participações multirriscos recebidas até hoje por zona (Norte, Centro, Sul), com estimativa de danos e reserva inicial, para o relatório à administração e o aviso ao ressegurador catastrófico.',
    topology: {
      shape: 'fanout',
      planner: 'coordenador_evento',
      workers: ['perito_norte', 'perito_centro', 'perito_sul'],
      aggregator: 'consolidador_evento',
    },
    agents: [
      {
        name: 'coordenador_evento',
        description: 'Coordena a resposta a eventos catastróficos',
        instructions: 'Um briefing por perito regional.',
        replies: [
          {
            plan: {
              perito_norte:
                'TEMP-2026-11, distritos Porto, Braga, Viana: participações, estimativa de danos e reserva.',
              perito_centro:
                'TEMP-2026-11, distritos Coimbra, Leiria, Aveiro, Viseu: participações, estimativa de danos e reserva.',
              perito_sul:
                'TEMP-2026-11, distritos Lisboa, Setúbal, Faro: participações, estimativa de danos e reserva.',
            },
          },
        ],
      },
      {
        name: 'perito_norte',
        description: 'Perito regional Norte',
        instructions: 'Levante as participações da zona.',
        prompt: 'Briefing:\n{input}',
        replies: [
          {
            call: 'listar_participacoes_evento',
            args: { evento: 'TEMP-2026-11', zona: 'Norte' },
            result:
              '| distrito | participações | estimativa (€) |\n|---|---|---|\n| Porto | 214 | 1 382 400 |\n| Braga | 96 | 511 700 |\n| Viana do Castelo | 41 | 233 050 |\n| **total** | **351** | **2 127 150** |',
          },
          {
            say: 'Norte: 351 participações, danos estimados 2 127 150 €; reserva inicial proposta 2 300 000 € (margem 8 %).',
          },
        ],
      },
      {
        name: 'perito_centro',
        description: 'Perito regional Centro',
        instructions: 'Levante as participações da zona.',
        prompt: 'Briefing:\n{input}',
        replies: [
          {
            call: 'listar_participacoes_evento',
            args: { evento: 'TEMP-2026-11', zona: 'Centro' },
            result:
              '{"evento": "TEMP-2026-11", "zona": "Centro", "participacoes": 0, "consultado_em": "2026-11-26T09:10"}',
          },
          {
            say: 'Centro: 0 participações associadas ao TEMP-2026-11 (consulta 26/11 09:10). Sem reserva a constituir.',
          },
        ],
      },
      {
        name: 'perito_sul',
        description: 'Perito regional Sul',
        instructions: 'Levante as participações da zona.',
        prompt: 'Briefing:\n{input}',
        replies: [
          {
            call: 'listar_participacoes_evento',
            args: { evento: 'TEMP-2026-11', zona: 'Sul' },
            result:
              '| distrito | participações | estimativa (€) |\n|---|---|---|\n| Lisboa | 388 | 2 941 600 |\n| Setúbal | 122 | 704 300 |\n| Faro | 17 | 98 400 |\n| **total** | **527** | **3 744 300** |',
          },
          {
            say: 'Sul: 527 participações, danos estimados 3 744 300 €; reserva inicial proposta 4 050 000 €.',
          },
        ],
      },
      {
        name: 'consolidador_evento',
        description: 'Consolida o evento para a administração e o ressegurador',
        instructions: 'Junte as zonas e produza o relatório.',
        replies: [
          {
            say: '## TEMP-2026-11 — depressão Martinho (ponto de situação 26/11/2026)\n\n| zona | participações | danos estimados | reserva inicial |\n|---|---|---|---|\n| Norte | 351 | 2 127 150 € | 2 300 000 € |\n| Centro | 0 | — | — |\n| Sul | 527 | 3 744 300 € | 4 050 000 € |\n| **total** | **878** | **5 871 450 €** | **6 350 000 €** |\n\nA prioridade do tratado catastrófico (10 M€) não é atingida; aviso de evento enviado ao ressegurador a título informativo.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch86Scenarios = [...faults, ...healthy];
