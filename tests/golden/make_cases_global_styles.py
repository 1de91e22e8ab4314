"""Writes cases-global-styles.jsonl: global styles reads, updates and revisions (see README.md)."""
import json
from pathlib import Path

ID = 2560889
IG = ["body.date", "body.modified", "body.date_gmt", "body.modified_gmt", "body.*.date", "body.*.modified", "body.*.date_gmt", "body.*.modified_gmt"]
C = []
def add(name, method, path, auth=None, query=None, body=None, ignore=None):
    c = {"name": name, "method": method, "path": "/wp-json/wp/v2" + path}
    if query: c["query"] = query
    if auth: c["auth"] = auth
    if body is not None: c["body"] = body
    if ignore: c["ignore"] = ignore
    C.append(c)
g = f"/global-styles/{ID}"
add("gs-link-theme", "GET", "/themes/twentytwentyfive", "admin", {"_fields": "stylesheet,_links"})
add("gs-get-anon", "GET", g)
for role in ("subscriber", "contributor", "author", "editor", "admin"):
    add(f"gs-get-{role}", "GET", g, role)
for role in ("contributor", "editor", "admin"):
    add(f"gs-get-edit-{role}", "GET", g, role, {"context": "edit"})
add("gs-get-embed-admin", "GET", g, "admin", {"context": "embed"})
add("gs-get-fields", "GET", g, "admin", {"_fields": "id,title.raw"})
add("gs-get-bad-context", "GET", g, "admin", {"context": "nope"})
add("gs-get-missing", "GET", "/global-styles/999999", "admin")
add("gs-get-zero", "GET", "/global-styles/0", "admin")
add("gs-get-a-post", "GET", "/global-styles/1", "admin")
add("gs-get-missing-anon", "GET", "/global-styles/999999")
add("gs-options", "OPTIONS", g)
add("gs-options-admin", "OPTIONS", g, "admin")
add("gs-rev-anon", "GET", g + "/revisions")
add("gs-rev-contributor", "GET", g + "/revisions", "contributor")
add("gs-rev-editor", "GET", g + "/revisions", "editor")
add("gs-rev-admin-empty", "GET", g + "/revisions", "admin")
add("gs-rev-missing-parent", "GET", "/global-styles/999999/revisions", "admin")
add("gs-rev-post-parent", "GET", "/global-styles/1/revisions", "admin")
add("gs-rev-item-missing", "GET", g + "/revisions/999999", "admin")
add("gs-rev-options", "OPTIONS", g + "/revisions", "admin")
# writes
for role in ("editor", "author"):
    add(f"gs-update-{role}", "POST", g, role, body={"title": "No"})
add("gs-update-anon", "POST", g, body={"title": "No"})
add("gs-update-missing", "POST", "/global-styles/999999", "admin", body={"title": "x"})
add("gs-update-styles-not-object", "POST", g, "admin", body={"styles": "red"})
add("gs-update-settings-list", "POST", g, "admin", body={"settings": [1, 2]})
add("gs-update-title-int", "POST", g, "admin", body={"title": 5})
add("gs-update-css-not-string", "POST", g, "admin", body={"styles": {"css": 5}})
add("gs-update-css-close-tag", "POST", g, "admin", body={"styles": {"css": "a{} </style>b"}})
add("gs-update-css-end", "POST", g, "admin", body={"styles": {"css": "a{} </STYL"}})
add("gs-update-title", "POST", g, "admin", body={"title": "My <b>Styles</b> & co"})
add("gs-update-1", "PUT", g, "admin", body={
    "styles": {"color": {"text": "#111111", "background": "#fafafa", "bogus": 1},
               "typography": {"fontSize": "18px"}, "nonsense": {"a": 1},
               "spacing": {"blockGap": "1rem", "padding": {"top": "1px", "sideways": "2px"}},
               "css": "p { color: red; } a > b {}",
               "elements": {"link": {"color": {"text": "#ff0000"}, ":hover": {"color": {"text": "#00ff00"}}},
                            "notanelement": {"color": {"text": "#000"}}},
               "blocks": {"core/paragraph": {"color": {"text": "#222"}, "typography": {"lineHeight": "1.7"}},
                          "core/button": {"border": {"radius": "4px"}, "elements": {"link": {"color": {"text": "red"}}}},
                          "core/not-a-block": {"color": {"text": "#333"}},
                          "core/heading": {"color": {}}}},
    "settings": {"color": {"palette": [{"slug": "x", "color": "#123456", "name": "X"}], "custom": False,
                           "gradients": []},
                 "appearanceTools": True, "layout": {"contentSize": "700px"},
                 "typography": {"fontSizes": [{"slug": "big", "size": "40px", "name": "Big"}], "dropCap": "yes"},
                 "spacing": {"spacingScale": {"steps": 0}},
                 "unknown": True, "blocks": {"core/paragraph": {"color": {"text": False}}, "x/y": {"a": 1}},
                 "custom": {"my-var": "1px", "nested": {"a": "b"}}},
    "title": {"raw": "Edited"}}, ignore=IG)
add("gs-after-1-admin", "GET", g, "admin", {"context": "edit"})
add("gs-after-1-contributor", "GET", g, "contributor")
add("gs-update-settings-only", "PATCH", g, "admin", body={"settings": {"color": {"palette": []}, "spacing": {"units": ["px", "em"]}}})
add("gs-update-empty-styles", "POST", g, "admin", body={"styles": {}, "title": {"rendered": "ignored"}})
add("gs-update-viewport", "POST", g, "admin", body={"styles": {"color": {"text": "#abcdef"}, "blocks": {"core/group": {"@mobile": {"color": {"text": "#010101"}}}}}})
add("gs-rev-admin", "GET", g + "/revisions", "admin", ignore=IG)
add("gs-rev-admin-page2", "GET", g + "/revisions", "admin", {"per_page": "2", "page": "2"}, ignore=IG)
add("gs-rev-admin-offset", "GET", g + "/revisions", "admin", {"per_page": "1", "offset": "1"}, ignore=IG)
add("gs-rev-admin-bad-page", "GET", g + "/revisions", "admin", {"page": "9"})
add("gs-rev-admin-bad-offset", "GET", g + "/revisions", "admin", {"offset": "99"})
add("gs-rev-contrib-after", "GET", g + "/revisions", "contributor", ignore=IG)
add("gs-rev-item-1", "GET", g + f"/revisions/{ID+1}", "admin", ignore=IG)
add("gs-rev-item-2-edit", "GET", g + f"/revisions/{ID+2}", "admin", {"context": "edit"}, ignore=IG)
add("gs-rev-item-wrong-parent", "GET", f"/global-styles/1/revisions/{ID+1}", "admin")
add("gs-rev-item-contrib", "GET", g + f"/revisions/{ID+1}", "contributor", ignore=IG)
add("gs-final-get", "GET", g, "admin")
with open(Path(__file__).with_name("cases-global-styles.jsonl"), "w") as f:
    for c in C: f.write(json.dumps(c) + "\n")
print(len(C), "cases")
