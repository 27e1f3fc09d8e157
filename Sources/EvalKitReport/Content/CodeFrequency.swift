/// How many respondents' answers carry a code, for the bar chart; small counts are hidden.
public struct CodeFrequency: Sendable, Equatable {
    public var code: String
    public var name: String
    public var depth: Int
    /// nil when fewer than the minimum cell size (and more than none): the chart shows "<N".
    public var respondents: Int?
}
