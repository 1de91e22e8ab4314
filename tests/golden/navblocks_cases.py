"""Writes cases-navblocks.jsonl: one navigation post per case, created with POST /wp/v2/navigation, then a list read."""
from pathlib import Path
import json
IGN = ["body.date", "body.date_gmt", "body.modified", "body.modified_gmt", "body.guid", "body.link"]
def link(attrs, inner=None):
    a = json.dumps(attrs, separators=(",", ":"))
    if inner is None:
        return f"<!-- wp:navigation-link {a} /-->"
    return f"<!-- wp:navigation-link {a} -->{inner}<!-- /wp:navigation-link -->"
def sub(attrs, inner=""):
    a = json.dumps(attrs, separators=(",", ":"))
    return f"<!-- wp:navigation-submenu {a} -->{inner}<!-- /wp:navigation-submenu -->"
H = "http://127.0.0.1:8881"
contents = {
 "page-list-parent": '<!-- wp:page-list {"parentPageID":184} /-->',
 "page-list-parent-deep": '<!-- wp:page-list {"parentPageID":189} /-->',
 "page-list-parent-leaf": '<!-- wp:page-list {"parentPageID":193} /-->',
 "page-list-parent-draft-child": '<!-- wp:page-list {"parentPageID":197} /-->',
 "page-list-parent-string": '<!-- wp:page-list {"parentPageID":"185"} /-->',
 "page-list-parent-invalid": '<!-- wp:page-list {"parentPageID":"abc"} /-->',
 "page-list-class-anchor": '<!-- wp:page-list {"className":"my-list  extra","anchor":"pages"} /-->',
 "page-list-nested": sub({"label": "Pages", "url": H + "/about/"}, '<!-- wp:page-list {"parentPageID":185} /-->'),
 "page-list-nested-not-parent": sub({"label": "Pages", "isParentSubmenu": False}, '<!-- wp:page-list {"parentPageID":185} /-->'),
 "page-list-in-link": link({"label": "Wrap", "url": H + "/"}, '<!-- wp:page-list {"parentPageID":185} /-->'),
 "link-post": link({"label": "A post", "type": "post", "id": 17, "kind": "post-type", "url": H + "/2023/11/04/php-a-beginners-guide/"}),
 "link-draft-post": link({"label": "Draft", "type": "post", "id": 141, "kind": "post-type", "url": H + "/?p=141"}) + link({"label": "Kept", "url": "https://example.org/"}),
 "link-private-page": link({"label": "Private", "type": "page", "id": 196, "url": H + "/internal/"}),
 "link-missing-id": link({"label": "Gone", "kind": "post-type", "id": 999999, "url": H + "/gone/"}),
 "link-string-id": link({"label": "Str", "kind": "post-type", "id": "141"}) + link({"label": "Bad id", "kind": "post-type", "id": "abc", "url": "/x"}),
 "link-term": link({"label": "News", "type": "category", "id": 2, "kind": "taxonomy", "url": H + "/category/news/"}),
 "link-custom-attrs": link({"label": "Ext", "url": "https://example.com/a?b=1", "opensInNewTab": True, "rel": "nofollow \"x\"", "title": "T <i>&amp; \"q\"", "description": "D <em>em</em><script>bad()</script>", "className": "c1 c2", "anchor": "lnk"}),
 "link-nofollow": link({"label": "NF", "url": "https://example.com/", "nofollow": True, "opensInNewTab": "true"}),
 "link-label-html": link({"label": "\u003cstrong\u003eBold\u003c/strong\u003e \u003cscript\u003ex()\u003c/script\u003e & more", "url": "/b"}) + link({"label": "<em>raw</em> &amp; ok", "url": "/c"}),
 "link-empty-labels": link({"label": "", "url": "/e"}) + link({"label": "0", "url": "/z"}) + link({"url": "/n"}),
 "link-no-url": link({"label": "No URL"}),
 "link-encoded-query": link({"label": "Enc", "url": "https://example.com/s?q=a%2520b&x=1"}) + link({"label": "Once", "url": "https://example.com/s?q=a%20b"}),
 "link-url-escape": link({"label": "JS", "url": "javascript:alert(1)"}) + link({"label": "Sp", "url": "/a b/\"c\""}),
 "link-children": link({"label": "Parent", "url": "/p"}, link({"label": "Child", "url": "/c"}) + "\n" + link({"label": "Child 2", "url": "/c2"})),
 "link-whitespace-children": link({"label": "Parent", "url": "/p"}, "\n  \n"),
 "submenu-nested": sub({"label": "Top", "url": "/top", "title": "tt", "description": "dd", "className": "s1"}, "\n" + sub({"label": "Mid", "url": "/mid", "opensInNewTab": True, "rel": "r"}, link({"label": "Leaf", "url": "/leaf"})) + "\n" + link({"label": "Sib", "url": "/sib"}) + "\n"),
 "submenu-empty": sub({"label": "Lonely", "url": "/l"}) + sub({"label": "No url"}),
 "submenu-hidden-children": sub({"label": "Hide", "url": "/h"}, link({"label": "Draft", "kind": "post-type", "id": 141})),
 "submenu-draft": sub({"label": "Draft sub", "type": "post", "id": 141, "url": "/d"}, link({"label": "Inner", "url": "/i"})),
 "submenu-current-ancestor": sub({"label": "Anc", "url": "/a", "className": "x"}, link({"label": "Cur", "url": "/c", "className": "current-menu-item"})),
 "submenu-label-html": sub({"label": "<b>B</b> <script>s()</script>", "url": "/b", "anchor": "sm"}, link({"label": "L", "url": "/l"})),
}
with open(str(Path(__file__).with_name("cases-navblocks.jsonl")), "w") as out:
    for i, (name, content) in enumerate(contents.items()):
        case = {"name": f"navblocks-{name}", "method": "POST", "path": "/wp-json/wp/v2/navigation", "auth": "admin",
                "body": {"title": f"Navblocks {i + 1}", "status": "publish", "content": content}, "ignore": IGN}
        out.write(json.dumps(case) + "\n")
    out.write(json.dumps({"name": "navblocks-list-view", "method": "GET", "path": "/wp-json/wp/v2/navigation",
                          "auth": "none", "query": {"per_page": 100, "orderby": "id", "order": "asc", "_fields": "id,title,content"}}) + "\n")
print(len(contents))
