import json, base64, urllib.request
B="http://127.0.0.1:8881/wp-json"
cred=json.load(open('/opt/wpref/credentials.json'))['users']['admin']
auth="Basic "+base64.b64encode(f"admin:{cred['application_password']}".encode()).decode()
def post(path, body):
    req=urllib.request.Request(B+path, data=json.dumps(body).encode(), method="POST",
        headers={"Authorization":auth,"Content-Type":"application/json"})
    with urllib.request.urlopen(req) as r: return json.loads(r.read())
m=post("/wp/v2/menus",{"name":"Primary"})["id"]
items={}
def item(key, **body):
    body.setdefault("status","publish"); body["menus"]=m
    r=post("/wp/v2/menu-items",body); items[key]=r["id"]; return r["id"]
item("sample",type="post_type",object="page",object_id=2,menu_order=1)
item("custom",type="custom",url="https://example.com/",title="Example",target="_blank",xfn=["nofollow","noopener"],classes=["extra","more"],description="Desc",attr_title="Attr",menu_order=2)
item("post17",type="post_type",object="post",object_id=17,parent=items["sample"],menu_order=3)
item("news",type="taxonomy",object="category",object_id=2,parent=items["post17"],menu_order=4,title="News & more")
item("home",type="custom",url="http://127.0.0.1:8881/",title="Home",menu_order=5)
item("private",type="post_type",object="page",object_id=196,menu_order=6)
item("trashed",type="post_type",object="post",object_id=150,menu_order=7)
item("about",type="post_type",object="page",object_id=184,menu_order=8,title="")
m2=post("/wp/v2/menus",{"name":"Another menu"})["id"]
print(json.dumps({"menu":m,"menu2":m2,"items":items}))
