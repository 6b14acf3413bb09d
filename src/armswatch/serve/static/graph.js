// Timeline (vis-timeline) and network (Cytoscape.js) views. Labels are set as text, never as HTML.
(function () {
  "use strict";
  var holder = document.getElementById("graph");
  var status = document.getElementById("graph-status");
  var config = JSON.parse(document.getElementById("graph-config").textContent);
  var query = new URLSearchParams();
  Object.keys(config.query || {}).forEach(function (k) {
    if (["type", "party", "min_confidence", "date_from", "date_to", "actor", "recipient", "typology"].indexOf(k) >= 0 && config.query[k]) {
      query.set(k, config.query[k]);
    }
  });
  function say(text) { status.textContent = text; }
  function load(path) {
    return fetch(path + "?" + query.toString(), {credentials: "same-origin"}).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error(body.error ? body.error.message : "request failed"); }
        return body;
      });
    });
  }
  function entityUrl(name) {
    var kind = /^[A-Z]{2}$/.test(name) ? "country" : "organization";
    return "/entity/" + kind + "/" + encodeURIComponent(name);
  }

  function timeline() {
    load("/api/timeline").then(function (data) {
      if (!data.items.length) { say("No dated events match."); return; }
      var items = new vis.DataSet(data.items.map(function (it) {
        var item = {id: it.id, start: it.start, content: "", className: "t-" + it.type, label: it.label};
        if (it.end) { item.end = it.end; }
        return item;
      }));
      var tl = new vis.Timeline(holder, items, {
        stack: true, zoomable: true, maxHeight: 640, orientation: "top",
        template: function (item) {
          var span = document.createElement("span");
          span.textContent = item.label;
          return span;
        },
        xss: {disabled: false}
      });
      function open(id) { window.location.href = "/events/" + encodeURIComponent(id); }
      tl.on("click", function (props) { if (props.item !== null && props.item !== undefined) { open(props.item); } });
      tl.on("select", function (props) { if (props.items.length) { open(props.items[0]); } });
      say(data.items.length + " events.");
    }).catch(function (err) { say("Could not load the timeline: " + err.message); });
  }

  function network() {
    load("/api/network").then(function (data) {
      if (!data.nodes.length) { say("No events with parties match."); return; }
      var elements = data.nodes.map(function (n) {
        return {group: "nodes", data: {id: n.id, label: n.label, size: 14 + Math.min(40, 4 * n.events)}};
      }).concat(data.edges.map(function (e) {
        return {group: "edges", data: {id: e.id, source: e.source, target: e.target, event: e.event,
          colour: config.colours[e.type] || "#888", type: e.type}};
      }));
      var cy = cytoscape({
        container: holder, elements: elements, wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 1.5,
        layout: {name: "cose", animate: false, randomize: false, nodeRepulsion: 400000, nodeOverlap: 40,
          idealEdgeLength: 160, componentSpacing: 120, padding: 40},
        style: [
          {selector: "node", style: {"label": "data(label)", "width": "data(size)", "height": "data(size)",
            "background-color": "#34495e", "color": "#1d2733", "font-size": 11, "text-valign": "bottom",
            "text-margin-y": 3}},
          {selector: "edge", style: {"line-color": "data(colour)", "target-arrow-color": "data(colour)",
            "target-arrow-shape": "triangle", "curve-style": "bezier", "width": 2, "opacity": 0.8}},
          {selector: ":selected", style: {"background-color": "#e67e22", "line-color": "#e67e22"}}
        ]
      });
      cy.on("tap", "edge", function (ev) { window.location.href = "/events/" + encodeURIComponent(ev.target.data("event")); });
      cy.on("tap", "node", function (ev) { window.location.href = entityUrl(ev.target.id()); });
      holder.setAttribute("data-ready", String(data.nodes.length));
      say(data.nodes.length + " parties, " + data.edges.length + " events.");
    }).catch(function (err) { say("Could not load the network: " + err.message); });
  }

  if (config.view === "timeline") { timeline(); } else { network(); }
})();
