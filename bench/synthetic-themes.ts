// What synthetic offers are about: product themes in the vocabulary of the default taxonomy,
// each written in English and Chinese, so generated offers read like partners' real kits.

import type { SolutionType } from '../src/domain/vocabulary.ts';

export interface Bilingual {
	en: string;
	zh: string;
}

export interface Theme {
	/** Slug words of the product name. */
	key: string;
	product: Bilingual;
	area: string;
	subAreas: readonly string[];
	/** A second solution area some offers add. */
	extraArea?: { area: string; subAreas: readonly string[] };
	platforms: readonly string[];
	solutionTypes: readonly SolutionType[];
	/** The one-pager template that fits the platform (`office-365` is the old alias). */
	templates: readonly string[];
	problem: Bilingual;
	/** "How it works" steps: a bold lead and a sentence. */
	steps: readonly [Bilingual, Bilingual][];
	/** One-pager benefits: short lines. */
	benefits: readonly Bilingual[];
	/** Results table rows: metric and typical result. */
	results: readonly [Bilingual, Bilingual][];
	/** Who to target. */
	targets: readonly Bilingual[];
}

const b = (en: string, zh: string): Bilingual => ({ en, zh });

export const THEMES: readonly Theme[] = [
	{
		key: 'retail-demand-forecast',
		product: b('Retail Demand Forecasting', '零售需求预测'),
		area: 'Data and AI',
		subAreas: ['Analytics', 'AI and machine learning'],
		platforms: ['Azure', 'Power Platform'],
		solutionTypes: ['IP', 'Managed Service'],
		templates: ['azure'],
		problem: b(
			'Retailers lose 4 to 8% of sales to empty shelves, yet most still plan replenishment from weekly spreadsheets and chain-wide averages.',
			'零售商因货架缺货损失 4% 至 8% 的销售额，但多数企业仍依靠每周的电子表格和全连锁门店的平均数据安排补货。',
		),
		steps: [
			[
				b('Ingest', '数据接入'),
				b(
					'connectors load sales and stock into Azure Data Lake Storage every 15 minutes.',
					'连接器每 15 分钟将销售和库存数据载入 Azure Data Lake Storage。',
				),
			],
			[
				b('Forecast', '需求预测'),
				b(
					'Azure Machine Learning retrains the models every night with weather and promotions.',
					'Azure Machine Learning 每晚结合天气和促销信息重新训练模型。',
				),
			],
			[
				b('Act', '执行落地'),
				b(
					'suggested orders go back to the ERP and exceptions reach store managers in Teams.',
					'建议订单回写 ERP，异常情况通过 Teams 推送给店长。',
				),
			],
		],
		benefits: [
			b('Cut out-of-stocks by 20 to 30% within two quarters', '两个季度内将缺货率降低 20% 至 30%'),
			b('Daily forecasts per store and SKU', '按门店、按 SKU 逐日预测需求'),
			b('Power BI dashboards for every store manager', '每位店长都有 Power BI 仪表板'),
			b('Runs in the customer’s own Azure subscription', '运行在客户自己的 Azure 订阅中'),
		],
		results: [
			[b('Out-of-stock rate', '缺货率'), b('20 to 30% lower', '降低 20% 至 30%')],
			[b('Forecast error', '预测误差'), b('8 to 12 points lower', '降低 8 至 12 个百分点')],
			[b('Inventory carrying cost', '库存持有成本'), b('5 to 9% lower', '降低 5% 至 9%')],
		],
		targets: [
			b('Grocery and specialty chains with 50 to 2,000 stores', '拥有 50 至 2,000 家门店的食品和专业零售连锁'),
			b('Customers with an Azure consumption commitment', '已签订 Azure 消费承诺的客户'),
		],
	},
	{
		key: 'field-service-operations',
		product: b('Field Service Operations', '现场服务运营'),
		area: 'Business Applications',
		subAreas: ['Customer service', 'Power Platform apps'],
		extraArea: { area: 'Data and AI', subAreas: ['Internet of Things'] },
		platforms: ['Dynamics 365', 'Power Platform', 'Azure'],
		solutionTypes: ['Managed Service', 'Service', 'IP'],
		templates: ['dynamics-365'],
		problem: b(
			'Field Service projects rarely fail at go-live: they fail in year two, when schedules drift and mobile sync errors pile up.',
			'现场服务项目很少在上线时失败，往往在第二年因排程失准和移动端同步错误累积而失败。',
		),
		steps: [
			[b('Operate', '运营'), b('24x7 monitoring of scheduling, mobile sync and integrations.', '全天候监控排程、移动端同步与系统集成。')],
			[
				b('Predict', '预测'),
				b(
					'telemetry from Azure IoT Hub becomes work orders before equipment fails.',
					'来自 Azure IoT Hub 的遥测数据在设备故障前生成工单。',
				),
			],
			[
				b('Improve', '改进'),
				b('a monthly review of first-time-fix, travel time and utilisation.', '每月复盘首次修复率、差旅时间和技师利用率。'),
			],
		],
		benefits: [
			b('30-minute response to priority 1 incidents', '一级事件 30 分钟内响应'),
			b('Every release wave regression-tested first', '每个版本更新都先做回归测试'),
			b('IoT alerts turned into work orders', '物联网告警自动生成工单'),
			b('One predictable monthly fee', '固定的月度费用'),
		],
		results: [
			[b('First-time-fix rate', '首次修复率'), b('from 71% to 86%', '从 71% 提升到 86%')],
			[b('Travel time per job', '每单差旅时间'), b('18 minutes shorter', '缩短 18 分钟')],
			[b('Unplanned downtime', '计划外停机'), b('under one hour a quarter', '每季度不到一小时')],
		],
		targets: [
			b('Service organisations with 100 or more technicians', '拥有 100 名以上技师的服务企业'),
			b('Customers moving from a legacy dispatch system', '正从旧派工系统迁移的客户'),
		],
	},
	{
		key: 'teams-hybrid-work',
		product: b('Teams Hybrid Work', 'Teams 混合办公'),
		area: 'Modern Workplace',
		subAreas: ['Teamwork', 'Compliance'],
		extraArea: { area: 'Security', subAreas: ['Identity and access'] },
		platforms: ['Microsoft 365', 'Microsoft Teams'],
		solutionTypes: ['Service', 'Managed Service'],
		templates: ['microsoft-365', 'office-365'],
		problem: b(
			'Many companies own Microsoft 365, but Teams is still used only for chat: files sit in personal drives and external sharing is uncontrolled.',
			'许多企业已购买 Microsoft 365，但 Teams 的使用仍停留在聊天：文件散落在个人网盘，外部协作缺乏管控。',
		),
		steps: [
			[
				b('Plan', '规划'),
				b('team structure, naming rules and guest access policies in week one.', '第一周确定团队结构、命名规则和外部访问策略。'),
			],
			[
				b('Secure', '安全'),
				b('conditional access, multifactor authentication and Intune compliance.', '配置条件访问、多重身份验证和 Intune 设备合规。'),
			],
			[b('Adopt', '推广'), b('training for administrators, champions and every employee.', '为管理员、骨干和全体员工分层培训。')],
		],
		benefits: [
			b('Live in 30 days at a fixed price', '30 天交付，固定价格'),
			b('Conditional access and MFA from day one', '从第一天起启用条件访问和多重验证'),
			b('File shares moved to SharePoint and OneDrive', '文件服务器迁移到 SharePoint 与 OneDrive'),
			b('Usage tracked for 90 days after go-live', '上线后 90 天跟踪使用率'),
		],
		results: [
			[b('Monthly active Teams users', 'Teams 月活跃用户'), b('from 23% to 91%', '从 23% 提升到 91%')],
			[b('Travel costs for meetings', '会议差旅费用'), b('37% lower', '下降 37%')],
			[b('Shared files under audit', '纳入审计的共享文件'), b('100%', '100%')],
		],
		targets: [
			b('Companies with 50 to 2,000 employees', '50 至 2,000 人的企业'),
			b('Customers renewing Microsoft 365 E3 or E5', '续订 Microsoft 365 E3 或 E5 的客户'),
		],
	},
	{
		key: 'rugged-windows-tablet',
		product: b('Rugged Windows Tablet', '加固型 Windows 平板'),
		area: 'Modern Workplace',
		subAreas: ['Frontline workers', 'Modern desktop'],
		platforms: ['Windows', 'Microsoft 365', 'Surface'],
		solutionTypes: ['Device'],
		templates: ['windows'],
		problem: b(
			'Warehouse pickers and field technicians need the same apps as office staff, on a device that survives drops, rain and cold stores.',
			'仓库拣货员和现场技师需要与办公室员工相同的应用，而设备必须经得起跌落、雨淋和冷库。',
		),
		steps: [
			[b('Autopilot ready', 'Autopilot 就绪'), b('devices ship registered to the customer’s tenant.', '设备出厂即注册到客户租户。')],
			[
				b('Managed in Intune', 'Intune 管理'),
				b('the same compliance policies as the customer’s laptops.', '与客户笔记本电脑相同的合规策略。'),
			],
			[
				b('Shared device mode', '共享设备模式'),
				b('several shift workers use one tablet with a badge tap.', '多名轮班员工刷卡即可共用一台平板。'),
			],
		],
		benefits: [
			b('Survives 1.8 m drops and IP65 rain', '可承受 1.8 米跌落和 IP65 防水'),
			b('Zero-touch setup with Windows Autopilot', '通过 Windows Autopilot 零接触部署'),
			b('Hot-swappable battery for full shifts', '热插拔电池，满足整班使用'),
			b('Three-year next-business-day warranty', '三年下一工作日更换保修'),
		],
		results: [
			[b('Provisioning time', '部署时间'), b('from 90 to 12 minutes', '从 90 分钟缩短到 12 分钟')],
			[b('Delivery disputes', '交付纠纷'), b('64% fewer', '减少 64%')],
			[b('Device management tools', '设备管理工具'), b('two retired', '淘汰两套')],
		],
		targets: [
			b('Retail, logistics and utilities with 500 frontline workers', '拥有 500 名一线员工的零售、物流和公用事业企业'),
			b('Customers licensing Microsoft 365 F3', '已采购 Microsoft 365 F3 的客户'),
		],
	},
	{
		key: 'sap-migration',
		product: b('SAP on Azure Migration', 'SAP 迁移上云'),
		area: 'Apps and Infrastructure',
		subAreas: ['SAP on Azure', 'Cloud migration'],
		platforms: ['Azure', 'SQL Server'],
		solutionTypes: ['Service', 'Managed Service'],
		templates: ['azure'],
		problem: b(
			'SAP landscapes on ageing hardware block S/4HANA plans, and every hardware refresh ties up capital for five more years.',
			'运行在老旧硬件上的 SAP 系统阻碍了 S/4HANA 规划，每次硬件更新都会再占用五年的资金。',
		),
		steps: [
			[b('Assess', '评估'), b('a two-week sizing of every SAP system and interface.', '用两周时间评估每个 SAP 系统和接口的规模。')],
			[b('Migrate', '迁移'), b('near-zero downtime moves over a weekend, wave by wave.', '分批在周末完成近乎零停机的迁移。')],
			[b('Run', '运维'), b('SAP basis and Azure operations under one service level.', '在同一服务级别下运维 SAP Basis 与 Azure。')],
		],
		benefits: [
			b('Fixed-price migration, wave by wave', '固定价格，分批迁移'),
			b('Downtime under 8 hours per system', '每个系统停机不超过 8 小时'),
			b('30% lower infrastructure cost', '基础设施成本降低 30%'),
			b('Certified SAP on Azure architects', '经认证的 SAP on Azure 架构师'),
		],
		results: [
			[b('Infrastructure cost', '基础设施成本'), b('30% lower', '降低 30%')],
			[b('Month-end close', '月末结账'), b('2 days faster', '提前 2 天')],
			[b('Downtime per system', '每系统停机'), b('under 8 hours', '少于 8 小时')],
		],
		targets: [
			b('SAP ECC customers planning S/4HANA', '计划升级 S/4HANA 的 SAP ECC 客户'),
			b('Data centres with leases ending within two years', '机房租约两年内到期的企业'),
		],
	},
	{
		key: 'identity-threat-protection',
		product: b('Identity Threat Protection', '身份威胁防护'),
		area: 'Security',
		subAreas: ['Identity and access', 'Threat protection'],
		platforms: ['Azure', 'Microsoft 365'],
		solutionTypes: ['IP', 'Managed Service', 'Service'],
		templates: ['azure', 'microsoft-365'],
		problem: b(
			'Four in five breaches start with a stolen identity, and small security teams cannot watch every sign-in around the clock.',
			'五分之四的安全事件始于身份被盗，而小型安全团队无法全天候监控每一次登录。',
		),
		steps: [
			[
				b('Detect', '检测'),
				b('risky sign-ins are scored in seconds with Microsoft Entra ID signals.', '利用 Microsoft Entra ID 信号在数秒内为风险登录评分。'),
			],
			[
				b('Respond', '响应'),
				b('playbooks in Microsoft Sentinel lock accounts and reset sessions.', 'Microsoft Sentinel 剧本自动锁定账户并重置会话。'),
			],
			[
				b('Report', '报告'),
				b('a monthly posture report maps progress to ISO 27001 controls.', '月度安全态势报告对照 ISO 27001 控制项展示进展。'),
			],
		],
		benefits: [
			b('24x7 identity monitoring by certified analysts', '认证分析师全天候监控身份'),
			b('Automated response in under five minutes', '五分钟内自动响应'),
			b('Built on Microsoft Sentinel and Defender', '基于 Microsoft Sentinel 与 Defender'),
			b('Monthly ISO 27001 posture report', '月度 ISO 27001 态势报告'),
		],
		results: [
			[b('Mean time to respond', '平均响应时间'), b('from 4 hours to 5 minutes', '从 4 小时缩短到 5 分钟')],
			[b('Accounts compromised', '被盗账户'), b('92% fewer', '减少 92%')],
			[b('Alert noise', '告警噪音'), b('70% lower', '降低 70%')],
		],
		targets: [
			b('Mid-size companies without a security operations centre', '没有安全运营中心的中型企业'),
			b('Regulated industries: finance, health, public sector', '金融、医疗、公共部门等受监管行业'),
		],
	},
	{
		key: 'finance-close-automation',
		product: b('Finance Close Automation', '财务结账自动化'),
		area: 'Business Applications',
		subAreas: ['Finance and operations', 'Power Platform apps'],
		platforms: ['Dynamics 365', 'Power Platform'],
		solutionTypes: ['IP', 'Service'],
		templates: ['dynamics-365'],
		problem: b(
			'Month-end close still takes ten days in most finance teams, spent reconciling spreadsheets that nobody trusts.',
			'多数财务团队的月末结账仍需十天，时间都花在核对无人信任的电子表格上。',
		),
		steps: [
			[b('Reconcile', '对账'), b('bank and intercompany matching runs every night.', '每晚自动完成银行和公司间对账。')],
			[
				b('Approve', '审批'),
				b('journal approvals flow through Power Automate with full audit.', '凭证审批通过 Power Automate 流转并完整留痕。'),
			],
			[b('Close', '结账'), b('a close calendar in Teams shows every task and owner.', 'Teams 中的结账日历显示每项任务及负责人。')],
		],
		benefits: [
			b('Close the books in four days instead of ten', '结账时间从十天缩短到四天'),
			b('Nightly bank and intercompany matching', '每晚自动完成银行和公司间对账'),
			b('Every journal approved with an audit trail', '每张凭证审批均可审计'),
			b('Works with Dynamics 365 Finance', '与 Dynamics 365 Finance 集成'),
		],
		results: [
			[b('Days to close', '结账天数'), b('from 10 to 4', '从 10 天缩短到 4 天')],
			[b('Manual reconciliations', '手工对账'), b('85% fewer', '减少 85%')],
			[b('Audit findings', '审计问题'), b('none in two years', '两年内零问题')],
		],
		targets: [
			b('Dynamics 365 Finance customers with several legal entities', '拥有多个法人实体的 Dynamics 365 Finance 客户'),
			b('CFOs preparing for an audit or an IPO', '正在准备审计或上市的财务负责人'),
		],
	},
	{
		key: 'factory-iot-insights',
		product: b('Factory IoT Insights', '工厂物联网洞察'),
		area: 'Data and AI',
		subAreas: ['Internet of Things', 'Analytics'],
		extraArea: { area: 'Apps and Infrastructure', subAreas: ['Hybrid cloud'] },
		platforms: ['Azure', 'Windows'],
		solutionTypes: ['IP', 'Device', 'Service'],
		templates: ['azure', 'windows'],
		problem: b(
			'Unplanned downtime costs manufacturers up to 20% of capacity, while machine data stays locked in the shop floor.',
			'计划外停机让制造企业损失高达 20% 的产能，而设备数据仍被锁在车间里。',
		),
		steps: [
			[
				b('Connect', '连接'),
				b('edge gateways read PLC data and send it to Azure IoT Operations.', '边缘网关读取 PLC 数据并发送到 Azure IoT Operations。'),
			],
			[
				b('Analyse', '分析'),
				b('anomaly models flag bearings and motors weeks before they fail.', '异常检测模型提前数周发现轴承和电机隐患。'),
			],
			[b('Act', '行动'), b('maintenance tasks open automatically in the customer’s CMMS.', '在客户的设备维护系统中自动创建维护任务。')],
		],
		benefits: [
			b('Up to 30% less unplanned downtime', '计划外停机最多减少 30%'),
			b('Connects to 200 PLC and sensor types', '支持 200 种 PLC 和传感器'),
			b('Edge to cloud in one week per line', '每条产线一周内完成上云'),
			b('OEE dashboards for every shift', '每个班次都有 OEE 仪表板'),
		],
		results: [
			[b('Unplanned downtime', '计划外停机'), b('up to 30% less', '最多减少 30%')],
			[b('Overall equipment effectiveness', '设备综合效率'), b('6 points higher', '提高 6 个百分点')],
			[b('Maintenance cost', '维护成本'), b('12% lower', '降低 12%')],
		],
		targets: [
			b('Discrete manufacturers with 3 or more plants', '拥有 3 个以上工厂的离散制造企业'),
			b('Plant managers with an OEE target', '有 OEE 目标的工厂经理'),
		],
	},
	{
		key: 'sales-copilot-accelerator',
		product: b('Sales Copilot Accelerator', '销售助手加速器'),
		area: 'Business Applications',
		subAreas: ['Sales'],
		extraArea: { area: 'Data and AI', subAreas: ['AI and machine learning'] },
		platforms: ['Dynamics 365', 'Microsoft 365', 'Microsoft Teams'],
		solutionTypes: ['Service', 'IP'],
		templates: ['dynamics-365', 'microsoft-365'],
		problem: b(
			'Sellers spend a third of their week on data entry and meeting notes instead of talking to customers.',
			'销售人员每周三分之一的时间花在录入数据和整理会议纪要上，而不是与客户沟通。',
		),
		steps: [
			[
				b('Capture', '记录'),
				b('meeting notes and emails land on the right opportunity automatically.', '会议纪要和邮件自动归档到对应商机。'),
			],
			[b('Coach', '辅导'), b('deal insights suggest the next step for every opportunity.', '商机洞察为每个商机建议下一步行动。')],
			[b('Forecast', '预测'), b('pipeline reviews run from one dashboard in Teams.', '在 Teams 中的一个仪表板上完成管道评审。')],
		],
		benefits: [
			b('Eight hours a week back for every seller', '每位销售每周节省八小时'),
			b('Meeting notes filed to the right deal', '会议纪要自动归档到商机'),
			b('Forecast accuracy within 5%', '预测误差控制在 5% 以内'),
			b('Rolled out in six weeks', '六周内完成上线'),
		],
		results: [
			[b('Time on data entry', '数据录入时间'), b('60% less', '减少 60%')],
			[b('Win rate', '赢单率'), b('9 points higher', '提高 9 个百分点')],
			[b('Forecast accuracy', '预测准确度'), b('within 5%', '误差 5% 以内')],
		],
		targets: [
			b('Sales teams of 50 to 5,000 sellers', '拥有 50 至 5,000 名销售的团队'),
			b('Dynamics 365 Sales customers', 'Dynamics 365 Sales 客户'),
		],
	},
	{
		key: 'data-platform-modernization',
		product: b('Data Platform Modernization', '数据平台现代化'),
		area: 'Data and AI',
		subAreas: ['Data modernization', 'Analytics'],
		extraArea: { area: 'Apps and Infrastructure', subAreas: ['Cloud migration'] },
		platforms: ['Azure', 'SQL Server', 'Power Platform'],
		solutionTypes: ['Service', 'Managed Service', 'IP'],
		templates: ['azure'],
		problem: b(
			'Reports that take a night to refresh and SQL Server 2012 instances out of support hold back every analytics project.',
			'需要整晚刷新的报表和已停止支持的 SQL Server 2012 实例拖慢了每一个分析项目。',
		),
		steps: [
			[b('Discover', '发现'), b('every database, job and report is inventoried in a week.', '一周内盘点所有数据库、作业和报表。')],
			[b('Modernise', '现代化'), b('workloads move to Azure SQL and Microsoft Fabric.', '工作负载迁移到 Azure SQL 与 Microsoft Fabric。')],
			[b('Govern', '治理'), b('Microsoft Purview catalogues and classifies the data.', '由 Microsoft Purview 编目和分类数据。')],
		],
		benefits: [
			b('Reports refresh in minutes, not overnight', '报表几分钟内刷新，无需整晚等待'),
			b('Out of SQL Server 2012 in one quarter', '一个季度内告别 SQL Server 2012'),
			b('One governed catalogue of all data', '统一治理的数据目录'),
			b('Fixed-price discovery in one week', '一周固定价格评估'),
		],
		results: [
			[b('Report refresh time', '报表刷新时间'), b('from 9 hours to 12 minutes', '从 9 小时缩短到 12 分钟')],
			[b('Licence and hardware cost', '许可与硬件成本'), b('35% lower', '降低 35%')],
			[b('Databases out of support', '停止支持的数据库'), b('none', '零')],
		],
		targets: [
			b('Customers with SQL Server 2012 to 2016 estates', '仍在使用 SQL Server 2012 至 2016 的客户'),
			b('Analytics teams waiting on nightly batches', '等待夜间批处理的分析团队'),
		],
	},
	{
		key: 'endpoint-compliance',
		product: b('Endpoint Compliance', '终端合规'),
		area: 'Security',
		subAreas: ['Information protection', 'Cloud security'],
		extraArea: { area: 'Modern Workplace', subAreas: ['Compliance'] },
		platforms: ['Microsoft 365', 'Windows'],
		solutionTypes: ['Managed Service', 'Service'],
		templates: ['microsoft-365', 'windows'],
		problem: b(
			'Auditors ask which laptops hold customer data and whether they are encrypted, and most IT teams cannot answer within a day.',
			'审计人员询问哪些笔记本存有客户数据、是否已加密，多数 IT 团队无法在一天内回答。',
		),
		steps: [
			[
				b('Baseline', '基线'),
				b('Intune compliance policies for every Windows and mobile device.', '为每台 Windows 和移动设备配置 Intune 合规策略。'),
			],
			[
				b('Protect', '保护'),
				b('sensitivity labels and data loss prevention in Microsoft Purview.', '在 Microsoft Purview 中配置敏感度标签和数据防泄漏。'),
			],
			[b('Prove', '举证'), b('an audit pack with evidence for every control, every month.', '每月提供包含每项控制证据的审计材料。')],
		],
		benefits: [
			b('Every device encrypted and reporting', '每台设备均已加密并可上报'),
			b('Sensitive files labelled automatically', '敏感文件自动打标签'),
			b('Audit evidence every month', '每月提供审计证据'),
			b('Runs on licences the customer already owns', '使用客户已有的许可'),
		],
		results: [
			[b('Devices compliant', '合规设备'), b('from 62% to 98%', '从 62% 提升到 98%')],
			[b('Audit preparation', '审计准备'), b('3 weeks shorter', '缩短 3 周')],
			[b('Data loss incidents', '数据泄漏事件'), b('80% fewer', '减少 80%')],
		],
		targets: [
			b('Microsoft 365 E3 and E5 customers facing audits', '面临审计的 Microsoft 365 E3 和 E5 客户'),
			b('Companies with a mobile or hybrid workforce', '拥有移动或混合办公员工的企业'),
		],
	},
	{
		key: 'devops-platform',
		product: b('Cloud-Native DevOps Platform', '云原生 DevOps 平台'),
		area: 'Apps and Infrastructure',
		subAreas: ['Cloud-native apps', 'DevOps'],
		platforms: ['Azure'],
		solutionTypes: ['IP', 'Service', 'Managed Service'],
		templates: ['azure'],
		problem: b(
			'Release days still mean weekend change windows, and every team builds its own pipeline from scratch.',
			'发布日仍意味着周末变更窗口，每个团队都从零搭建自己的流水线。',
		),
		steps: [
			[
				b('Standardise', '标准化'),
				b('golden pipelines and templates for Azure Kubernetes Service.', '为 Azure Kubernetes Service 提供标准流水线与模板。'),
			],
			[b('Secure', '安全'), b('policy as code and supply-chain scanning on every build.', '每次构建都执行策略即代码和供应链扫描。')],
			[b('Observe', '观测'), b('one dashboard for deployments, costs and incidents.', '部署、成本和事件集中在一个仪表板。')],
		],
		benefits: [
			b('From monthly to daily releases', '从每月发布到每日发布'),
			b('Golden pipelines for every team', '每个团队共用标准流水线'),
			b('Security scans on every build', '每次构建都进行安全扫描'),
			b('Azure costs visible per team', '按团队展示 Azure 成本'),
		],
		results: [
			[b('Deployment frequency', '部署频率'), b('from monthly to daily', '从每月到每日')],
			[b('Lead time for changes', '变更前置时间'), b('from 3 weeks to 2 days', '从 3 周缩短到 2 天')],
			[b('Failed changes', '失败变更'), b('50% fewer', '减少 50%')],
		],
		targets: [
			b('Software teams moving to containers', '正在向容器迁移的软件团队'),
			b('Customers with 20 or more development teams', '拥有 20 个以上开发团队的客户'),
		],
	},
];
