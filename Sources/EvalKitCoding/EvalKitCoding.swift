/// Coding: codebook segments on answers, rule-based auto-coding, and inter-coder agreement.
public enum EvalKitCoding {}
