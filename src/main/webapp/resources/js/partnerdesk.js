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
