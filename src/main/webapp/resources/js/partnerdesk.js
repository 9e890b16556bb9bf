/* PartnerDesk's few page helpers. */
window.PartnerDesk = {
    /** Copies the value of the input with the given id to the clipboard and tells the person. */
    copy: function (inputId, doneText) {
        var input = document.getElementById(inputId);
        if (!input) {
            return;
        }
        input.select();
        var done = function () {
            PrimeFaces.widgets['growl'] && PF('growl').renderMessage({summary: doneText, severity: 'info'});
        };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(input.value).then(done);
        } else {
            document.execCommand('copy');
            done();
        }
    }
};

/*
 * The browser's time zone, kept in a cookie so that the server writes times in it (an IANA id such
 * as Europe/Istanbul; the server falls back to UTC without it). Set again only when it changed.
 */
(function () {
    try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone && /^[A-Za-z0-9_+\-\/]{1,64}$/.test(zone)
                && document.cookie.split('; ').indexOf('partnerdesk-tz=' + zone) < 0) {
            document.cookie = 'partnerdesk-tz=' + zone + '; path=/; max-age=31536000; SameSite=Lax';
        }
    } catch (e) {
        // No Intl: times stay in UTC, which every page says.
    }
})();
