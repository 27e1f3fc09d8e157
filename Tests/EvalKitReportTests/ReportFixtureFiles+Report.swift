import EvalKitTestSupport

/// The report's own files for the fixture: a narrative in English with one Vietnamese
/// section, and three findings.
extension ReportFixtureFiles {
    static let narrative = """
        <narrative xmlns="urn:evalkit:1">
          <section id="summary">
            <content xml:lang="en">
              <p>Both models helped people, in <em>different</em> ways.</p>
              <list><item>Centre: short stays.</item><item>Outreach: groups.</item></list>
            </content>
            <content xml:lang="vi"><p>Cả hai mô hình đều giúp đỡ mọi người.</p></content>
          </section>
          <section id="introduction">
            <content xml:lang="en"><heading>Background</heading><p>A worked example.</p></content>
          </section>
          <section id="methodology">
            <content xml:lang="en"><p>Interviews and one group discussion.</p></content>
          </section>
          <section id="recommendations">
            <content xml:lang="en"><list><item>Visit people after they leave.</item></list></content>
          </section>
        </narrative>
        """

    static let findings = """
        <findings xmlns="urn:evalkit:1">
          <finding id="centre-help" unit="centre" criterion="effectiveness" evaluationQuestions="E1" codes="help"
                   direction="positive">
            <title>\(text("Care at the centre helped"))</title>
            <statement>\(text("People valued the counselling and nursing."))</statement>
            <conclusion>\(text("The centre's care works."))</conclusion>
          </finding>
          <finding id="centre-followup" unit="centre" criterion="sustainability" evaluationQuestions="S1"
                   codes="followup-missing" direction="negative">
            <title>\(text("No follow-up after leaving"))</title>
            <statement>\(text("Nobody was visited after leaving."))</statement>
            <conclusion>\(text("Follow-up is missing."))</conclusion>
          </finding>
          <finding id="outreach-groups" unit="outreach" criterion="effectiveness" codes="help" direction="positive">
            <title>\(text("Groups give support"))</title>
            <statement>\(text("Members support one another."))</statement>
            <conclusion>\(text("The groups work."))</conclusion>
          </finding>
        </findings>
        """
}
