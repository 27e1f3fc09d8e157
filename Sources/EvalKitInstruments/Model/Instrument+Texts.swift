extension Instrument {
    /// Every multilingual text of the guide, for translation coverage.
    public var allTexts: [LocalizedText] {
        var texts = [title] + [guidance].compactMap { $0 }
        for field in profile {
            texts.append(field.label)
            texts += field.answerKind.options.map(\.label)
        }
        for section in sections {
            texts += [section.title] + [section.intro].compactMap { $0 }
            for question in section.questions {
                texts += [question.prompt] + question.probes
                if case .yesNo = question.answer { continue }
                texts += question.answer.options.map(\.label)
            }
        }
        return texts
    }

    /// Languages every text of the guide is available in, English first.
    public var completeLanguages: [String] {
        let texts = allTexts
        let all = Set(texts.flatMap(\.translations.keys))
        let complete = all.filter { language in texts.allSatisfy { $0.hasTranslation(language) } }
        return complete.sorted {
            ($0 == LocalizedText.fallbackLanguage ? "" : $0) < ($1 == LocalizedText.fallbackLanguage ? "" : $1)
        }
    }
}
