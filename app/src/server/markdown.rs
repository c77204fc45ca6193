//! The one way user-written markdown becomes HTML: rendered by pulldown-cmark with raw HTML
//! shown as text, then cleaned by ammonia (an allow-list of tags and attributes; links only to
//! http(s), mailto and our own paths, each with `rel="nofollow ugc noopener"`; images only from
//! our own site, others become links). Posts store the result beside their source; the preview
//! runs the same function, so what is previewed is what is posted.

use std::collections::HashSet;
use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.link_rel(Some("nofollow ugc noopener"))
        .url_schemes(HashSet::from(["http", "https", "mailto"]))
        .url_relative(ammonia::UrlRelative::PassThrough)
        .attribute_filter(|element, attribute, value| match (element, attribute) {
            ("img", "src") if !is_own_path(value) => None,
            _ => Some(value.into()),
        });
    b
});

/// A path on this site (`/…`), not another host (`//host`, `/\\host`).
fn is_own_path(url: &str) -> bool {
    url.starts_with('/') && !url.starts_with("//") && !url.contains('\\')
}

/// `source` as sanitized HTML.
pub fn render(source: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    let mut foreign_image = false;
    let events = Parser::new_ext(source, options).map(|event| match event {
        // Raw HTML is shown as written, never interpreted.
        Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
        // An image from another site would tell it who reads the post: it becomes a link.
        Event::Start(Tag::Image {
            dest_url, title, ..
        }) if !is_own_path(&dest_url) => {
            foreign_image = true;
            Event::Start(Tag::Link {
                link_type: LinkType::Inline,
                dest_url,
                title,
                id: CowStr::Borrowed(""),
            })
        }
        Event::End(TagEnd::Image) if foreign_image => {
            foreign_image = false;
            Event::End(TagEnd::Link)
        }
        other => other,
    });
    let mut html = String::with_capacity(source.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    CLEANER.clean(&html).to_string()
}

/// The members `source` mentions (`crate::model::mention::scan`), outside code: a name in a
/// code span or block is quoted, not called.
pub fn mentions(source: &str) -> Vec<String> {
    let mut text = String::new();
    let mut in_code_block = false;
    for event in Parser::new_ext(source, Options::empty()) {
        match event {
            Event::Start(Tag::CodeBlock(_)) => in_code_block = true,
            Event::End(TagEnd::CodeBlock) => in_code_block = false,
            // Markdown splits text at characters such as `_`: pieces in a row are one text.
            Event::Text(t) if !in_code_block => text.push_str(&t),
            _ => text.push('\n'),
        }
    }
    crate::model::mention::scan(&text)
}

/// Tags the pipeline may output (markdown's own, as ammonia keeps them).
const TAGS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "strong",
    "em",
    "del",
    "a",
    "img",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "hr",
    "br",
];
const ATTRIBUTES: &[&str] = &["href", "src", "alt", "title", "rel", "start", "align"];

/// What in `html` (as `render` writes it: every `<` opens a tag, attributes double-quoted) could
/// run or load anything: a tag or attribute outside the allow-lists, an event handler, or a link
/// or image address with a scheme other than http(s) and mailto. `None` when it is inert. Tests
/// hold every output to this.
pub fn live_content(html: &str) -> Option<String> {
    for tag in html.split('<').skip(1) {
        let Some((inside, _)) = tag.split_once('>') else {
            return Some(format!("unclosed tag <{tag}"));
        };
        let inside = inside.trim_start_matches('/').trim_end_matches('/');
        let (name, mut rest) = inside
            .split_once(char::is_whitespace)
            .unwrap_or((inside, ""));
        if !TAGS.contains(&name) {
            return Some(format!("tag <{name}>"));
        }
        while let Some((attribute, after)) = rest.trim_start().split_once("=\"") {
            let Some((value, next)) = after.split_once('"') else {
                return Some(format!("unquoted attribute in <{inside}>"));
            };
            let attribute = attribute.trim();
            if !ATTRIBUTES.contains(&attribute) {
                return Some(format!("attribute {attribute} in <{inside}>"));
            }
            if matches!(attribute, "href" | "src") && !is_safe_address(value) {
                return Some(format!("address {value:?} in <{inside}>"));
            }
            rest = next;
        }
        if !rest.trim().is_empty() {
            return Some(format!("unexpected {rest:?} in <{inside}>"));
        }
    }
    None
}

/// An http(s) or mailto address, or one without a scheme (a path or a fragment). Entities are
/// read as a browser would read them first; a scheme is what URLs call one (a letter, then
/// letters, digits, `+`, `-` or `.`, before the first `:`), so `=x:y` is a relative path.
fn is_safe_address(value: &str) -> bool {
    let decoded = html_escape::decode_html_entities(value);
    let plain: String = decoded
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .flat_map(char::to_lowercase)
        .collect();
    match plain.split_once(':') {
        None => true,
        Some((scheme, _)) => {
            let is_scheme = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
            !is_scheme || matches!(scheme, "http" | "https" | "mailto")
        }
    }
}

/// A post's words as plain text, one space between blocks (for search and excerpts). Raw HTML
/// counts as words, as `render` shows it.
pub fn plain_text(source: &str) -> String {
    let mut text = String::new();
    for event in Parser::new(source) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                text.push_str(&t);
            }
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(end)
                if !matches!(
                    end,
                    TagEnd::Emphasis
                        | TagEnd::Strong
                        | TagEnd::Strikethrough
                        | TagEnd::Link
                        | TagEnd::Image
                ) =>
            {
                text.push(' ');
            }
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first words of a post as plain text (for lists and notifications).
pub fn excerpt(source: &str, max_chars: usize) -> String {
    let text = plain_text(source);
    if text.chars().count() <= max_chars {
        text
    } else {
        let cut: String = text.chars().take(max_chars).collect();
        format!("{cut}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_parts_blocks_and_keeps_raw_html_as_words() {
        assert_eq!(
            plain_text("## Keynote\n\nTraining **comes first**.<b>x</b>\n\n- a\n- b"),
            "Keynote Training comes first.<b>x</b> a b"
        );
    }

    #[test]
    fn mentions_outside_code_are_found() {
        assert_eq!(
            mentions(
                "Thanks @SUZUKI_Hanako and **@山田太郎**!\n\n`@NotThis`\n\n```\n@NorThis\n```"
            ),
            ["suzuki_hanako", "山田太郎"]
        );
    }

    #[test]
    fn markdown_becomes_html() {
        let html = render(
            "# 見出し\n\n**医療機関**との連携 [MEJ](https://www.medical-excellence-japan.org/)",
        );
        assert!(html.contains("<h1>見出し</h1>"), "{html}");
        assert!(html.contains("<strong>医療機関</strong>"), "{html}");
        assert!(
            html.contains(r#"<a href="https://www.medical-excellence-japan.org/" rel="nofollow ugc noopener">MEJ</a>"#),
            "{html}"
        );
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = render("<b>bold</b> and <script>alert(1)</script>");
        assert!(html.contains("&lt;b&gt;bold&lt;/b&gt;"), "{html}");
        assert!(!html.contains("<script"), "{html}");
    }

    #[test]
    fn images_only_from_our_own_site() {
        let own = render("![map](/pkg/map.png)");
        assert!(
            own.contains(r#"<img src="/pkg/map.png" alt="map">"#),
            "{own}"
        );
        let foreign = render("![tracker](https://evil.example/t.png)");
        assert!(!foreign.contains("<img"), "{foreign}");
        assert!(
            foreign.contains(r#"href="https://evil.example/t.png""#),
            "{foreign}"
        );
    }

    /// Known XSS payloads (scripts, event handlers, `javascript:`/`data:`/`vbscript:` addresses in
    /// links and images, SVG and MathML, malformed and nested HTML, markdown link and image
    /// syntax), one per line.
    pub const XSS_CORPUS: &str = include_str!("xss_corpus.txt");

    #[test]
    fn known_attacks_come_out_inert() {
        let payloads: Vec<&str> = XSS_CORPUS.lines().filter(|l| !l.is_empty()).collect();
        assert!(payloads.len() >= 100, "{}", payloads.len());
        for payload in payloads {
            let source = payload.replace("\\n", "\n");
            let html = render(&source);
            assert_eq!(live_content(&html), None, "{payload:?} became {html}");
        }
    }

    /// What generated posts are made of: markdown syntax, HTML, entities and the pieces of known
    /// attacks, in any order.
    const PIECES: &[&str] = &[
        "<",
        ">",
        "</",
        "/>",
        "\"",
        "'",
        "`",
        "```",
        "[",
        "]",
        "(",
        ")",
        "![",
        "](",
        "*",
        "_",
        "#",
        "\n",
        "\n\n",
        " ",
        "=",
        ":",
        ";",
        "&",
        "&#x09;",
        "&#106;",
        "&lt;",
        "script",
        "javascript",
        "JaVaScRiPt",
        "data",
        "vbscript",
        "text/html",
        "base64,",
        "onerror",
        "onload",
        "src",
        "href",
        "svg",
        "math",
        "img",
        "a",
        "iframe",
        "object",
        "style",
        "xlink:href",
        "alert(1)",
        "http://",
        "https://x.example",
        "//",
        "/",
        "x",
        "日本",
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "\\",
        "%0a",
        "|",
        "---",
        "[1]: ",
        "<http://",
        "\t",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// Whatever mix of markdown, HTML and attack pieces a post holds (and any text after
        /// it), rendering neither panics nor lets live content through.
        #[test]
        fn no_source_renders_live_content(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..80),
            tail in "\\PC{0,24}",
        ) {
            let source = pieces.concat() + &tail;
            let html = render(&source);
            proptest::prop_assert_eq!(live_content(&html), None, "{:?} became {}", source, html);
        }
    }

    #[test]
    fn the_checker_sees_live_content() {
        for live in [
            "<script>alert(1)</script>",
            r#"<img src="x" onerror="alert(1)">"#,
            r#"<a href="javascript:alert(1)">x</a>"#,
            r#"<a href="java&#x09;script:alert(1)">x</a>"#,
            r#"<a href="data:text/html,x">x</a>"#,
            r#"<p style="x">x</p>"#,
            "<svg><p>",
        ] {
            assert!(live_content(live).is_some(), "{live}");
        }
        assert_eq!(
            live_content(
                r#"<p><a href="https://a.example/?q=1" rel="nofollow ugc noopener">a</a> <img src="/x.png" alt="x"></p>"#
            ),
            None
        );
    }

    #[test]
    fn excerpts_are_plain_text() {
        assert_eq!(
            excerpt("**JCI** 認証\n\nの *手順*", 100),
            "JCI 認証 の 手順"
        );
        assert_eq!(excerpt("一二三四五六", 3), "一二三…");
    }
}
