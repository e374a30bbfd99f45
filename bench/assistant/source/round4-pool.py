#!/usr/bin/env python3
"""Round-4 evaluation pool, written blind (without the assistant's code or its dictionaries).

Each data line: category|expected code or -|owning agency for '-' lines (or empty)|question
Running this script validates the pool against the three catalogues and splits it once,
mechanically, by md5(agency|question) mod 2: 0 -> eval-tuning-2.tsv, 1 -> eval-frozen-2.tsv.
"""
import collections, hashlib, json, os, sys

POLICE = """
colloquial|GA-HJ-CSDJ||娃刚生下来，要去哪里给他上户口
colloquial|GA-HJ-SWZX||我家老人走了，他的户口那边要怎么处理
colloquial|GA-SFZ-SL||孩子满十六岁了，第一次办身份证要怎么弄
colloquial|GA-SFZ-HL||我身份证到期了，要换张新的去哪换
colloquial|GA-SFZ-BL||钱包丢了，身份证也跟着没了，怎么重新办一张
colloquial|GA-JZZ-SL||我老家在外省，来这边上班住了快一年，孩子上学要那个外地人的居住证件，头一回办怎么弄
colloquial|GA-YQ||家里养了条狗，要不要去派出所登记
colloquial|GA-DDC||新买的电动车要去哪上牌照
colloquial|GA-CZW||我把房子租出去了，要去派出所报备一下吗
colloquial|GA-WFZ||新单位要我开个证明说我没犯过事，去哪开
colloquial|GA-HJ-TK||我想把爸妈的户口接到我这边来，他们都六十多了
colloquial|GA-HJ-FH||结婚后想跟爸妈分开，自己单独弄个户口本
colloquial|GA-BAHZ||上次报了警，想知道案子现在办到哪一步了
colloquial|GA-HJ-BG||户口本上我名字写错了一个字，怎么改过来
dialect|GA-SFZ-SL||伢满十六岁咧，身份证么样办撒
dialect|GA-HJ-SWZX||屋里老头子过世了，户口要搞么子手续
dialect|GA-HKB-BL||我那个户口本本搞脱了，咋个补嘛
dialect|GA-SFZ-BL||身份证整丢了，这可咋整啊
dialect|GA-YQ||俺家狗要上证，在网上弄中不中
dialect|GA-DDC||阿拉新买额电瓶车，牌照到啥地方去上
dialect|GA-HJ-CSDJ||我个崽喺医院啱啱出世，去边度报户口啊
dialect|GA-CZW||侬屋里厢房子租拨人家，要到派出所登记伐
dialect|GA-LSSFZ||临时身份证得不得当天拿到哦
dialect|GA-TY-KS||我想开个开锁的铺子，要去公安搞么子备案
dialect|GA-BA||俺想考个保安证，都得弄啥
dialect|GA-HJ-XS||娃儿大学毕业咯，户口从学校迁回来咋个弄
dialect|GA-JZZ-QZ||居住证到一年咧要续一下，去哪里续撒
dialect|GA-TY-LG||我喺呢度开民宿，要唔要去公安度攞个特种行业嘅证
typo|GA-SFZ-HL||身分证过期了怎么换领
typo|GA-HKB-BL||户口薄丢了怎么补
typo|GA-JZZ-SL||居注证第一次怎么申请
typo|GA-WFZ||无犯罪记陆证明在哪开
typo|GA-HJ-CSDJ||新生儿落护需要什么
typo|GA-YQ||养犬登计一年多少钱
typo|GA-DDC||电动自形车上牌要带啥
typo|GA-CZW||出租房屋治按登记怎么办
typo|GA-LSSFZ||临时身分证几天能拿
typo|GA-TY-YZ||公张刻制备案去哪
typo|GA-HJ-ZM||户籍正明怎么开
typo|GA-HJ-RC||人才引近落户条件
typo|GA-HJ-QC||户口迁处要什么手续
typo|GA-JZZ-BL||居住证丢了补领要公本费吗
keyword|GA-TY-KS||开锁 备案
keyword|GA-WB||网吧 开办 审核
keyword|GA-TY-DD||典当行 特种行业
keyword|GA-JDH||剧毒化学品 购买
keyword|GA-YH||焰火晚会 许可
keyword|GA-DXHD||演唱会 安全许可
keyword|GA-TY-YZ||刻公章
keyword|GA-HJ-FH||分户
keyword|GA-HJ-HF||恢复户口
keyword|GA-HKB-BL||户口簿 损坏
keyword|GA-ZZDJ||流动人口登记
keyword|GA-BAHZ||报警回执
keyword|GA-BA||保安员证
keyword|GA-JZZ-QZ||居住证 签注
rambling|GA-JZZ-SL||我是从河南过来的，在这边厂里干了三年了，老婆孩子也接过来了，孩子明年要上小学，学校说家长要有本地的那个居住的证件，我之前一直没办过，现在第一次办需要准备哪些东西啊
rambling|GA-HJ-SWZX||我爸前两个礼拜在医院走了，丧事都办完了，家里人乱糟糟的，今天亲戚提醒我说户口还要去销掉，不然以后麻烦，我想问一下这个要带什么去派出所，是不是要医院开的那个证明
rambling|GA-HJ-HF||去年我从监狱出来，原来的户口好像被注销了，现在找工作租房子都要身份证，什么都办不了，家里人也不怎么管我，请问我这种情况户口还能恢复回来吗，要找哪里
rambling|GA-HJ-RC||我研究生毕业了在本市一家科技公司签了合同，公司人事说可以把户口落到这边来，我学历是全日制硕士，请问我这种情况落户要走哪个流程，多长时间能办下来
rambling|GA-HJ-TK||我老婆是外省的，我们结婚已经三年了，她一直在这边跟我过日子，现在想把她的户口迁到我家户口本上，这样以后孩子上学什么的方便一点，请问需要什么条件
rambling|GA-TY-LG||我在小区旁边开了个小宾馆，其实就十几个房间，之前是亲戚在管，现在我接手想把手续办齐，听说要公安那边发个什么特种行业的证，请问要准备什么材料
rambling|GA-DXHD||我们公司今年年底想在体育馆办一场年会加晚会，估计来两三千人，有明星表演，场地方说必须先拿到公安的安全许可才能办，我们第一次搞这种活动，不知道要提前多久去申请
rambling|GA-BAHZ||上个月我的电动车在楼下被偷了，当时打了110，民警来看过，后来就一直没消息了，保险公司那边要我提供报案的证明，我想问一下这个回执去哪里开，能不能查到案子进度
rambling|GA-ZZDJ||我今年刚从外地搬过来，租了个房子，房东说让我自己去社区或者派出所登个记，说是外来人口都要登记，我不太懂这个，请问到了以后多少天内要去办，办这个要钱吗
rambling|GA-HJ-CSDJ||我们家孩子是上个月在外地医院出生的，当时没来得及办，现在回来了，我和老婆户口都在这个区，听说出生一个月内要报户口，现在已经超过几天了，还能正常办吗
rambling|GA-HJ-BG||我妈以前户口登记的时候出生日期被写错了，比实际大了两岁，现在快退休了这个影响挺大的，家里有当年的出生证明，请问派出所那边能不能帮忙把户口上的日期改过来，要多久
rambling|GA-WFZ||我打算出国留学，学校那边要求提供一份证明我在国内没有犯罪记录的文件，我户口在这个区，但现在人在外地读书，请问能不能让家里人代我去开，还是必须本人到场
rambling|GA-HJ-XS||我女儿考上了本市的大学，录取通知书上写着可以自愿把户口迁到学校，我们家里人商量了半天还是拿不定主意，想问一下如果迁的话要带什么东西去办，是在派出所办还是学校办
rambling|GA-LSSFZ||我身份证上礼拜丢了，已经去补办了但新证还没做出来，可下周我要坐飞机出差，听朋友说可以先办一个临时的证顶着用，请问这种临时的怎么办，多久能拿到
confusable|GA-SFZ-HL||身份证没丢，只是有效期到了，这是办补领还是换领
confusable|GA-SFZ-BL||身份证不是过期，是被偷了，这种算换领还是补领
confusable|GA-SFZ-SL||孩子十六岁以前从没办过身份证，现在办算第一次申领吗
confusable|GA-JZZ-QZ||居住证我已经有了，只是满一年了要继续住，不用重新申领吧，要办哪个
confusable|GA-JZZ-BL||居住证卡片弄丢了，不是要签注，是要重新补一张
confusable|GA-ZZDJ||我不是要办居住证，只是刚搬来先做个外来人口的居住登记
confusable|GA-CZW||我是房东不是租客，出租的房子要做哪种登记
confusable|GA-HKB-BL||户口本丢了要补办本子，不是要开户籍证明
confusable|GA-HJ-ZM||不用补户口本，只要派出所开个证明我和我妈是母女关系
confusable|GA-HJ-QC||户口要迁到外省去，那边已经给了准迁证，是迁出不是迁入
confusable|GA-HJ-RC||我不是投靠亲属，是研究生毕业来这边工作想落户
confusable|GA-LSSFZ||正式身份证还在补办，急用先办个临时的，不是正式的
confusable|GA-YH||我们只是单位搞一场焰火晚会放烟花，不是演唱会那种大型活动，要办哪个许可
confusable|GA-WB||我开的是网吧，不是旅馆，要走哪个审核
field|GA-SFZ-BL||补办身份证要多少钱
field|GA-SFZ-HL||换身份证要多久才能拿到新证
field|GA-YQ||养狗登记每年收多少钱
field|GA-WFZ||无犯罪记录证明几天能开出来
field|GA-HKB-BL||户口本补办的工本费是多少
field|GA-HJ-CSDJ||给新生儿上户口要带哪些材料
field|GA-DDC||电动车上牌要收费吗
field|GA-HJ-FH||分户要几个工作日
field|GA-BA||保安员证考完多久能发下来
field|GA-JDH||剧毒化学品购买许可是依据哪个法规办的
field|GA-JZZ-QZ||居住证签注去哪里办，周末开门吗
field|GA-TY-YZ||公章刻制备案的咨询电话多少
field|GA-HJ-QC||户口迁出是当场就能办好吗
field|GA-TY-DD||典当行申请特种行业许可证需要提交什么材料
none|-||护照过期了怎么续办
none|-||去香港的港澳通行证在哪办
none|-||驾驶证到期换证要体检吗
none|-||车辆年检去哪个检测站
none|-||违章停车罚款怎么交
none|-||台湾通行证签注怎么办
none|-||小汽车上牌要带什么
none|-||驾照扣分了怎么消分
none|-||出国旅游签证怎么办
none|-||摩托车驾驶证怎么考
none|-||骑电动车闯红灯被罚了在哪交罚款
none|-||房产证加名字去哪办
none|-||结婚登记需要带户口本吗
none|-||公积金提取怎么办
none|-||低保申请条件是啥
none|-||明天会下雨吗
none|-||孩子小学入学报名怎么报
none|-|bench-hrss|社保卡丢了怎么补
none|-|bench-hrss|失业金怎么领
none|-|bench-market|营业执照丢了怎么补
none|-|bench-market|开个小饭馆要办什么证
none|-|bench-hrss|公司拖欠工资去哪投诉
none|-|bench-market|买到假货找谁投诉
none|-|bench-hrss|工伤认定怎么申请
none|-|bench-market|开公司营业执照怎么办
none|-|bench-hrss|老人去世了家属领丧葬费去哪
none|-||出生医学证明丢了怎么补
none|-||独生子女证在哪办
none|-||老人八十岁高龄补贴找谁申请
none|-||宅基地证怎么办
none|-||饭店消防验收去哪办
none|-||持枪证怎么申请
none|-||驾驶证丢了补办
none|-||外国人来华签证延期
none|-||交通事故责任认定书去哪拿
none|-||办港澳通行证的照片回执在哪照
none|-||护照加急几天能拿
none|-||二手车过户需要什么
none|-||居民医保在哪交
none|-||普通话等级考试报名
none|-||不动产登记查询
none|-||电子驾驶证怎么申领
"""

HRSS = """
colloquial|RS-SYBXJ||公司把我裁了，之前一直交着失业保险，我能领点钱吗
colloquial|RS-SYDJ||我没工作了，想先去登记一下说我现在没工作
colloquial|RS-SBK||社保卡第一次办去哪里办
colloquial|RS-SBKBH||社保卡丢了，要重新办一张
colloquial|RS-GSRD||上班的时候手被机器压伤了，要找谁认定是工伤
colloquial|RS-LDJC||老板拖了我三个月工资不给，去哪投诉他
colloquial|RS-TXSB||我爸在厂里干到年纪要退休了，养老金怎么开始领
colloquial|RS-RZ||退休的老人每年要做的那个认证在哪弄
colloquial|RS-CXJMYL||在农村没上过班，想自己交个养老保险
colloquial|RS-YLZY||我换了个城市上班，之前交的养老保险能带过去吗
colloquial|RS-CYDK||想自己开个小店，政府能帮着贷点款吗
colloquial|RS-DA||毕业没找到工作，档案放哪里
colloquial|RS-LHYL||我是送外卖的，没单位，职工养老保险怎么自己交
colloquial|RS-JNTS||我在厂里上班交了好几年社保，自己考了个中级电工证，能申请补贴吗
dialect|RS-DA||伢毕业了冇找到事做，档案放哪里撒
dialect|RS-TXSB||我屋里老头子在厂里到年纪咧，退休养老金么样领
dialect|RS-SBKBH||社保卡搞掉了，咋个补哦
dialect|RS-LDJC||厂里拖俺半年工钱不给，俺去哪儿反映中不中
dialect|RS-GSRD||在工地上摔了腿，算不算工伤，这咋整啊
dialect|RS-RZ||阿拉姆妈老早退休了，每年要做啥个认证
dialect|RS-SYBXJ||我冇工做咗，之前交开失业保险，可唔可以攞失业金
dialect|RS-CXJMDY||俺是农村嘞，交了十五年居民养老，满60了，养老金咋领
dialect|RS-CYDK||想自个儿整个小买卖，有啥创业贷款扶持不
dialect|RS-ZCPS||侬晓得伐，职称评审啥辰光报名
dialect|RS-YLZY||我喺广州返咗几年工，养老保险要转过嚟点搞
dialect|RS-SYDJ||我崽没得工作，想去登记个失业要得不
dialect|RS-LDZC||公司和我扯皮不给赔偿金，仲裁么样申请
dialect|RS-JXBT||我们公司招了几个见习的伢，单位能领么子补贴
typo|RS-SBK||社宝卡怎么申请
typo|RS-SYBXJ||失叶金怎么领
typo|RS-SYDJ||失业登计在哪办
typo|RS-GSRD||工上认定要什么材料
typo|RS-LDZC||劳动仲栽怎么申请
typo|RS-RZ||养老金领取资格认正
typo|RS-ZCPS||职称评申报名时间
typo|RS-JYCYZ||就业创业正怎么办
typo|RS-CYDK||创业担报贷款额度
typo|RS-LHYL||灵活就叶养老保险怎么交
typo|RS-SBKBH||社保卡挂shi补办
typo|RS-LDNL||劳动能力签定在哪做
typo|RS-DA||人事挡案存放
typo|RS-SZFX||丧葬不助金怎么领
keyword|RS-WGFH||稳岗返还
keyword|RS-LWPQ||劳务派遣 许可
keyword|RS-RLZY||职业中介 许可证
keyword|RS-TSGS||综合工时 审批
keyword|RS-JXBT||见习补贴
keyword|RS-QZBT||求职补贴 毕业生
keyword|RS-JYKN||就业困难 认定
keyword|RS-LDJC||欠薪 投诉
keyword|RS-GSDY||工伤 待遇
keyword|RS-ZCPS||职称 评审
keyword|RS-CYBT||一次性创业补贴
keyword|RS-SZFX||抚恤金
keyword|RS-ZYDC||退休年龄 认定
keyword|RS-ZGCB||员工 参保登记
rambling|RS-SYBXJ||我在一个厂子干了五年，上个月厂子效益不好把我们一批人都裁了，社保一直是厂里交的，现在我在家待着没收入，老婆让我去问问能不能领失业那个钱，具体要怎么弄，能领多久
rambling|RS-JYKN||我今年52岁，前两年下岗之后一直没找到稳定工作，家里老人生病孩子还在读书，社区的人说我这种年纪大的可以去认定一个什么困难人员，认定了以后有帮扶，请问要怎么申请
rambling|RS-LDNL||我在工地干活时从架子上摔下来，腿骨折了，已经认定了工伤，现在治疗得差不多了但走路还是有点瘸，医生说可以去做个鉴定看看伤残等级，请问这个鉴定在哪里申请
rambling|RS-SZFX||我父亲去年因病去世了，他生前是企业退休职工，一直在领养老金，家里人听说职工去世以后家属可以领一笔丧葬费和抚恤金，但不知道找哪个部门，需要带什么
rambling|RS-ZYDC||我档案上的出生日期是1966年，可是身份证上是1967年，眼看要到退休年龄了，单位说两个对不上，要先去人社那边认定一下到底按哪个算，请问这个认定要多久
rambling|RS-LHBT||我大学毕业一年多了，一直在做自由职业，接点设计的活，没有单位给交社保，自己交了灵活就业的社保感觉压力挺大，听说刚毕业的人自己交社保政府有补贴，我这种能申请吗
rambling|RS-CYBT||我和朋友合伙开了家奶茶店，开了一年多了，一直正常交社保，我是前年毕业的大学生，听说首次创业的大学生可以领一笔一次性的补贴，请问我们这样符合条件吗
rambling|RS-TSGS||我们是一家小物流公司，司机经常跑长途，根本没法按每天八小时算上下班，听同行说可以申请那种综合计算工时的制度，请问公司要怎么去人社局申请，审批要多久
rambling|RS-LDZC||我在公司做了三年，前阵子被无故辞退，公司不给任何赔偿，我找过老板好几次都不理，朋友说可以去申请劳动仲裁，我想知道要准备哪些材料，过了多久就不能申请了
rambling|RS-ZGCB||我新开了一家小公司，招了三个员工，听说用工之后要在一个月之内给他们办社保登记，以前都是给别人打工的不懂，请问公司第一次给员工参保要带什么去办
rambling|RS-CXJMDY||我妈是农村户口，一直交的城乡居民养老保险，交了十五年多了，今年刚满六十岁，村里说可以开始领养老金了，但是她不识字，我替她问一下要去哪里申请，要带什么
rambling|RS-ZCPS||我是本地一家医院的主治医师，工作年限也够了，今年想申报副高职称，科室里的老同事说每年评审有个集中时间，过了就要等明年，请问今年什么时候报名，要交哪些材料
rambling|RS-QZBT||今年我家孩子大学毕业，家里是低保户，学校老师说毕业那年可以申请一笔求职创业的补贴，让我们去问人社，请问这个钱怎么申请，要家里提供什么证明
rambling|RS-WGFH||我们公司这几年一直按时交失业保险，去年也没有裁员，财务说可以申请稳岗返还，但是不清楚要我们主动申请还是系统直接发，到账要多久，请帮忙说明一下
confusable|RS-SYDJ||我只是想先登记失业，不是申请失业金
confusable|RS-SYBXJ||失业登记已经做了，现在想领失业保险金
confusable|RS-GSDY||工伤已经认定下来了，现在要领工伤的待遇，该办哪个
confusable|RS-GSRD||还没认定工伤，先要申请认定，不是领待遇
confusable|RS-SBK||社保卡还没办过，第一次申领，不是补卡
confusable|RS-SBKBH||社保卡坏了芯片读不出来，要换卡不是新办
confusable|RS-TXSB||我是企业职工退休领养老金，不是城乡居民养老金
confusable|RS-CXJMDY||我没在单位上过班，交的是城乡居民养老保险，到60岁领待遇
confusable|RS-LHYL||打零工没单位，要交的是职工养老保险不是城乡居民那种
confusable|RS-LDJC||不去仲裁，只想举报公司不签合同让劳动监察来查
confusable|RS-LDZC||公司辞退我不给赔偿金，我要申请仲裁不是投诉
confusable|RS-JNTS||我是在职职工，失业保险交满一年后考了高级工证书，领的是技能提升补贴不是培训补贴
confusable|RS-ZYPX||参加了政府组织的补贴培训拿到证书，没交过失业保险，申请的是培训补贴
confusable|RS-LWPQ||公司要做劳务派遣，不是职业中介，要办什么许可
field|RS-SYBXJ||失业保险金最多能领几个月
field|RS-GSRD||工伤认定多长时间出结果
field|RS-SBKBH||社保卡补办要交工本费吗
field|RS-CYDK||创业担保贷款个人最多能贷多少
field|RS-LDZC||劳动仲裁要收费吗
field|RS-YLZY||养老保险转移接续要多少个工作日
field|RS-TXSB||退休申领养老金需要带哪些材料
field|RS-LDJC||欠薪投诉的电话是多少
field|RS-SYDJ||失业登记在哪个窗口办，几点上班
field|RS-LWPQ||劳务派遣经营许可注册资本要多少
field|RS-RLZY||人力资源服务许可的法律依据是什么
field|RS-JYCYZ||就业创业证能当场拿到吗
field|RS-RZ||养老金资格认证怎么个流程
field|RS-DA||人事档案存到你们那要几天能接收
none|-||医保报销比例是多少
none|-||生育津贴怎么申请
none|-||个税专项附加扣除怎么填
none|-||住院异地就医医保备案
none|-||医保个人账户余额查询
none|-||个人所得税汇算清缴退税
none|-||公积金租房提取
none|-||公积金贷款额度多少
none|-||家里困难，想申请最低生活保障
none|-||残疾证怎么办
none|-||教师资格证考试报名
none|-||生孩子产检费用怎么报销
none|-||新农合今年怎么交
none|-||门诊慢特病申请
none|-||医保断缴了怎么补交
none|-||老人高龄津贴找谁
none|-||孩子上幼儿园有补贴吗
none|-||驾驶证换证
none|-||结婚登记要什么材料
none|-||今天天气怎么样
none|-||房产证怎么办理
none|-|bench-police|身份证丢了补办
none|-|bench-police|无犯罪记录证明怎么开
none|-|bench-market|营业执照怎么办理
none|-|bench-market|个体户注销
none|-|bench-police|居住证办理
none|-|bench-market|商店卖假货举报
none|-|bench-police|开锁公司备案
none|-|bench-police|电动车上牌
none|-||退役军人优待证怎么申请
none|-||护照办理
none|-||大学生助学贷款申请
none|-||计划生育奖励扶助金
none|-||医疗救助申请
none|-||工会会员卡怎么办
none|-||职业病诊断去哪家医院
none|-||养老院入住申请
none|-||法律援助申请
none|-||出国劳务签证
none|-||驾校报名
none|-||公务员考试报名
none|-||事业单位招聘公告
"""

MARKET = """
colloquial|SJ-GTSL||想自己开个理发店，执照怎么办
colloquial|SJ-GTZX||我开的个体小店不想干了，执照怎么销掉
colloquial|SJ-ZZBL||营业执照找不到了，怎么重新弄一个
colloquial|SJ-GSSL||几个朋友想一起开个有限公司，要怎么注册
colloquial|SJ-XFTS||在店里买的东西是坏的，商家不退，找谁
colloquial|SJ-JB||楼下那家店卖假酒，我想举报
colloquial|SJ-TSSB||我们单位新装了电梯，要去哪登记才能用
colloquial|SJ-JLJD||我在菜市场摆摊用的电子秤，要拿去哪检定
colloquial|SJ-YPLS||想开个药店，需要什么许可
colloquial|SJ-YCML||公司查出来说经营不正常被拉进名单了，怎么移出来
colloquial|SJ-NB||每年那个企业年报在哪里填
colloquial|SJ-MCSB||想给新公司起个名字，先要去哪里报
colloquial|SJ-YBZBA||想开个卖零食饮料的小便利店，只卖包装好的，要办什么
colloquial|SJ-NMHZ||村里几户人家一起种果树，想成立个合作社
dialect|SJ-GTSL||俺想开个修车铺，执照咋弄
dialect|SJ-ZZBL||我那个个体户执照搞丢咯，么样补
dialect|SJ-JYZX||公司冇得债务，能不能简单点注销撒
dialect|SJ-GSBG||阿拉公司要换法人，到啥地方去办
dialect|SJ-XFTS||买咗个电饭煲一用就坏，去边度投诉
dialect|SJ-XZF||我屋里开了个豆腐坊，要搞么子登记
dialect|SJ-XCY||咱这旮旯想整个小饭馆，就几张桌子，得办啥
dialect|SJ-XCY||俺在路边摆摊卖煎饼果子，要登记不
dialect|SJ-GTBG||个体户换个地方开店，执照要咋个改
dialect|SJ-NB||公司年报今年仲未报，喺边度报
dialect|SJ-TSZY||叉车证咋整，俺想开叉车
dialect|SJ-FGS||阿拉想开家公司下面的分公司，要啥材料
dialect|SJ-GRDZ||我一个人出钱开个独资企业，么样注册
dialect|SJ-XYXF||店里被罚过款，信用上有污点，咋个修复嘛
typo|SJ-ZZBL||营业只照丢了补办
typo|SJ-GTZX||个体工商护注销
typo|SJ-JYZX||简意注销流程
typo|SJ-SPJY||食品经营许可正
typo|SJ-NB||企业年度报高
typo|SJ-XFTS||消废者投诉电话
typo|SJ-YLQX2||医疗器戒二类备案
typo|SJ-TSSB||特种设被使用登记
typo|SJ-DCDY||动产抵压登记
typo|SJ-GQCZ||股权出值登记
typo|SJ-HHQY||合伙企叶设立
typo|SJ-YPLS||药品另售许可
typo|SJ-YCML||异常明录移出
typo|SJ-SPSC||食品生厂许可证
keyword|SJ-ZZBL||营业执照 丢了
keyword|SJ-GSBG||公司 变更 地址
keyword|SJ-MCSB||企业 起名
keyword|SJ-YLQX3||隐形眼镜 经营
keyword|SJ-YLQX2||血压计 销售 备案
keyword|SJ-GYCP||电线电缆 生产许可
keyword|SJ-JLJD||加油机 检定
keyword|SJ-DCDY||设备 抵押 登记
keyword|SJ-GGJC||明码标价 咨询
keyword|SJ-GGJC||广告 合规
keyword|SJ-JB||虚假宣传 举报
keyword|SJ-TSSB||锅炉 登记
keyword|SJ-NMHZ||合作社 注册
keyword|SJ-XZF||糕点坊 登记
rambling|SJ-GTZX||我和老公在老家开了一家小面馆，开了快十年了，最近孩子在城里买了房，我们打算不干了搬去帮忙带孙子，店已经转出去了，可营业执照还是我的名字，我是个体户，想问一下要怎么把执照注销掉
rambling|SJ-JYZX||我们公司是三年前注册的，一直没怎么开展业务，账上也没有欠款，现在几个股东都不想做了，听人说没有债务的可以走简单一点的注销流程，不用清算那么麻烦，请问怎么申请
rambling|SJ-GSZX||我们公司经营了好多年，现在股东决定解散，还有一些债权债务正在清算，会计说这种情况不能走简易注销，要走普通的注销程序，请问大概需要提交哪些材料，多久办完
rambling|SJ-XFTS||上周在商场买了一台冰箱，用了三天就不制冷了，找商场说要退货，他们说只能修不能退，我觉得不合理，打了好几次电话都推来推去，请问我该怎么投诉，多久会给处理结果
rambling|SJ-JB||我家楼下新开了一家保健品店，天天拉着老年人去听讲座，说吃了他们的产品能治高血压糖尿病，我妈已经买了好几千块了，我觉得这是虚假宣传，想向你们反映，请问怎么举报
rambling|SJ-TSZY||我在工厂上班，主要开叉车，厂里突然说要持证上岗，不然就不让开了，我以前从来没考过证，请问这个叉车的证要去哪里报名考，考完多久能拿到证
rambling|SJ-SPJY||我准备在市区开一家中餐馆，大概两百平米，有后厨，也准备接外卖，店面已经租好装修好了，营业执照也办下来了，现在听说还要办一个跟食品有关的许可证，请问要准备什么
rambling|SJ-XZF||我们老家有做腊肠的传统，我想在县城开一个小小的加工坊，请两三个人帮忙做腊肠拿去卖，规模很小，听说不用办大厂那种生产许可，但要登记一下，请问在哪登记
rambling|SJ-YCML||我们公司去年因为忘记报年报被列进了经营异常名录，现在要投标人家说有异常记录不行，我们已经把年报补上了，请问接下来还要做什么才能移出来，要几天
rambling|SJ-SPSC||我们是做食品的工厂，准备上一条新的饼干生产线，要正式对外销售，请问办食品生产许可需要哪些材料，现场要不要核查，多久能拿到证，之前没办过心里没底
rambling|SJ-DCDY||我开了家小公司急需一笔周转资金，银行说可以把厂里的几台机器设备抵押给他们贷款，但是要去市场监管部门做个登记，我第一次弄这个，请问怎么办，要带哪些东西
rambling|SJ-HHQY||我准备和两个朋友一起做点生意，大家都出钱出力，不想开有限公司，朋友说可以办一个合伙企业，承担的责任不一样，请问合伙企业设立要带哪些材料
rambling|SJ-FGS||我们公司注册在外区，现在业务扩展到这边，想在这边设一个分公司，方便签合同和开发票，但是不知道分公司要不要单独注册资本，要准备些什么材料
rambling|SJ-YLQX2||我在药店旁边想开一家卖医疗器械的小店，主要卖血压计、血糖仪、医用口罩这些，朋友说这些属于二类的，只要备案就行，请问备案需要什么材料，当天能办好吗
confusable|SJ-GTBG||我是个体户不是公司，执照上的经营范围要改
confusable|SJ-GSBG||公司要改经营范围，我们是有限公司不是个体户
confusable|SJ-GSZX||公司还有债务正在清算，不能简易注销，要走一般注销
confusable|SJ-GTZX||是个体户要注销，不是公司注销
confusable|SJ-ZZBL||执照没丢，只是破损了要换一张新的
confusable|SJ-YBZBA||店里只卖包装好的饮料零食，不做现场加工，是办许可证还是备案
confusable|SJ-SPJY||店面有三百平，十几个员工，现做盒饭卖，不算小餐饮，要办什么
confusable|SJ-YLQX3||卖隐形眼镜的，属于三类要许可，不是二类备案吧
confusable|SJ-GRDZ||我是一个人投资的独资企业，不是个体户，也不是有限公司
confusable|SJ-FGS||是在我们公司名下设分公司，不是另外成立新公司
confusable|SJ-XFTS||我是要投诉商家不给退款，我自己的消费纠纷，不是举报
confusable|SJ-JB||不是我自己买东西吃亏，是看到超市卖过期食品想举报
confusable|SJ-XZF||小作坊做豆腐卖，不是食品工厂那种生产许可
confusable|SJ-TSZY||是电梯操作工人考证，不是电梯本身的使用登记
field|SJ-GTSL||个体工商户注册要花钱吗
field|SJ-GSSL||有限公司注册多久能拿到执照
field|SJ-JYZX||简易注销公示期满后多久办完
field|SJ-NB||企业年报每年什么时候报
field|SJ-XFTS||消费者投诉多久给结果
field|SJ-JLJD||电子秤强制检定要收费吗
field|SJ-YPLS||药店许可要几个工作日
field|SJ-SPJY||食品经营许可证要准备什么材料
field|SJ-ZZBL||营业执照补办在哪个窗口，几点下班
field|SJ-XYXF||信用修复要多久
field|SJ-TSZY||叉车证考试费多少钱
field|SJ-GQCZ||股权出质登记要提交什么材料
field|SJ-GYCP||工业产品生产许可的依据是什么
field|SJ-NMHZ||农民专业合作社设立要几个成员
none|-||烟草专卖零售许可证怎么申请
none|-||商标注册要多少钱
none|-||专利申请流程
none|-||美容院卫生许可证在哪办
none|-||新公司税务登记怎么办
none|-||个体户每个月怎么报税
none|-||公司银行基本户开户需要什么
none|-||进出口经营权备案
none|-||酒类批发许可证
none|-||餐厅排污许可证
none|-||装修公司资质证书怎么办
none|-||出版物经营许可证
none|-|bench-police|开网吧的网络安全审核
none|-|bench-police|开旅馆的特种行业许可
none|-|bench-police|刻公章备案
none|-|bench-hrss|公司招了新员工，社保参保登记去哪办
none|-|bench-hrss|劳务派遣许可证怎么办
none|-|bench-hrss|人力资源服务许可证
none|-|bench-hrss|公司拖欠员工工资，想举报
none|-|bench-hrss|个体户自己交养老保险
none|-|bench-hrss|创业担保贷款怎么申请
none|-||危险化学品经营许可证
none|-||建筑工程施工许可
none|-||道路运输经营许可证
none|-||开诊所要什么许可
none|-||开民办培训学校审批
none|-||营业性演出许可证
none|-||理发店公共场所卫生许可证
none|-||出口退税
none|-||外卖平台怎么入驻
none|-||房产证
none|-||明天天气
none|-||结婚登记
none|-||公积金提取
none|-||车辆违章查询
none|-|bench-police|户口迁移
none|-||垃圾清运费怎么交
none|-||占道经营许可
none|-||消防安全检查
none|-||环评审批
none|-||宠物医院动物诊疗许可证
none|-|bench-hrss|失业金
"""

CATEGORIES = {"colloquial", "dialect", "typo", "keyword", "rambling", "confusable", "field", "none"}
AGENCIES = {"bench-police": POLICE, "bench-hrss": HRSS, "bench-market": MARKET}
HEADER = (
    "# agency\tcategory\texpected item, or - when no item of the agency answers it\t"
    "the agency it belongs to, when one of the three\tquestion\n"
    "# Round-4 data, written blind (without the code or its dictionaries); split once by "
    "md5(agency|question) mod 2: 0 -> tuning-2, 1 -> frozen-2. Only tuning-2 may be used to tune.\n"
)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    base = os.path.dirname(here)
    codes = {}
    for agency in AGENCIES:
        with open(os.path.join(base, "catalogues", agency + ".json"), encoding="utf-8") as f:
            codes[agency] = {item["code"] for item in json.load(f)}
    rows, errors, seen = [], [], set()
    for agency, block in AGENCIES.items():
        for line in block.strip().splitlines():
            parts = line.split("|")
            if len(parts) != 4:
                errors.append("bad data line: " + line)
                continue
            cat, code, owner, q = (x.strip() for x in parts)
            if cat not in CATEGORIES:
                errors.append("bad category: " + line)
            if not q or "\t" in q or "\n" in q:
                errors.append("bad question: " + line)
            if code == "-":
                if cat != "none":
                    errors.append("- outside none: " + line)
                if owner and (owner not in AGENCIES or owner == agency):
                    errors.append("bad owner: " + line)
            else:
                if cat == "none":
                    errors.append("code on none line: " + line)
                if code not in codes[agency]:
                    errors.append("unknown code for %s: %s" % (agency, line))
                if owner:
                    errors.append("owner on answerable line: " + line)
            if cat == "rambling" and not 60 <= len(q) <= 150:
                errors.append("rambling length %d: %s" % (len(q), line))
            if (agency, q) in seen:
                errors.append("duplicate: " + line)
            seen.add((agency, q))
            rows.append((agency, cat, code, owner, q))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    parts = {0: [], 1: []}
    for r in rows:
        h = int(hashlib.md5((r[0] + "|" + r[4]).encode("utf-8")).hexdigest(), 16) % 2
        parts[h].append(r)
    names = {0: "eval-tuning-2.tsv", 1: "eval-frozen-2.tsv"}
    for h, name in names.items():
        with open(os.path.join(base, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(HEADER)
            for r in parts[h]:
                f.write("\t".join(r) + "\n")
    # re-read and check the written files
    total = 0
    for name in names.values():
        with open(os.path.join(base, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                assert len(cols) == 5, line
                total += 1
    assert total == len(rows)
    print("total", len(rows))
    cnt = collections.Counter((names[h], r[0], r[1]) for h in parts for r in parts[h])
    for name in names.values():
        for agency in AGENCIES:
            line = ["%s=%d" % (c, cnt[(name, agency, c)]) for c in sorted(CATEGORIES)]
            n = sum(cnt[(name, agency, c)] for c in CATEGORIES)
            print(name, agency, n, " ".join(line))
    per = collections.Counter((r[0], r[1]) for r in rows)
    for agency in AGENCIES:
        n = sum(per[(agency, c)] for c in CATEGORIES)
        print("pool", agency, n, " ".join("%s=%d" % (c, per[(agency, c)]) for c in sorted(CATEGORIES)),
              "none share %.0f%%" % (100.0 * per[(agency, "none")] / n))


if __name__ == "__main__":
    main()
