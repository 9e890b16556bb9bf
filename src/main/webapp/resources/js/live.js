/*
 * Live queue: a page with an element #live-updates listens on the portal's WebSocket for changes to
 * its organisation's support requests and then calls the page's remote command liveRefresh (on a
 * request's page only for that request: data-request). It reconnects when the connection drops,
 * waiting longer each time, and says on the element whether it is connected (data-connected) and
 * how many changes it has heard of (data-heard).
 */
(function () {
    'use strict';
    var holder = document.getElementById('live-updates');
    if (!holder || !window.WebSocket) {
        return;
    }
    var url = (window.location.protocol === 'https:' ? 'wss://' : 'ws://') + window.location.host
        + holder.getAttribute('data-path');
    var only = holder.getAttribute('data-request') || '';
    var wait = 1000;
    var pending = null;
    var heard = 0;

    function refresh() {
        pending = null;
        if (typeof window.liveRefresh === 'function') {
            window.liveRefresh();
        }
    }

    function connect() {
        var socket = new WebSocket(url);
        socket.onopen = function () {
            wait = 1000;
            holder.setAttribute('data-connected', 'true');
        };
        socket.onmessage = function (message) {
            var change;
            heard += 1;
            holder.setAttribute('data-heard', String(heard));
            try {
                change = JSON.parse(message.data);
            } catch (e) {
                return;
            }
            if (only && change.id !== only) {
                return;
            }
            // Changes that come together are shown together.
            if (!pending) {
                pending = window.setTimeout(refresh, 300);
            }
        };
        socket.onclose = function () {
            holder.setAttribute('data-connected', 'false');
            window.setTimeout(connect, wait);
            wait = Math.min(wait * 2, 30000);
        };
    }

    connect();
}());
