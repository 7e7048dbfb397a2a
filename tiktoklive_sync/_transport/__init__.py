"""What goes on the wire (private): HTTP sessions, the websocket, push frames, proxies. The
only package that imports requests, urllib3 and websocket-client, and the one place their
exceptions become ours."""
