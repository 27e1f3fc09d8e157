/// The project files of the worked example in docs/scoring.md: two criteria with one
/// evaluation question each, two units at two sites and a capital without a unit, four codes.
/// Shared by the scoring tests and the report tests (which add a narrative and findings).
public enum WorkedExampleFiles {
    public static func text(_ english: String) -> String { "<text xml:lang=\"en\">\(english)</text>" }

    public static let framework = """
        <framework xmlns="urn:evalkit:1" id="example" version="1">
          <title>\(text("Worked example"))</title>
          <criterion id="effectiveness"><name>\(text("Effectiveness"))</name>
            <evaluationQuestion id="E1">\(text("Did people get help?"))</evaluationQuestion>
          </criterion>
          <criterion id="sustainability"><name>\(text("Sustainability"))</name>
            <evaluationQuestion id="S1">\(text("Does the help last?"))</evaluationQuestion>
          </criterion>
          <unit id="centre"><name>\(text("Centre model"))</name></unit>
          <unit id="outreach"><name>\(text("Outreach model"))</name></unit>
          <site id="north" code="N" units="centre"><name>\(text("North"))</name></site>
          <site id="south" code="S" units="outreach"><name>\(text("South"))</name></site>
          <site id="capital" code="K"><name>\(text("Capital"))</name></site>
          <respondentGroup id="survivor" code="SURV"><name>\(text("Survivors"))</name></respondentGroup>
          <respondentGroup id="family" code="FAM"><name>\(text("Families"))</name></respondentGroup>
          <respondentGroup id="government" code="GOV"><name>\(text("Officials"))</name></respondentGroup>
          <respondentGroup id="social-affairs" code="SA" parent="government">
            <name>\(text("Social affairs"))</name></respondentGroup>
          <samplingPlan>
            <target site="north" group="survivor" interviews="3" fgds="1" fgdParticipants="6"/>
            <target site="north" group="social-affairs" interviews="2"/>
            <target site="south" group="survivor" interviews="2" fgds="1" fgdParticipants="6"/>
          </samplingPlan>
        </framework>
        """

    public static func code(_ id: String, _ valence: String, _ links: String, weight: String = "") -> String {
        """
        <code id="\(id)" colour="#123456" valence="\(valence)" \(links) \(weight)>
          <name>\(text(id))</name><definition><use>\(text("Use for \(id)."))</use></definition>
        </code>
        """
    }

    public static let codebook = """
        <codebook xmlns="urn:evalkit:1" id="example-codes" version="1">
          <title>\(text("Example codes"))</title>
          \(code("help", "positive", "evaluationQuestions=\"E1\""))
          \(code("gap", "negative", "evaluationQuestions=\"E1\"", weight: "weight=\"2\""))
          \(code("followup-missing", "negative", "evaluationQuestions=\"S1\""))
          \(code("context", "descriptive", "evaluationQuestions=\"E1\""))
        </codebook>
        """

    public static let rubric = """
        <rubric xmlns="urn:evalkit:1" id="example-rubric" version="1">
          <title>\(text("Example rubric"))</title>
          <answers>
            <answer id="yes" minimumBalance="0.5" points="2">\(text("Yes"))</answer>
            <answer id="partly" minimumBalance="-0.2" points="1">\(text("Partly"))</answer>
            <answer id="no" minimumBalance="-1" points="0">\(text("No"))</answer>
          </answers>
          <scale>
            <rating id="good" minimumScore="1.5" majority="yes" vetoedBy="no">\(text("Good"))</rating>
            <rating id="fair" minimumScore="0.5">\(text("Fair"))</rating>
            <rating id="poor" minimumScore="0">\(text("Poor"))</rating>
          </scale>
          <rollUp minimumAnswered="1" minimumShare="0.5"/>
          <minimumEvidence respondents="3" respondentGroups="2"/>
          <confidence>
            <high respondents="5" respondentGroups="3"/>
            <medium respondents="4" respondentGroups="2"/>
          </confidence>
          <reconciliation rule="agreement" coders="A B" minimumCoders="2"/>
          <disaggregation minimumCellSize="3">
            <byField field="sex"/>
            <byAgeBand field="age"><band to="24"/><band from="25"/></byAgeBand>
            <byGroup/>
          </disaggregation>
        </rubric>
        """

    public static let judgements = """
        <judgements xmlns="urn:evalkit:1">
          <judgement unit="centre" criterion="sustainability" rating="poor" analyst="AN-01" date="2026-11-20">
            <justification>\(text("Staff records show no follow-up visit after anyone left the centre."))</justification>
          </judgement>
        </judgements>
        """

    /// A guide whose profile asks sex and age, so the breakdowns have fields to use.
    public static let guide = """
        <instrument xmlns="urn:evalkit:1" id="talk" version="1" kind="interview" respondentGroups="survivor family government" consent="consent">
          <title>\(text("Talk"))</title>
          <profile>
            <integerField id="age" min="12" max="90"><label>\(text("Age"))</label></integerField>
            <choiceField id="sex"><label>\(text("Sex"))</label>
              <option value="female">\(text("Female"))</option><option value="male">\(text("Male"))</option>
            </choiceField>
          </profile>
          <section id="main"><title>\(text("Main"))</title>
            <question id="q1"><prompt>\(text("How was it?"))</prompt></question>
          </section>
        </instrument>
        """
}

extension WorkedExampleFiles {
    public static let consent = """
        <consent xmlns="urn:evalkit:1" id="consent" version="1">
          <title>\(text("Consent"))</title>
          <privateSetting>\(text("Is the place private?"))</privateSetting>
          <paragraph element="introduction">\(text("I am with the team."))</paragraph>
          <paragraph element="purpose">\(text("We learn about services."))</paragraph>
          <paragraph element="difficultQuestions">\(text("Some questions are hard."))</paragraph>
          <paragraph element="confidentiality">\(text("All is confidential."))</paragraph>
          <paragraph element="noName">\(text("No name is written."))</paragraph>
          <paragraph element="mayDecline">\(text("Skip any question."))</paragraph>
          <paragraph element="mayStop">\(text("Stop any time."))</paragraph>
          <paragraph element="whyHonesty">\(text("Honest answers help."))</paragraph>
          <question>\(text("Do you agree?"))</question>
          <attestation>\(text("I read the script."))</attestation>
          <guardian minorBelow="18">
            <question>\(text("Does the guardian agree?"))</question>
            <attestation>\(text("The guardian agreed."))</attestation>
          </guardian>
          <interpreter><question>\(text("Is an interpreter present?"))</question></interpreter>
        </consent>
        """
}
