//! Chinese wording for the messages of the JSON and TOML parsers (serde, serde_json, toml),
//! which only speak English: a zh-CN error names what is wrong and where, in Chinese; the
//! names the file itself uses (fields, values) are kept as written.

/// The parser's English `detail` said in Chinese.
pub fn to_zh(detail: &str) -> String {
    let (core, place) = split_position(detail.trim());
    let said = core_to_zh(core.trim());
    match place {
        Some((line, column)) => format!("{said}（第 {line} 行第 {column} 列）"),
        None => said,
    }
}

/// serde_json appends " at line L column C".
fn split_position(s: &str) -> (&str, Option<(&str, &str)>) {
    if let Some(i) = s.rfind(" at line ") {
        let rest = &s[i + " at line ".len()..];
        if let Some((line, column)) = rest.split_once(" column ")
            && line.bytes().all(|b| b.is_ascii_digit())
            && column.bytes().all(|b| b.is_ascii_digit())
        {
            return (&s[..i], Some((line, column)));
        }
    }
    (s, None)
}

/// The first name in backticks (a field or value as the file writes it).
fn quoted(s: &str) -> Option<&str> {
    let start = s.find('`')? + 1;
    let len = s[start..].find('`')?;
    Some(&s[start..start + len])
}

fn core_to_zh(s: &str) -> String {
    let name = || quoted(s).unwrap_or_default().to_string();
    let fixed: &[(&str, &str)] = &[
        ("expected value", "此处缺少值"),
        ("expected `,` or `]`", "此处应为逗号或 ]"),
        ("expected `,` or `}`", "此处应为逗号或 }"),
        ("expected `:`", "此处应为冒号"),
        ("EOF while parsing", "内容在此处意外结束（文件可能不完整）"),
        ("trailing comma", "多了一个逗号"),
        ("trailing characters", "结尾有多余的内容"),
        ("key must be a string", "键必须是文本"),
        ("control character", "文本中有控制字符"),
        ("invalid escape", "文本中有无效的转义符"),
        ("invalid unicode code point", "文本中有无效的 Unicode 字符"),
        ("invalid number", "数字写法有误"),
        ("number out of range", "数字超出范围"),
        ("recursion limit exceeded", "嵌套层数过多"),
        ("unclosed array table", "表头 [[…]] 缺少右方括号"),
        ("unclosed table", "表头 […] 缺少右方括号"),
        ("invalid table header", "表头写法有误"),
        ("invalid key", "键的写法有误"),
        ("duplicate key", "键重复"),
        ("invalid string", "文本写法有误"),
        ("invalid basic string", "文本写法有误"),
        ("invalid literal string", "文本写法有误"),
        ("invalid inline table", "行内表写法有误"),
        ("invalid array", "数组写法有误"),
        ("invalid datetime", "日期时间写法有误"),
        ("expected newline", "此处应换行"),
        ("string values must be quoted", "文本必须加引号"),
    ];
    if let Some(rest) = s.strip_prefix("missing field ") {
        return format!("缺少字段 {}", quoted(rest).unwrap_or(rest));
    }
    if s.starts_with("unknown field ") {
        return format!("不认识的字段 {}", name());
    }
    if s.starts_with("duplicate field ") {
        return format!("字段 {} 重复", name());
    }
    if s.starts_with("unknown variant ") {
        return format!("不认识的取值 {}", name());
    }
    if let Some(rest) = s.strip_prefix("invalid type: ") {
        return typed("类型不对", rest);
    }
    if let Some(rest) = s.strip_prefix("invalid value: ") {
        return typed("取值不对", rest);
    }
    if s.starts_with("invalid length ") {
        return "元素个数不对".to_string();
    }
    for (en, zh) in fixed {
        if s.starts_with(en) {
            return (*zh).to_string();
        }
    }
    "此处的格式或取值有误".to_string()
}

/// "A, expected B" as "<what>：这里是 A，应为 B".
fn typed(what: &str, rest: &str) -> String {
    let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
    let expected = noun(expected);
    if expected.is_empty() {
        format!("{what}：这里是{}", noun(found))
    } else {
        format!("{what}：这里是{}，应为{expected}", noun(found))
    }
}

fn noun(s: &str) -> String {
    let s = s.trim();
    let with = |zh: &str| match quoted(s) {
        Some(v) => format!("{zh} {v}"),
        None => zh.to_string(),
    };
    let words: &[(&str, &str)] = &[
        ("integer", "整数"),
        ("an integer", "整数"),
        ("floating point", "小数"),
        ("a float", "小数"),
        ("boolean", "布尔值"),
        ("a boolean", "布尔值"),
        ("string", "文本"),
        ("a string", "文本"),
        ("a borrowed string", "文本"),
        ("char", "单个字符"),
        ("sequence", "列表"),
        ("a sequence", "列表"),
        ("map", "表"),
        ("a map", "表"),
        ("struct", "表"),
        ("unit", "空值"),
        ("null", "空值"),
        ("option", "可选值"),
        ("enum", "枚举值"),
        ("date", "日期"),
        ("datetime", "日期时间"),
    ];
    if s.is_empty() {
        return String::new();
    }
    if let Some(v) = s.strip_prefix("string \"") {
        return format!("文本“{}”", v.trim_end_matches('"'));
    }
    if [
        "u8", "u16", "u32", "u64", "i8", "i16", "i32", "i64", "usize",
    ]
    .iter()
    .any(|t| s.starts_with(t))
    {
        return "整数".to_string();
    }
    let mut best: Option<&(&str, &str)> = None;
    for w in words {
        if s.starts_with(w.0) && best.is_none_or(|b| w.0.len() > b.0.len()) {
            best = Some(w);
        }
    }
    match best {
        Some((_, zh)) => with(zh),
        None => "其他类型的值".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::to_zh;

    #[test]
    fn common_parser_messages_are_said_in_chinese() {
        assert_eq!(
            to_zh("expected value at line 1 column 51"),
            "此处缺少值（第 1 行第 51 列）"
        );
        assert_eq!(
            to_zh("invalid type: integer `3`, expected a string"),
            "类型不对：这里是整数 3，应为文本"
        );
        assert_eq!(to_zh("missing field `id`"), "缺少字段 id");
        assert_eq!(
            to_zh("unclosed array table, expected `]`"),
            "表头 [[…]] 缺少右方括号"
        );
        assert_eq!(to_zh("something new"), "此处的格式或取值有误");
    }
}
