// Poll an add-reports job and show its progress (textContent only).
(function () {
  "use strict";
  var box = document.getElementById("job");
  if (!box) { return; }
  var id = box.getAttribute("data-job");
  function cell(tr, text) { var td = document.createElement("td"); td.textContent = text; tr.appendChild(td); return td; }
  function show(job) {
    document.getElementById("job-state").textContent = job.state;
    document.getElementById("job-done").textContent = String(job.done);
    document.getElementById("job-total").textContent = String(job.total);
    var bar = document.getElementById("job-progress");
    bar.max = Math.max(job.total, 1); bar.value = job.done;
    var rows = document.getElementById("job-rows");
    while (rows.firstChild) { rows.removeChild(rows.firstChild); }
    job.outcomes.forEach(function (o) {
      var tr = document.createElement("tr");
      cell(tr, o.origin);
      cell(tr, o.status + (o.error ? ": " + o.error.code + " " + o.error.message : ""));
      var td = cell(tr, "");
      if (o.id) {
        var a = document.createElement("a");
        a.href = "/documents/" + encodeURIComponent(o.id);
        a.textContent = o.title || o.id;
        td.appendChild(a);
      }
      rows.appendChild(tr);
    });
  }
  function poll() {
    fetch("/api/jobs/" + encodeURIComponent(id), {credentials: "same-origin"})
      .then(function (r) { return r.json(); })
      .then(function (job) {
        if (job.error && !job.state) { return; }
        show(job);
        if (job.state === "queued" || job.state === "running") { setTimeout(poll, 800); }
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  poll();
})();
