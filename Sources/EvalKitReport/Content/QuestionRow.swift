/// One evaluation question of the framework with its text, for the answers table.
public struct QuestionRow: Sendable, Equatable {
    public var id: String
    public var criterion: String
    public var criterionName: String
    public var text: String
}
