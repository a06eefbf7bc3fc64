package org.tomatic.people;

import java.util.ArrayList;
import java.util.List;

/** The person editor's fields, as the browser sends them. */
public class PersonForm {
    private String id = "";
    private String name = "";
    private String email = "";
    private String extension = "";
    private String erpUser = "";
    private String colour = "ffcc80";
    private Integer desk;
    private List<String> groups = new ArrayList<>();
    private String newGroups = "";
    private Integer idealLoad;
    private Integer maxPerDay;
    private Role role = Role.AGENT;
    private int version;

    static PersonForm of(Person p) {
        PersonForm f = new PersonForm();
        f.id = p.id();
        f.name = p.name();
        f.email = p.email() == null ? "" : p.email();
        f.extension = p.extension() == null ? "" : p.extension();
        f.erpUser = p.erpUser() == null ? "" : p.erpUser();
        f.colour = p.colour();
        f.desk = p.desk();
        f.groups = new ArrayList<>(p.groups());
        f.idealLoad = p.idealLoad();
        f.maxPerDay = p.maxPerDay();
        f.role = p.role();
        f.version = p.version();
        return f;
    }

    Person toPerson(boolean active) {
        List<String> all = new ArrayList<>(groups == null ? List.of() : groups);
        for (String g : (newGroups == null ? "" : newGroups).split(",")) {
            if (!g.isBlank()) {
                all.add(g);
            }
        }
        return new Person(id == null ? "" : id.trim().toLowerCase(), name, email, extension, erpUser,
            colour, desk, all, idealLoad, maxPerDay, active, role, version);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getExtension() { return extension; }
    public void setExtension(String extension) { this.extension = extension; }
    public String getErpUser() { return erpUser; }
    public void setErpUser(String erpUser) { this.erpUser = erpUser; }
    public String getColour() { return colour; }
    public void setColour(String colour) { this.colour = colour; }
    public Integer getDesk() { return desk; }
    public void setDesk(Integer desk) { this.desk = desk; }
    public List<String> getGroups() { return groups; }
    public void setGroups(List<String> groups) { this.groups = groups; }
    public String getNewGroups() { return newGroups; }
    public void setNewGroups(String newGroups) { this.newGroups = newGroups; }
    public Integer getIdealLoad() { return idealLoad; }
    public void setIdealLoad(Integer idealLoad) { this.idealLoad = idealLoad; }
    public Integer getMaxPerDay() { return maxPerDay; }
    public void setMaxPerDay(Integer maxPerDay) { this.maxPerDay = maxPerDay; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
